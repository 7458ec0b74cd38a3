import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { revalidateTag } from 'next/cache';
import { db } from '@/db/client';
import { awards, prizes, resultsSettings, submissions, teams, tracks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit';
import { cacheTags } from '@/lib/cache-tags';
import { isUniqueViolation } from '@/lib/db-errors';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { parseAwardPicks } from '@/lib/validation/results';
import { ensureSettingsRow, requirePublisher, settingsOf } from './access';
import { proposeAwards, type Proposal } from './awards-prefill';
import { publishedResultsOf } from './visibility';

/*
 * The awards page: per prize, the saved winners, or (before any save) the proposal from the ranking.
 * Awards are frozen while results are published or scheduled: changing a winner after the public has seen
 * the list must go through an audited unpublish first.
 */
export async function getAwardsPage(actor: Actor | null, slug: string) {
  return runDomain(async () => {
    const event = await requirePublisher(actor, { slug });
    const settings = await settingsOf(db, event.id);
    const [prizeRows, trackRows, projectRows, saved] = await Promise.all([
      db.select().from(prizes).where(eq(prizes.eventId, event.id)).orderBy(asc(prizes.position), asc(prizes.createdAt)),
      db.select({ id: tracks.id, nameZh: tracks.nameZh, nameEn: tracks.nameEn }).from(tracks).where(eq(tracks.eventId, event.id)).orderBy(asc(tracks.position)),
      db
        .select({ id: submissions.id, title: submissions.title, teamName: teams.name, trackId: submissions.trackId })
        .from(submissions)
        .innerJoin(teams, eq(teams.id, submissions.teamId))
        .where(and(eq(submissions.eventId, event.id), eq(submissions.status, 'submitted')))
        .orderBy(asc(submissions.title)),
      db.select({ prizeId: awards.prizeId, submissionId: awards.submissionId, placement: awards.placement }).from(awards).where(eq(awards.eventId, event.id)),
    ]);
    const { round, proposals } = await proposeAwards(db, event.id, prizeRows, settings.peoplesChoicePrizeId);
    const hasSaved = saved.length > 0;
    // Once saved, the page shows what was saved (ties keep their flag from the proposal for the same place).
    const shown: Proposal[] = proposals.map((proposal) => {
      if (!hasSaved) return proposal;
      const mine = saved.filter((a) => a.prizeId === proposal.prizeId);
      return {
        ...proposal,
        places: proposal.places.map((place) => ({
          ...place,
          submissionId: mine.find((a) => (a.placement ?? 1) === place.placement)?.submissionId ?? null,
        })),
      };
    });
    // Scheduled or public is decided by the DB clock, like every reader (lib/results/visibility.ts).
    const isPublic = (await publishedResultsOf(event.id)) !== null;
    return { event, settings, prizes: prizeRows, tracks: trackRows, projects: projectRows, round, proposals: shown, hasSaved, isPublic };
  });
}

/**
 * Saves every prize's winners at once (the form shows them together), replacing the event's awards.
 * The awards version is checked in the UPDATE itself: a second organizer saving from an older page is
 * refused as stale instead of silently overwriting the first one's choice.
 */
export async function saveAwards(actor: Actor | null, eventId: string, input: Record<string, unknown>): Promise<Result<{ awards: number }>> {
  return runDomain(async () => {
    const parsed = parseAwardPicks(input);
    if ('errors' in parsed) throw new DomainFailure('validation', parsed.errors);
    const result = await db.transaction(async (tx) => {
      const event = await requirePublisher(actor, { id: eventId }, tx, { lock: true });
      if (event.resultsPublishedAt !== null) throw new DomainFailure('conflict', { form: ['results.errors.awardsFrozen'] });
      await ensureSettingsRow(tx, event.id);
      const bumped = await tx
        .update(resultsSettings)
        .set({ awardsVersion: sql`${resultsSettings.awardsVersion} + 1`, updatedAt: sql`now()` })
        .where(and(eq(resultsSettings.eventId, event.id), eq(resultsSettings.awardsVersion, parsed.version)))
        .returning({ awardsVersion: resultsSettings.awardsVersion });
      if (bumped.length === 0) throw new DomainFailure('stale_version', { form: ['results.errors.stale'] });

      const prizeRows = await tx.select().from(prizes).where(eq(prizes.eventId, event.id));
      const byId = new Map(prizeRows.map((p) => [p.id, p]));
      const rows: (typeof awards.$inferInsert)[] = [];
      const fieldErrors: Record<string, string[]> = {};
      for (const [prizeId, list] of parsed.picks) {
        const prize = byId.get(prizeId);
        if (!prize) throw new DomainFailure('validation', { form: ['results.errors.prizeInvalid'] });
        list.forEach((submissionId, index) => {
          if (!submissionId) return;
          if (index >= prize.count) fieldErrors[`pick:${prizeId}:${index + 1}`] = ['results.errors.placeInvalid'];
          else if (list.indexOf(submissionId) !== index) fieldErrors[`pick:${prizeId}:${index + 1}`] = ['results.errors.duplicateWinner'];
          rows.push({ eventId: event.id, prizeId, submissionId, placement: index + 1, titleZh: prize.nameZh, titleEn: prize.nameEn, awardedBy: actor!.userId });
        });
      }
      // Only submitted projects of THIS event can win (the composite FK already refuses another event's).
      const ids = [...new Set(rows.map((r) => r.submissionId))];
      const eligible = ids.length
        ? new Set((await tx.select({ id: submissions.id }).from(submissions).where(and(eq(submissions.eventId, event.id), eq(submissions.status, 'submitted'), inArray(submissions.id, ids)))).map((r) => r.id))
        : new Set<string>();
      for (const r of rows) if (!eligible.has(r.submissionId)) fieldErrors[`pick:${r.prizeId}:${r.placement}`] = ['results.errors.projectInvalid'];
      if (Object.keys(fieldErrors).length) throw new DomainFailure('validation', fieldErrors);

      await tx.delete(awards).where(and(eq(awards.eventId, event.id), inArray(awards.prizeId, prizeRows.length ? prizeRows.map((p) => p.id) : [event.id])));
      if (rows.length) await tx.insert(awards).values(rows);
      await writeAudit(tx, {
        actorId: actor!.userId,
        eventId: event.id,
        action: 'results.awards_saved',
        entityType: 'event',
        entityId: event.id,
        data: { awards: rows.map((r) => ({ prizeId: r.prizeId, placement: r.placement, submissionId: r.submissionId })), version: bumped[0]!.awardsVersion },
      });
      return { awards: rows.length, eventId: event.id };
    }).catch((error: unknown) => {
      if (isUniqueViolation(error, 'awards_prize_submission_unique')) throw new DomainFailure('validation', { form: ['results.errors.duplicateWinner'] });
      throw error;
    });
    revalidateTag(cacheTags.eventResults(result.eventId), { expire: 0 });
    return { awards: result.awards };
  });
}
