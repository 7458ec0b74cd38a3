import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { judgingRounds, roundProjects, scoreSheets, submissions } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import type { RoundResults } from './results-compute';
import { computeRoundResults } from './results';
import { hideForbidden } from './results-access';
import { lockRoundForOrganizer, parseInput, requireId } from './setup-context';
import type { RoundRow } from './results-load';

/*
 * Advancing to the final round writes the final's scope (round_projects) from a finished or running
 * earlier round: the top N per track by that round's chosen method, or the organizer's own pick. The
 * whole list is replaced in one transaction with the final round locked, so two organizers advancing at
 * once end with one list, not a mix. Once any sheet exists in the final, its scope is frozen: changing it
 * would silently drop a judge's work.
 *
 * A tie straddling the cut is not broken here either: every project sharing place N goes through (so
 * "top 3" may be four), and the result says how many advanced per track so the page can say so.
 */
export const advanceSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('top'), fromRoundId: z.uuid(), toRoundId: z.uuid(), perTrack: z.coerce.number().int().min(1, 'judgingResults.errors.perTrackInvalid').max(50, 'judgingResults.errors.perTrackInvalid') }),
  z.object({ mode: z.literal('pick'), fromRoundId: z.uuid(), toRoundId: z.uuid(), submissionIds: z.array(z.uuid()).min(1, 'judgingResults.errors.pickNone').max(500) }),
]);
export type AdvanceInput = z.input<typeof advanceSchema>;

/** Top N per track (or overall, for projects without a track) by the chosen method; ties at place N all go. */
export function topPerTrack(results: RoundResults, perTrack: number): string[] {
  const chosen = results.chosen;
  const picked: string[] = [];
  const scopes = results.byTrack.map((t) => t.rankings[chosen]);
  const inTracks = new Set(scopes.flatMap((r) => r.entries.map((e) => e.projectId)));
  // Projects without a track compete among themselves.
  const loose = results.overall[chosen].entries.filter((e) => !inTracks.has(e.projectId));
  const cut = (entries: { projectId: string; position: number | null }[]) => {
    // Positions here are overall places; re-rank the loose ones by their order.
    let place = 0;
    let last: number | null = null;
    for (const [i, e] of entries.entries()) {
      if (e.position === null) break;
      if (e.position !== last) place = i + 1;
      last = e.position;
      if (place > perTrack) break;
      picked.push(e.projectId);
    }
  };
  for (const ranking of scopes) cut(ranking.entries);
  cut(loose);
  return picked;
}

export async function advanceToFinal(actor: Actor | null, raw: unknown): Promise<Result<{ advanced: string[] }>> {
  return runDomain(() =>
    db.transaction(async (tx) => {
      const input = parseInput(advanceSchema, raw);
      const { self, event, round: target } = await lockRoundForOrganizer(tx, actor, input.toRoundId).catch(hideForbidden);
      const [source] = await tx
        .select()
        .from(judgingRounds)
        .where(and(eq(judgingRounds.id, requireId(input.fromRoundId)), eq(judgingRounds.eventId, event.id)));
      if (!source || source.id === target.id) throw new DomainFailure('not_found');
      if (target.kind !== 'final' || target.status === 'closed') throw new DomainFailure('conflict', { form: ['judgingResults.errors.notFinal'] });
      const [scored] = await tx.select({ n: sql<number>`count(*)::int` }).from(scoreSheets).where(eq(scoreSheets.roundId, target.id));
      if ((scored?.n ?? 0) > 0) throw new DomainFailure('conflict', { form: ['judgingResults.errors.finalStarted'] });

      const { data, results } = await computeRoundResults(tx, source);
      let advanced: string[];
      if (input.mode === 'top') {
        advanced = topPerTrack(results, input.perTrack);
      } else {
        const inScope = new Set(data.projects.map((p) => p.id));
        if (input.submissionIds.some((id) => !inScope.has(id))) throw new DomainFailure('validation', { submissionIds: ['judgingResults.errors.pickOutside'] });
        advanced = [...new Set(input.submissionIds)];
      }
      // Only submitted projects of this event can be judged; the scope list must not name anything else.
      const valid = advanced.length
        ? await tx
            .select({ id: submissions.id })
            .from(submissions)
            .where(and(inArray(submissions.id, advanced), eq(submissions.eventId, event.id), eq(submissions.status, 'submitted')))
        : [];
      advanced = advanced.filter((id) => valid.some((v) => v.id === id));
      if (advanced.length === 0) throw new DomainFailure('validation', { form: ['judgingResults.errors.pickNone'] });

      await tx.delete(roundProjects).where(eq(roundProjects.roundId, target.id));
      await tx.insert(roundProjects).values(advanced.map((submissionId) => ({ roundId: target.id, submissionId, addedBy: self.userId })));
      await writeAudit(tx, {
        actorId: self.userId,
        eventId: event.id,
        action: 'judging.advanced',
        entityType: 'judging_round',
        entityId: target.id,
        data: { fromRoundId: source.id, mode: input.mode, method: results.chosen, perTrack: input.mode === 'top' ? input.perTrack : null, submissionIds: advanced },
      });
      return { advanced };
    }),
  );
}

export type AdvanceView = {
  source: RoundRow | null;
  target: RoundRow | null;
  results: RoundResults | null;
  projects: { id: string; title: string; teamName: string; trackId: string | null }[];
  scope: string[];
};

/**
 * What the advance page shows: the source round (the one the organizer is looking at, or the last
 * non-final round before the final), the final round it feeds, the source's ranking, and the final's
 * current list. Access is checked by the caller's requireRoundAccess.
 */
export async function loadAdvanceView(rounds: readonly RoundRow[], current: RoundRow | null): Promise<AdvanceView> {
  const source =
    current && current.kind !== 'final' ? current : (rounds.filter((r) => r.kind !== 'final' && (!current || r.position < current.position)).at(-1) ?? null);
  const target = source ? (rounds.find((r) => r.kind === 'final' && r.position > source.position) ?? null) : null;
  if (!source) return { source, target, results: null, projects: [], scope: [] };
  const { data, results } = await computeRoundResults(db, source);
  const scope = target ? (await db.select({ id: roundProjects.submissionId }).from(roundProjects).where(eq(roundProjects.roundId, target.id))).map((r) => r.id) : [];
  return { source, target, results, projects: data.projects, scope };
}
