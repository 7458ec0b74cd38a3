import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { events, registrations, teamMembers, teams } from '@/db/schema';
import { lockAdmissionEvent, parse } from '@/lib/admission/context';
import { writeAudit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { requireManagedEvent } from '@/lib/events/setup-access';
import { requireLiveActor } from '@/lib/registrations/context';
import { loadRecipients, sendNotices, type PendingNotice } from '@/lib/registrations/notify';
import { HOLDS_A_PLACE } from '@/lib/registrations/register';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { reviewRegistrationsSchema } from '@/lib/validation/people';

export type RefusalReason = 'notFound' | 'stale' | 'withdrawn' | 'unchanged' | 'decidedWithTeam' | 'full';
export type ReviewOutcome = { decided: { id: string; name: string }[]; refused: { id: string; name: string; reason: RefusalReason }[] };

/*
 * Accept, waitlist or reject registrations one at a time or many at once, in ONE transaction with one audit
 * row per decision. The rules are the registration domain's: the event row is locked FOR NO KEY UPDATE
 * first (lib/admission/context, the same lock registering and withdrawing take), so the count of places
 * held (HOLDS_A_PLACE) cannot change under us and capacity holds even while people register. Each row was
 * shown at a version; a row changed since (another organizer, the person) is refused, as is a row the
 * rules refuse, and the refusals are reported per row while the others go through: the review meeting
 * should not have to redo fifty rows because one person withdrew meanwhile.
 * In reviewed admission a person in a team that has applied shares the team's fate (lib/admission), so
 * such rows are refused here and decided on the admission page instead.
 */
export async function reviewRegistrations(actor: Actor | null, eventId: string, raw: unknown): Promise<Result<ReviewOutcome>> {
  return runDomain(async () => {
    if (!actor) throw new DomainFailure('unauthenticated');
    const input = parse(reviewRegistrationsSchema, raw);
    const notices: PendingNotice[] = [];
    const outcome = await db.transaction(async (tx) => {
      const self = await requireLiveActor(tx, actor);
      await requireManagedEvent(self, { id: eventId }, tx);
      const event = await lockAdmissionEvent(tx, eventId);
      const [{ capacity }] = (await tx.select({ capacity: events.capacity }).from(events).where(eq(events.id, event.id))) as [{ capacity: number | null }];
      const ids = [...new Set(input.rows.map((r) => r.id))];
      const locked = await tx
        .select({
          id: registrations.id,
          userId: registrations.userId,
          version: registrations.version,
          status: registrations.status,
          displayName: registrations.displayName,
          teamStatus: teams.status,
        })
        .from(registrations)
        .leftJoin(teamMembers, and(eq(teamMembers.eventId, registrations.eventId), eq(teamMembers.userId, registrations.userId)))
        .leftJoin(teams, eq(teams.id, teamMembers.teamId))
        .where(and(eq(registrations.eventId, event.id), inArray(registrations.id, ids)))
        .orderBy(asc(registrations.id))
        .for('update', { of: registrations });
      const byId = new Map(locked.map((row) => [row.id, row]));
      const [counts] = await tx
        .select({
          places: sql<number>`count(*) filter (where ${inArray(registrations.status, HOLDS_A_PLACE)})`.mapWith(Number),
          lastPosition: sql<number>`coalesce(max(${registrations.waitlistPosition}) filter (where ${registrations.status} = 'waitlisted'), 0)`.mapWith(Number),
        })
        .from(registrations)
        .where(eq(registrations.eventId, event.id));
      let places = counts!.places;
      let nextPosition = counts!.lastPosition + 1;
      const result: ReviewOutcome = { decided: [], refused: [] };
      const seen = new Set<string>();

      for (const wanted of input.rows) {
        if (seen.has(wanted.id)) continue;
        seen.add(wanted.id);
        const row = byId.get(wanted.id);
        const refuse = (reason: RefusalReason) => result.refused.push({ id: wanted.id, name: row?.displayName ?? '', reason });
        if (!row) {
          refuse('notFound');
          continue;
        }
        if (row.version !== wanted.version) refuse('stale');
        else if (row.status === 'withdrawn') refuse('withdrawn');
        else if (row.status === input.decision) refuse('unchanged');
        else if (event.admissionMode === 'reviewed' && row.teamStatus && row.teamStatus !== 'forming') refuse('decidedWithTeam');
        else {
          const held = HOLDS_A_PLACE.includes(row.status);
          if (input.decision === 'admitted' && !held && capacity !== null && places >= capacity) {
            refuse('full');
            continue;
          }
          if (input.decision === 'admitted' && !held) places++;
          if (input.decision !== 'admitted' && held) places--;
          const waitlistPosition = input.decision === 'waitlisted' ? nextPosition++ : null;
          await tx
            .update(registrations)
            .set({ status: input.decision, waitlistPosition, version: sql`${registrations.version} + 1`, updatedAt: event.now })
            .where(and(eq(registrations.id, row.id), eq(registrations.version, row.version)));
          await writeAudit(tx, {
            actorId: self.userId,
            eventId: event.id,
            action: 'registration.reviewed',
            entityType: 'registration',
            entityId: row.id,
            data: { from: row.status, to: input.decision, waitlistPosition },
          });
          const [recipient] = await loadRecipients(tx, [row.userId]);
          if (recipient) notices.push({ type: 'registration', kind: input.decision, to: recipient.email, locale: recipient.locale, event, position: waitlistPosition ?? undefined });
          result.decided.push({ id: row.id, name: row.displayName });
        }
      }
      return result;
    });
    await sendNotices(notices);
    return outcome;
  });
}
