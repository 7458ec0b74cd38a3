import 'server-only';
import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { eventRoles, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { organizerGrantSchema } from '@/lib/validation/events';
import { isUuid, parseOrFail, requireManagedEvent } from './setup-access';

/*
 * Who organizes an event. Site admins and the event's organizers grant the role to an existing account by
 * e-mail, and revoke it. A revoked role is kept with revokedAt (the audit log and past actions still name
 * the person) and is restored on a new grant. The event row is locked FOR UPDATE around every change, so
 * two organizers revoking each other at the same moment cannot leave the event with nobody: the second
 * sees the first's revocation and is refused as the last organizer.
 */
export async function listOrganizers(actor: Actor | null, slug: string) {
  return runDomain(async () => {
    const event = await requireManagedEvent(actor, { slug });
    const rows = await db
      .select({ userId: users.id, name: users.name, email: users.email, grantedAt: eventRoles.createdAt })
      .from(eventRoles)
      .innerJoin(users, eq(users.id, eventRoles.userId))
      .where(and(eq(eventRoles.eventId, event.id), eq(eventRoles.role, 'organizer'), isNull(eventRoles.revokedAt)))
      .orderBy(asc(users.email));
    return { event, organizers: rows };
  });
}

export async function grantOrganizer(actor: Actor | null, eventId: string, input: Record<string, unknown>): Promise<Result<{ userId: string }>> {
  return runDomain(async () => {
    const { email } = parseOrFail(organizerGrantSchema, input);
    return db.transaction(async (tx) => {
      const event = await requireManagedEvent(actor, { id: eventId }, tx, { lock: true });
      const [user] = await tx.select({ id: users.id, disabledAt: users.disabledAt }).from(users).where(sql`lower(${users.email}) = ${email}`).limit(1);
      if (!user || user.disabledAt) throw new DomainFailure('validation', { email: ['eventSetup.errors.accountNotFound'] });
      const [row] = await tx
        .insert(eventRoles)
        .values({ eventId: event.id, userId: user.id, role: 'organizer', grantedBy: actor!.userId })
        .onConflictDoUpdate({
          target: [eventRoles.eventId, eventRoles.userId, eventRoles.role],
          set: { revokedAt: null, grantedBy: actor!.userId },
          // Only a revoked role is restored; an already-live one is left alone and reported.
          setWhere: sql`${eventRoles.revokedAt} is not null`,
        })
        .returning({ id: eventRoles.id });
      if (!row) throw new DomainFailure('conflict', { email: ['eventSetup.errors.alreadyOrganizer'] });
      await writeAudit(tx, { actorId: actor!.userId, eventId: event.id, action: 'event_role.granted', entityType: 'event_role', entityId: row.id, data: { userId: user.id, email, role: 'organizer' } });
      return { userId: user.id };
    });
  });
}

export async function revokeOrganizer(actor: Actor | null, eventId: string, userId: unknown): Promise<Result<{ userId: string }>> {
  return runDomain(() =>
    db.transaction(async (tx) => {
      const event = await requireManagedEvent(actor, { id: eventId }, tx, { lock: true });
      if (!isUuid(userId)) throw new DomainFailure('not_found');
      const live = and(eq(eventRoles.eventId, event.id), eq(eventRoles.role, 'organizer'), isNull(eventRoles.revokedAt));
      const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(eventRoles).where(live);
      const [row] = await tx
        .update(eventRoles)
        .set({ revokedAt: sql`statement_timestamp()` })
        .where(and(live, eq(eventRoles.userId, userId)))
        .returning({ id: eventRoles.id });
      if (!row) throw new DomainFailure('not_found');
      // Counted before the update, under the event lock: n = 1 means this was the only one.
      if (n <= 1) throw new DomainFailure('conflict', { form: ['eventSetup.errors.lastOrganizer'] });
      await writeAudit(tx, { actorId: actor!.userId, eventId: event.id, action: 'event_role.revoked', entityType: 'event_role', entityId: row.id, data: { userId, role: 'organizer' } });
      return { userId };
    }),
  );
}
