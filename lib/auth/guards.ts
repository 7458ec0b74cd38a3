import { eq } from 'drizzle-orm';
import { db, type DbOrTx } from '@/db/client';
import { events } from '@/db/schema';
import { DomainFailure } from '@/lib/result';
import { loadAllRoles, loadEventRoles, type Actor } from './actor';
import { roleGrants, type Capability, type EventRole } from './capabilities';

type EventRow = typeof events.$inferSelect;

/** Refuses an anonymous caller. */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new DomainFailure('unauthenticated');
  return actor;
}

/** Creating events is the site admin's right. */
export function requireSiteAdmin(actor: Actor | null): Actor {
  const a = requireActor(actor);
  if (!a.isSiteAdmin) throw new DomainFailure('forbidden');
  return a;
}

/**
 * Loads the event only if the actor may act on it with `capability` (or holds `role`). An event the actor
 * has no right to answers "not found" to a non-member, so its existence does not leak, and "forbidden"
 * only where the event is public anyway.
 */
export async function requireEventCapability(
  actor: Actor | null,
  eventId: string,
  capability: Capability,
  executor: DbOrTx = db,
): Promise<EventRow> {
  const a = requireActor(actor);
  const [event] = await executor.select().from(events).where(eq(events.id, eventId)).limit(1);
  if (!event) throw new DomainFailure('not_found');
  const roles = await loadEventRoles(a, eventId, executor);
  if (!roleGrants(roles, capability, a.isSiteAdmin)) {
    throw new DomainFailure(event.isPublished ? 'forbidden' : 'not_found');
  }
  return event;
}

/** `requireEventRole(actor, eventId, 'organizer')`: the actor holds that live role in the event (site admins count as organizers). */
export async function requireEventRole(
  actor: Actor | null,
  eventId: string,
  role: EventRole,
  executor: DbOrTx = db,
): Promise<EventRow> {
  const a = requireActor(actor);
  const [event] = await executor.select().from(events).where(eq(events.id, eventId)).limit(1);
  if (!event) throw new DomainFailure('not_found');
  const roles = await loadEventRoles(a, eventId, executor);
  const allowed = roles.includes(role) || (role === 'organizer' && a.isSiteAdmin);
  if (!allowed) throw new DomainFailure(event.isPublished ? 'forbidden' : 'not_found');
  return event;
}

/** Area guards for /admin and /judge: does the actor hold this role in any event? */
export async function hasAnyRole(actor: Actor | null, role: EventRole, executor: DbOrTx = db): Promise<boolean> {
  if (!actor) return false;
  if (role === 'organizer' && actor.isSiteAdmin) return true;
  const roles = await loadAllRoles(actor, executor);
  return roles.some((r) => r.role === role);
}
