import 'server-only';
import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { db, type DbOrTx } from '@/db/client';
import { registrations } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { isUniqueViolation } from '@/lib/db-errors';
import type { RegistrationMailKind } from '@/lib/mail/registration-templates';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { parseRegistration, versionSchema, type RegistrationInput } from '@/lib/validation/registration';
import { lockEventForRegistration, loadRegistrationQuestions, requireLiveActor, requireRegistrationOpen, type RegistrationEvent } from './context';
import { loadRecipients, sendNotices, type PendingNotice } from './notify';

export type RegistrationStatus = (typeof registrations.$inferSelect)['status'];
/** The places counted against the event's capacity: people admitted, or waiting for a reviewer's decision. */
export const HOLDS_A_PLACE: RegistrationStatus[] = ['admitted', 'pending'];

function parse(event: RegistrationEvent, questions: Awaited<ReturnType<typeof loadRegistrationQuestions>>, raw: unknown): RegistrationInput {
  const input = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const parsed = parseRegistration({ questions, hackingStartsAt: event.hackingStartsAt, timeZone: event.timeZone }, input);
  if (!parsed.ok) throw new DomainFailure('validation', parsed.fieldErrors);
  return parsed.data;
}

function profileColumns(input: RegistrationInput, now: Date) {
  return {
    displayName: input.displayName,
    affiliation: input.affiliation,
    skills: input.skills,
    answers: input.answers,
    dateOfBirth: input.dateOfBirth,
    guardianName: input.guardian?.name ?? null,
    guardianContact: input.guardian?.contact ?? null,
    guardianConsentAt: input.guardian ? now : null,
  };
}

export async function registrationNotice(
  tx: DbOrTx,
  event: RegistrationEvent,
  userId: string,
  kind: RegistrationMailKind,
  position?: number,
): Promise<PendingNotice[]> {
  const [recipient] = await loadRecipients(tx, [userId]);
  if (!recipient) return [];
  return [{ type: 'registration', kind, to: recipient.email, locale: recipient.locale, event, position }];
}

/**
 * Registers the actor. The event row is locked first, so counting the places taken and inserting the new
 * row cannot interleave with another registration: with capacity 10, the 11th person is wait-listed even
 * when 30 arrive in the same second. The database refuses a second registration of the same person
 * (unique constraint), which becomes a clear message rather than a racy pre-check.
 */
export async function registerForEvent(
  actor: Actor | null,
  eventId: string,
  raw: unknown,
): Promise<Result<{ registrationId: string; status: RegistrationStatus; waitlistPosition: number | null }>> {
  return runDomain(async () => {
    if (!actor) throw new DomainFailure('unauthenticated');
    let notices: PendingNotice[] = [];
    const result = await db
      .transaction(async (tx) => {
        const self = await requireLiveActor(tx, actor);
        const event = await lockEventForRegistration(tx, eventId);
        requireRegistrationOpen(event);
        const input = parse(event, await loadRegistrationQuestions(tx, event.id), raw);

        const [taken] = await tx
          .select({
            places: sql<number>`count(*) filter (where ${inArray(registrations.status, HOLDS_A_PLACE)})`.mapWith(Number),
            lastPosition: sql<number>`coalesce(max(${registrations.waitlistPosition}) filter (where ${registrations.status} = 'waitlisted'), 0)`.mapWith(Number),
          })
          .from(registrations)
          .where(eq(registrations.eventId, event.id));
        const isFull = event.capacity !== null && taken!.places >= event.capacity;
        const status: RegistrationStatus = isFull ? 'waitlisted' : event.admissionMode === 'automatic' ? 'admitted' : 'pending';
        const waitlistPosition = isFull ? taken!.lastPosition + 1 : null;

        const [row] = await tx
          .insert(registrations)
          .values({
            eventId: event.id,
            userId: self.userId,
            status,
            waitlistPosition,
            ...profileColumns(input, event.now),
            consentRulesAt: event.now,
            consentDataAt: event.now,
          })
          .returning({ id: registrations.id });
        await writeAudit(tx, {
          actorId: self.userId,
          eventId: event.id,
          action: 'registration.created',
          entityType: 'registration',
          entityId: row!.id,
          data: { status, waitlistPosition, isMinor: input.guardian !== null },
        });
        notices = await registrationNotice(tx, event, self.userId, status, waitlistPosition ?? undefined);
        return { registrationId: row!.id, status, waitlistPosition };
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error, 'registrations_event_user_unique')) {
          throw new DomainFailure('conflict', { form: ['registration.errors.alreadyRegistered'] });
        }
        throw error;
      });
    await sendNotices(notices);
    return result;
  });
}

/**
 * The person edits their own profile and answers while registration is open. The form carries the version
 * it loaded; the UPDATE checks it, so a save from a stale tab is refused instead of undoing a newer one.
 * The status is not touched: editing never costs (or gains) a place.
 */
export async function updateRegistration(actor: Actor | null, eventId: string, raw: unknown): Promise<Result<{ version: number }>> {
  return runDomain(async () => {
    if (!actor) throw new DomainFailure('unauthenticated');
    const version = versionSchema.safeParse((raw as { version?: unknown } | null)?.version);
    if (!version.success) throw new DomainFailure('validation', { form: ['registration.errors.versionInvalid'] });
    return db.transaction(async (tx) => {
      const self = await requireLiveActor(tx, actor);
      const event = await lockEventForRegistration(tx, eventId, 'share');
      requireRegistrationOpen(event);
      const input = parse(event, await loadRegistrationQuestions(tx, event.id), raw);
      const mine = and(eq(registrations.eventId, event.id), eq(registrations.userId, self.userId));
      const [updated] = await tx
        .update(registrations)
        .set({ ...profileColumns(input, event.now), version: sql`${registrations.version} + 1`, updatedAt: event.now })
        .where(and(mine, eq(registrations.version, version.data), notInArray(registrations.status, ['withdrawn', 'rejected'])))
        .returning({ id: registrations.id, version: registrations.version });
      if (!updated) {
        const [exists] = await tx.select({ status: registrations.status }).from(registrations).where(mine);
        if (!exists) throw new DomainFailure('not_found');
        if (exists.status === 'withdrawn' || exists.status === 'rejected') throw new DomainFailure('closed', { form: ['registration.errors.notActive'] });
        throw new DomainFailure('stale_version', { form: ['registration.errors.staleVersion'] });
      }
      await writeAudit(tx, { actorId: self.userId, eventId: event.id, action: 'registration.updated', entityType: 'registration', entityId: updated.id });
      return { version: updated.version };
    });
  });
}
