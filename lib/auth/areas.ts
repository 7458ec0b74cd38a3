import type { Actor } from './actor';
import { hasAnyRole } from './guards';

export type Area = 'dashboard' | 'judge' | 'admin';
export type AreaAccess = 'allowed' | 'unauthenticated' | 'forbidden';

/**
 * Who may open each role area. Pages call this and turn the answer into a redirect to sign-in or a 403;
 * the operations inside each area still check the actor's rights for the specific event themselves.
 */
export async function areaAccess(actor: Actor | null, area: Area): Promise<AreaAccess> {
  if (!actor) return 'unauthenticated';
  if (area === 'dashboard') return 'allowed';
  const role = area === 'judge' ? 'judge' : 'organizer';
  return (await hasAnyRole(actor, role)) ? 'allowed' : 'forbidden';
}
