import { getActor } from '@/lib/auth/session';
import { checkInCounts } from '@/lib/checkin/queries';

/*
 * The check-in desk's live count, polled every few seconds. lib/checkin decides who may read it (the
 * event's organizers); anyone else gets 404, like the desk page for a draft. Never cached: it changes with
 * every person who walks in.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const result = await checkInCounts(await getActor(), { slug });
  const noStore = { 'Cache-Control': 'private, no-store' };
  if (!result.ok) {
    const status = result.error.code === 'unauthenticated' ? 401 : 404;
    return Response.json({ error: result.error.code }, { status, headers: noStore });
  }
  return Response.json(result.data, { headers: noStore });
}
