import { getActor } from '@/lib/auth/session';
import { exportRawScores } from '@/lib/judging/export';

/*
 * The raw-score CSV of one round (?round=<id>, default the console's round). lib/judging/export decides
 * who may have it: an organizer of the event; everyone else gets 404, like the console pages. Never cached
 * by a shared cache: it holds judges' names and every score.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const round = new URL(request.url).searchParams.get('round') ?? undefined;
  const result = await exportRawScores(await getActor(), slug, round);
  const noStore = { 'Cache-Control': 'private, no-store' };
  if (!result.ok) {
    const status = result.error.code === 'unauthenticated' ? 401 : 404;
    return new Response(status === 401 ? 'Sign in first' : 'Not found', { status, headers: noStore });
  }
  return new Response(result.data.body, {
    status: 200,
    headers: {
      ...noStore,
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${result.data.filename}"`,
    },
  });
}
