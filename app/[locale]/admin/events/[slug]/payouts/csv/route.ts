import { getActor } from '@/lib/auth/session';
import { exportPayoutsCsv } from '@/lib/payouts/payouts';

/*
 * The payout list as CSV for the finance office. lib/payouts decides who may have it: an organizer of the
 * event (or a site admin); everyone else gets 404 like the page. Never stored by a shared cache: it names
 * people and their prize money.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { slug } = await params;
  const result = await exportPayoutsCsv(await getActor(), slug);
  const noStore = { 'Cache-Control': 'private, no-store' };
  if (!result.ok) {
    const status = result.error.code === 'unauthenticated' ? 401 : 404;
    return new Response(status === 401 ? 'Sign in first' : 'Not found', { status, headers: noStore });
  }
  return new Response(result.data.body, {
    status: 200,
    headers: { ...noStore, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${result.data.filename}"` },
  });
}
