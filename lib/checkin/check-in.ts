import 'server-only';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { registrations } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit';
import { isCheckViolation } from '@/lib/db-errors';
import { parseOrFail, requireManagedEvent } from '@/lib/events/setup-access';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { checkInSchema, undoCheckInSchema } from '@/lib/validation/checkin';

/*
 * Checking a person in at the venue. The rules live in the database, so two desks scanning the same code
 * at once, or a form that skipped a tick, cannot get past them:
 *   - registrations_checked_in_once (trigger): a set checked_in_at is never overwritten, so the second
 *     check-in fails instead of quietly moving the time;
 *   - registrations_checked_in_minor_consent (CHECK): a minor (registered with a guardian's consent) is
 *     checked in only with "guardian consent seen" set;
 *   - registrations_checked_in_identity (CHECK): never without the identity tick.
 * No identity-document number is asked for or stored: the tick records that staff looked, and when.
 * Times come from the database clock (statement_timestamp()).
 */

export async function checkIn(actor: Actor | null, eventId: string, raw: unknown): Promise<Result<{ checkedInAt: Date }>> {
  return runDomain(() =>
    db
      .transaction(async (tx) => {
        const event = await requireManagedEvent(actor, { id: eventId }, tx);
        const input = parseOrFail(checkInSchema, raw);
        const consentSeen = input.guardianConsentSeen === 'on';
        const [row] = await tx
          .update(registrations)
          .set({
            checkedInAt: sql`statement_timestamp()`,
            identityCheckedAt: sql`statement_timestamp()`,
            guardianConsentSeenAt: consentSeen ? sql`statement_timestamp()` : null,
            updatedAt: sql`statement_timestamp()`,
          })
          .where(and(eq(registrations.id, input.registrationId), eq(registrations.eventId, event.id), eq(registrations.status, 'admitted')))
          .returning({ checkedInAt: registrations.checkedInAt, isMinor: sql<boolean>`${registrations.guardianConsentAt} is not null` });
        if (!row) throw new DomainFailure('not_found');
        await writeAudit(tx, {
          actorId: actor!.userId,
          eventId: event.id,
          action: 'registration.checked_in',
          entityType: 'registration',
          entityId: input.registrationId,
          data: { identityChecked: true, isMinor: row.isMinor, guardianConsentSeen: consentSeen },
        });
        return { checkedInAt: row.checkedInAt! };
      })
      .catch((error: unknown) => {
        if (isCheckViolation(error, 'registrations_checked_in_once')) {
          throw new DomainFailure('conflict', { form: ['checkin.errors.alreadyCheckedIn'] });
        }
        if (isCheckViolation(error, 'registrations_checked_in_minor_consent')) {
          throw new DomainFailure('validation', { guardianConsentSeen: ['checkin.errors.consentRequired'] });
        }
        throw error;
      }),
  );
}

/** Undo a mistaken check-in: the marks are cleared and the audit row keeps when it had happened. */
export async function undoCheckIn(actor: Actor | null, eventId: string, raw: unknown): Promise<Result<{ registrationId: string }>> {
  return runDomain(() =>
    db.transaction(async (tx) => {
      const event = await requireManagedEvent(actor, { id: eventId }, tx);
      const input = parseOrFail(undoCheckInSchema, raw);
      // Lock the row (a second undo or a check-in from another desk waits) and keep the time being undone for the audit.
      const [before] = await tx
        .select({ checkedInAt: registrations.checkedInAt })
        .from(registrations)
        .where(and(eq(registrations.id, input.registrationId), eq(registrations.eventId, event.id), isNotNull(registrations.checkedInAt)))
        .for('update');
      if (!before) throw new DomainFailure('conflict', { form: ['checkin.errors.notCheckedIn'] });
      await tx
        .update(registrations)
        .set({ checkedInAt: null, identityCheckedAt: null, guardianConsentSeenAt: null, updatedAt: sql`statement_timestamp()` })
        .where(eq(registrations.id, input.registrationId));
      await writeAudit(tx, {
        actorId: actor!.userId,
        eventId: event.id,
        action: 'registration.check_in_undone',
        entityType: 'registration',
        entityId: input.registrationId,
        data: { checkedInAt: before.checkedInAt!.toISOString() },
      });
      return { registrationId: input.registrationId };
    }),
  );
}
