import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { registrations, teamMembers } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { lockEventForRegistration, requireLiveActor, type RegistrationEvent } from './context';
import { sendNotices, type PendingNotice } from './notify';
import { HOLDS_A_PLACE, registrationNotice } from './register';

/**
 * In automatic admission a freed place goes to the first person on the waitlist, in the same transaction
 * as the withdrawal (the event row is locked, so two withdrawals cannot promote the same person, and the
 * count cannot drift). Reviewed events decide per team instead (lib/admission).
 */
async function promoteFromWaitlist(tx: Tx, event: RegistrationEvent, actorId: string): Promise<PendingNotice[]> {
  if (event.admissionMode !== 'automatic') return [];
  const [first] = await tx
    .select({ id: registrations.id, userId: registrations.userId })
    .from(registrations)
    .where(and(eq(registrations.eventId, event.id), eq(registrations.status, 'waitlisted')))
    .orderBy(asc(registrations.waitlistPosition), asc(registrations.createdAt))
    .limit(1)
    .for('update');
  if (!first) return [];
  if (event.capacity !== null) {
    const [taken] = await tx
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(registrations)
      .where(and(eq(registrations.eventId, event.id), sql`${registrations.status} in ('admitted', 'pending')`));
    if (taken!.n >= event.capacity) return [];
  }
  await tx
    .update(registrations)
    .set({ status: 'admitted', waitlistPosition: null, version: sql`${registrations.version} + 1`, updatedAt: event.now })
    .where(eq(registrations.id, first.id));
  await writeAudit(tx, {
    actorId,
    eventId: event.id,
    action: 'registration.promoted',
    entityType: 'registration',
    entityId: first.id,
    data: { from: 'waitlisted', to: 'admitted' },
  });
  return registrationNotice(tx, event, first.userId, 'promoted');
}

/**
 * The person withdraws. Someone in a team must leave it first (the team's size and its admission depend
 * on its members, so the team page is where that happens). Once hacking has started a withdrawal is a
 * no-show for organizers to record, not a form to submit.
 */
export async function withdrawRegistration(actor: Actor | null, eventId: string): Promise<Result<{ promoted: boolean }>> {
  return runDomain(async () => {
    if (!actor) throw new DomainFailure('unauthenticated');
    let notices: PendingNotice[] = [];
    const result = await db.transaction(async (tx) => {
      const self = await requireLiveActor(tx, actor);
      const event = await lockEventForRegistration(tx, eventId);
      const [mine] = await tx
        .select()
        .from(registrations)
        .where(and(eq(registrations.eventId, event.id), eq(registrations.userId, self.userId)))
        .for('update');
      if (!mine) throw new DomainFailure('not_found');
      if (mine.status === 'withdrawn' || mine.status === 'rejected') throw new DomainFailure('closed', { form: ['registration.errors.notActive'] });
      if (event.now.getTime() >= event.hackingStartsAt.getTime()) throw new DomainFailure('deadline_passed', { form: ['registration.errors.eventStarted'] });
      const [membership] = await tx
        .select({ teamId: teamMembers.teamId })
        .from(teamMembers)
        .where(and(eq(teamMembers.eventId, event.id), eq(teamMembers.userId, self.userId)));
      if (membership) throw new DomainFailure('conflict', { form: ['registration.errors.leaveTeamFirst'] });

      await tx
        .update(registrations)
        .set({ status: 'withdrawn', waitlistPosition: null, isLookingForTeam: false, version: sql`${registrations.version} + 1`, updatedAt: event.now })
        .where(eq(registrations.id, mine.id));
      await writeAudit(tx, {
        actorId: self.userId,
        eventId: event.id,
        action: 'registration.withdrawn',
        entityType: 'registration',
        entityId: mine.id,
        data: { from: mine.status },
      });
      notices = await registrationNotice(tx, event, self.userId, 'withdrawn');
      const freedPlace = HOLDS_A_PLACE.includes(mine.status);
      const promotion = freedPlace ? await promoteFromWaitlist(tx, event, self.userId) : [];
      notices.push(...promotion);
      return { promoted: promotion.length > 0 };
    });
    await sendNotices(notices);
    return result;
  });
}
