import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import { customQuestions, events, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { requireActor } from '@/lib/auth/guards';
import { DomainFailure } from '@/lib/result';
import type { CustomQuestion } from '@/lib/validation/custom-answers';

/*
 * Lock order, shared with lib/teams and lib/admission so no two operations deadlock: the event row
 * first, then the team, then registrations. Registering and withdrawing lock the event FOR NO KEY UPDATE:
 * that serialises the capacity count (two people cannot both take the last place), while inserts that
 * merely reference the event (KEY SHARE) are not blocked. An organizer editing the timeline waits for us.
 */
export type RegistrationEvent = Awaited<ReturnType<typeof lockEventForRegistration>>;

export async function requireLiveActor(tx: Tx, actor: Actor | null): Promise<Actor> {
  const self = requireActor(actor);
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, self.userId), isNull(users.disabledAt)))
    .for('share');
  if (!row) throw new DomainFailure('unauthenticated');
  return self;
}

export async function lockEventForRegistration(tx: Tx, eventId: string, strength: 'no key update' | 'share' = 'no key update') {
  const [locked] = await tx
    .select({ id: events.id })
    .from(events)
    .where(and(eq(events.id, eventId), eq(events.isPublished, true)))
    .for(strength);
  if (!locked) throw new DomainFailure('not_found');
  // The clock is read in a statement AFTER the lock was granted: statement_timestamp() of the locking
  // statement itself is when we started waiting, which could be before the deadline we then overran.
  const [event] = await tx
    .select({
      id: events.id,
      slug: events.slug,
      titleZh: events.titleZh,
      titleEn: events.titleEn,
      timeZone: events.timeZone,
      registrationOpensAt: events.registrationOpensAt,
      registrationClosesAt: events.registrationClosesAt,
      hackingStartsAt: events.hackingStartsAt,
      withdrawalDeadline: events.withdrawalDeadline,
      capacity: events.capacity,
      admissionMode: events.admissionMode,
      teamSizeMin: events.teamSizeMin,
      now: sql<Date>`statement_timestamp()`.mapWith(events.createdAt),
    })
    .from(events)
    .where(eq(events.id, eventId));
  return event!;
}

/** Registration is open from `registrationOpensAt` (inclusive) to `registrationClosesAt` (exclusive), by the database clock. */
export function requireRegistrationOpen(event: RegistrationEvent): void {
  if (event.now.getTime() < event.registrationOpensAt.getTime()) {
    throw new DomainFailure('closed', { form: ['registration.errors.notOpenYet'] });
  }
  if (event.now.getTime() >= event.registrationClosesAt.getTime()) {
    throw new DomainFailure('closed', { form: ['registration.errors.closed'] });
  }
}

export async function loadRegistrationQuestions(executor: DbOrTx, eventId: string): Promise<(CustomQuestion & { labelZh: string; labelEn: string })[]> {
  return executor
    .select({
      id: customQuestions.id,
      kind: customQuestions.kind,
      isRequired: customQuestions.isRequired,
      options: customQuestions.options,
      labelZh: customQuestions.labelZh,
      labelEn: customQuestions.labelEn,
    })
    .from(customQuestions)
    .where(and(eq(customQuestions.eventId, eventId), eq(customQuestions.scope, 'registration')))
    .orderBy(asc(customQuestions.position), asc(customQuestions.createdAt));
}
