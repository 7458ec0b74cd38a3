import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { prizes, submissions, teams, votes } from '@/db/schema';
import { computeRoundResults } from '@/lib/judging/results';
import type { RankingView } from '@/lib/judging/results-compute';
import { loadRounds, type RoundRow } from '@/lib/judging/results-load';

export type PrizeRow = typeof prizes.$inferSelect;
export type ProposedPlace = { placement: number; submissionId: string | null; isTied: boolean };
export type Proposal = { prizeId: string; source: 'ranking' | 'votes' | 'none'; places: ProposedPlace[] };

/**
 * The round awards are proposed from: the last closed final, else the last closed round. An open round's
 * ranking is still moving, so it proposes nothing.
 */
export function sourceRound(rounds: readonly RoundRow[]): RoundRow | null {
  const closed = rounds.filter((r) => r.status === 'closed');
  return closed.filter((r) => r.kind === 'final').at(-1) ?? closed.at(-1) ?? null;
}

/**
 * The ranking's first `count` places in order. A tie the panel decided follows the panel's order; a tie
 * still undecided is flagged on every place it touches, and also when it straddles the cut (the next
 * project shares the last proposed place), because then the proposal is an arbitrary pick.
 */
export function takePlaces(ranking: RankingView, count: number): ProposedPlace[] {
  const ranked = ranking.entries.filter((e) => e.position !== null);
  const ordered: { id: string; tieGroup: number | null }[] = [];
  const seenGroups = new Set<number>();
  for (const e of ranked) {
    if (e.tieGroup === null) {
      ordered.push({ id: e.projectId, tieGroup: null });
      continue;
    }
    if (seenGroups.has(e.tieGroup)) continue;
    seenGroups.add(e.tieGroup);
    const decided = ranking.decisions[e.tieGroup];
    const members = decided ?? ranking.ties[e.tieGroup]!.projectIds;
    for (const id of members) ordered.push({ id, tieGroup: decided ? null : e.tieGroup });
  }
  const places: ProposedPlace[] = [];
  for (let i = 0; i < count; i++) {
    const item = ordered[i];
    places.push({ placement: i + 1, submissionId: item?.id ?? null, isTied: item?.tieGroup != null });
  }
  return places;
}

/** People's choice: the most votes first; equal counts at a place are a tie for the organizer to settle. */
export async function voteTally(executor: DbOrTx, eventId: string): Promise<{ submissionId: string; title: string; teamName: string; votes: number }[]> {
  return executor
    .select({ submissionId: submissions.id, title: submissions.title, teamName: teams.name, votes: sql<number>`count(${votes.id})::int` })
    .from(submissions)
    .innerJoin(teams, eq(teams.id, submissions.teamId))
    .leftJoin(votes, eq(votes.submissionId, submissions.id))
    .where(and(eq(submissions.eventId, eventId), eq(submissions.status, 'submitted')))
    .groupBy(submissions.id, teams.name)
    .orderBy(desc(sql`count(${votes.id})`), asc(submissions.title));
}

function placesFromTally(tally: { submissionId: string; votes: number }[], count: number): ProposedPlace[] {
  const withVotes = tally.filter((t) => t.votes > 0);
  return Array.from({ length: count }, (_, i) => {
    const item = withVotes[i];
    const isTied = item !== undefined && withVotes.some((o, j) => j !== i && o.votes === item.votes);
    return { placement: i + 1, submissionId: item?.submissionId ?? null, isTied };
  });
}

/** A proposal per prize: per track for a track prize, overall otherwise; the people's-choice prize from votes. */
export async function proposeAwards(executor: DbOrTx, eventId: string, prizeRows: readonly PrizeRow[], peoplesChoicePrizeId: string | null) {
  const round = sourceRound(await loadRounds(executor, eventId));
  const computed = round ? (await computeRoundResults(executor, round)).results : null;
  const tally = peoplesChoicePrizeId ? await voteTally(executor, eventId) : [];
  const proposals: Proposal[] = prizeRows.map((prize) => {
    if (prize.id === peoplesChoicePrizeId) return { prizeId: prize.id, source: 'votes', places: placesFromTally(tally, prize.count) };
    if (!computed) return { prizeId: prize.id, source: 'none', places: Array.from({ length: prize.count }, (_, i) => ({ placement: i + 1, submissionId: null, isTied: false })) };
    const ranking = prize.trackId
      ? computed.byTrack.find((t) => t.trackId === prize.trackId)?.rankings[computed.chosen]
      : computed.overall[computed.chosen];
    const places = ranking ? takePlaces(ranking, prize.count) : takePlaces({ method: computed.chosen, entries: [], ties: [], decisions: [] }, prize.count);
    return { prizeId: prize.id, source: 'ranking', places };
  });
  return { round, proposals };
}
