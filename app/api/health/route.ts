import 'server-only';
import { db } from '@/db/client';
import { checkHealth } from '@/lib/health';

// Probed by load balancers and uptime monitors: always run, never serve a cached answer.
export const dynamic = 'force-dynamic';

export async function GET() {
  const health = await checkHealth(db);
  return Response.json(health, {
    status: health.database.status === 'ok' ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  });
}
