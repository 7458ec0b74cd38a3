import 'server-only';
import { headers } from 'next/headers';
import { clientIp } from './client-ip';

/**
 * Who is calling from where, for rate limits and e-mailed links. The origin comes from the forwarded
 * host and protocol the load balancer sets (see trustHost in config.ts); APP_URL overrides it where a
 * link must not depend on request headers.
 */
export async function requestContext(): Promise<{ ip: string; origin: string }> {
  const h = await headers();
  const host = h.get('x-forwarded-host')?.split(',')[0]?.trim() || h.get('host') || 'localhost';
  const proto = h.get('x-forwarded-proto')?.split(',')[0]?.trim() || 'http';
  return { ip: clientIp(h), origin: `${proto}://${host}` };
}
