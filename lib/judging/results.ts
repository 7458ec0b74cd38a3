import 'server-only';
import { eq } from 'drizzle-orm';
import { db, type DbOrTx } from '@/db/client';
import { tieDecisions, type TieBreakStep } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import type { TieBreakRule } from '@/lib/scoring/tie-break';
import { runDomain, type Result } from '@/lib/result';
import { requireRoundAccess, type EventRow } from './results-access';
import { computeResults, type RoundResults, type TieDecision } from './results-compute';
import { loadRoundData, loadRounds, type RoundData, type RoundRow } from './results-load';

export type RoundResultsView = { event: EventRow; rounds: RoundRow[]; round: RoundRow | null; data: RoundData | null; results: RoundResults | null };

/**
 * The published ladder made concrete. A criterion step compares mean points on that criterion; a round
 * step compares the projects' places in that other round (its own chosen method, no ladder of its own, so
 * two rounds naming each other cannot loop). A step naming a criterion or round that no longer exists is
 * skipped rather than guessed at.
 */
async function resolveLadder(executor: DbOrTx, round: RoundRow, data: RoundData): Promise<TieBreakRule[]> {
  const rules: TieBreakRule[] = [];
  const criterionIds = new Set(data.criteria.filter((c) => c.parentId === null).map((c) => c.id));
  for (const step of (round.tieBreakLadder ?? []) as TieBreakStep[]) {
    if (step.kind === 'criterion' && criterionIds.has(step.criterionId)) rules.push({ kind: 'criterion', criterionId: step.criterionId });
    if (step.kind === 'round' && step.roundId !== round.id) {
      const other = (await loadRounds(executor, round.eventId)).find((r) => r.id === step.roundId);
      if (!other) continue;
      const otherResults = computeResults(await loadRoundData(executor, other));
      const values: Record<string, number> = {};
      for (const e of otherResults.overall[otherResults.chosen].entries) if (e.position !== null) values[e.projectId] = e.position;
      rules.push({ kind: 'values', name: other.id, values, better: 'lower' });
    }
  }
  return rules;
}

export async function computeRoundResults(executor: DbOrTx, round: RoundRow): Promise<{ data: RoundData; results: RoundResults }> {
  const data = await loadRoundData(executor, round);
  const [ladder, decisions] = await Promise.all([
    resolveLadder(executor, round, data),
    executor
      .select({ method: tieDecisions.method, groupKey: tieDecisions.groupKey, orderedSubmissionIds: tieDecisions.orderedSubmissionIds })
      .from(tieDecisions)
      .where(eq(tieDecisions.roundId, round.id)) as Promise<TieDecision[]>,
  ]);
  return { data, results: computeResults(data, { ladder, decisions }) };
}

/** The organizer's view of one round's results: every ranking, per track and overall. */
export async function getRoundResults(actor: Actor | null, slug: string, requestedRound?: unknown): Promise<Result<RoundResultsView>> {
  return runDomain(async () => {
    const { event, rounds, round } = await requireRoundAccess(actor, slug, requestedRound);
    if (!round) return { event, rounds, round, data: null, results: null };
    const { data, results } = await computeRoundResults(db, round);
    return { event, rounds, round, data, results };
  });
}
