import { and, eq, isNull } from 'drizzle-orm';
import { db, type DbOrTx } from '@/db/client';
import { eventRoles, users } from '@/db/schema';
import type { EventRole } from './capabilities';

/** Who is asking, as the domain layer sees it. `null` stands for an anonymous visitor. */
export type Actor = {
  userId: string;
  email: string;
  name: string | null;
  isSiteAdmin: boolean;
};

/**
 * Loads the actor fresh from the database. JWT sessions cannot be revoked early, so a disabled account
 * or a revoked admin flag takes effect here, on the next request, not when the token expires; so does a
 * password change, through `sessionVersion`.
 */
export async function loadActor(
  userId: string,
  executor: DbOrTx = db,
  options: { sessionVersion?: number } = {},
): Promise<Actor | null> {
  const [row] = await executor
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      isSiteAdmin: users.isSiteAdmin,
      disabledAt: users.disabledAt,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!row || row.disabledAt) return null;
  // A session signed in before the last password change is over, wherever it is.
  if (options.sessionVersion !== undefined && options.sessionVersion !== row.sessionVersion) return null;
  return { userId: row.id, email: row.email, name: row.name, isSiteAdmin: row.isSiteAdmin };
}

/** The actor's live (not revoked) roles in one event. */
export async function loadEventRoles(actor: Actor, eventId: string, executor: DbOrTx = db): Promise<EventRole[]> {
  const rows = await executor
    .select({ role: eventRoles.role })
    .from(eventRoles)
    .where(and(eq(eventRoles.eventId, eventId), eq(eventRoles.userId, actor.userId), isNull(eventRoles.revokedAt)));
  return rows.map((r) => r.role);
}

/** Every event where the actor holds a live role (for navigation: show /judge or /admin links). */
export async function loadAllRoles(actor: Actor, executor: DbOrTx = db): Promise<{ eventId: string; role: EventRole }[]> {
  return executor
    .select({ eventId: eventRoles.eventId, role: eventRoles.role })
    .from(eventRoles)
    .where(and(eq(eventRoles.userId, actor.userId), isNull(eventRoles.revokedAt)));
}
