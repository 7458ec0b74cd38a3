import { openDataResponse } from '@/lib/showcase/open-data-response';

// Stable public URLs: /api/open-data/results.json|csv and /api/open-data/projects.json|csv (README "Open data").
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  return openDataResponse(file, request.headers.get('if-none-match'));
}
