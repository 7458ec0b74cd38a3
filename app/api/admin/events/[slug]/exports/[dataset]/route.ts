import { getActor } from '@/lib/auth/session';
import { exportDataset } from '@/lib/exports/datasets';

/*
 * GET /api/admin/events/<slug>/exports/<registrations|teams|submissions>?format=csv|json. lib/exports
 * decides who may have it: an organizer of the event (or a site admin); anyone else, signed in or not,
 * gets 404 so the event's existence does not leak. Never stored by a shared cache: it holds people's data.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; dataset: string }> }) {
  const { slug, dataset } = await params;
  const format = new URL(request.url).searchParams.get('format') ?? 'csv';
  const result = await exportDataset(await getActor(), slug, { dataset, format });
  const noStore = { 'Cache-Control': 'private, no-store' };
  if (!result.ok) return new Response('Not found', { status: 404, headers: noStore });
  return new Response(result.data.body, {
    status: 200,
    headers: {
      ...noStore,
      'Content-Type': result.data.contentType,
      'Content-Disposition': `attachment; filename="${result.data.filename}"`,
    },
  });
}
