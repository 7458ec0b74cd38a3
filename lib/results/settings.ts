import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { prizes, resultsSettings } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { zonedLocalToInstant } from '@/lib/time/zoned-time';
import { fieldErrorsOf } from '@/lib/validation/auth';
import { resultsSettingsSchema } from '@/lib/validation/results';
import { ensureSettingsRow, requirePublisher } from './access';

/**
 * The organizer's results settings: the voting window (wall clock in the event's zone), whether teams see
 * their score breakdown, and which prize is the people's choice. Versioned like the event settings.
 */
export async function saveResultsSettings(actor: Actor | null, eventId: string, input: Record<string, unknown>): Promise<Result<{ version: number }>> {
  return runDomain(async () => {
    const parsed = resultsSettingsSchema.safeParse(input);
    if (!parsed.success) throw new DomainFailure('validation', fieldErrorsOf(parsed.error));
    const data = parsed.data;
    return db.transaction(async (tx) => {
      const event = await requirePublisher(actor, { id: eventId }, tx, { lock: true });
      const errors: Record<string, string[]> = {};
      const opens = data.voteOpensAt ? zonedLocalToInstant(data.voteOpensAt, event.timeZone) : null;
      const closes = data.voteClosesAt ? zonedLocalToInstant(data.voteClosesAt, event.timeZone) : null;
      if (data.voteOpensAt && !opens) errors.voteOpensAt = ['results.errors.dateInvalid'];
      if (data.voteClosesAt && !closes) errors.voteClosesAt = ['results.errors.dateInvalid'];
      if (!errors.voteOpensAt && !errors.voteClosesAt) {
        if (Boolean(opens) !== Boolean(closes)) errors[opens ? 'voteClosesAt' : 'voteOpensAt'] = ['results.errors.windowBoth'];
        else if (opens && closes && opens >= closes) errors.voteClosesAt = ['results.errors.windowOrder'];
      }
      if (data.peoplesChoicePrizeId) {
        const [prize] = await tx.select({ id: prizes.id }).from(prizes).where(and(eq(prizes.id, data.peoplesChoicePrizeId), eq(prizes.eventId, event.id)));
        if (!prize) errors.peoplesChoicePrizeId = ['results.errors.prizeInvalid'];
      }
      if (Object.keys(errors).length) throw new DomainFailure('validation', errors);
      await ensureSettingsRow(tx, event.id);
      const values = { voteOpensAt: opens, voteClosesAt: closes, showScoresToTeams: data.showScoresToTeams, peoplesChoicePrizeId: data.peoplesChoicePrizeId || null };
      const [row] = await tx
        .update(resultsSettings)
        .set({ ...values, version: sql`${resultsSettings.version} + 1`, updatedAt: sql`now()` })
        .where(and(eq(resultsSettings.eventId, event.id), eq(resultsSettings.version, data.version)))
        .returning({ version: resultsSettings.version });
      if (!row) throw new DomainFailure('stale_version', { form: ['results.errors.stale'] });
      await writeAudit(tx, { actorId: actor!.userId, eventId: event.id, action: 'results.settings_saved', entityType: 'event', entityId: event.id, data: values });
      return row;
    });
  });
}
