import { compareMethods, type MethodComparison } from './compare';
import { buildPanel, type PanelProject, type ScoredSheet } from './panel';
import { rankSumScores } from './rank-sum';
import type { SheetTable } from './sheet-table';
import { rankProjects, type Ranking } from './ranking';
import { rawMeanScores, type MethodScores } from './raw-mean';
import { resolveRule, type RankingMethod, type TieBreakRule } from './tie-break';
import { judgeMoments, zScoreScores } from './z-score';

/**
 * A round's results by all three methods at once, for the organizer's side-by-side view; the round's
 * chosen method (judging_rounds.ranking_method) picks which one is published.
 *
 * Input: every project in the round's scope with the number of sheets it should have (k, or its eligible
 * judges in 'all' mode), and the submitted sheets only (lib/judging leaves out drafts and absent teams).
 * Cost: one sort of the sheets plus one per judge, O(n log n) in the number of sheets.
 */
export type ResultsInput = {
  projects: readonly PanelProject[];
  sheets: readonly ScoredSheet[];
  tieBreak?: readonly TieBreakRule[];
};

/** The same with the sheets as a table (sheet-table.ts): what lib/judging and large rounds use. */
export type TableResultsInput = Omit<ResultsInput, 'sheets'> & { sheets: SheetTable };

export type RoundResults = {
  rankings: Record<RankingMethod, Ranking>;
  comparison: MethodComparison;
  /** Judges whose sheets carry no information for z-scores (one sheet, or all totals equal). */
  uninformativeJudges: string[];
  /** The z-score display mapping, value = level + spread · z̄ (z-score.ts), for a legend beside the figures. */
  zScale: { level: number; spread: number };
  /** Projects with fewer submitted sheets than expected, by id. */
  shortProjects: { projectId: string; sheets: number; expectedSheets: number }[];
};

export function computeResults(input: ResultsInput | TableResultsInput): RoundResults {
  const panel = buildPanel(input.projects, input.sheets);
  const z = zScoreScores(panel, judgeMoments(panel));
  const methods: Record<RankingMethod, MethodScores> = { raw_mean: rawMeanScores(panel), z_score: z, rank_sum: rankSumScores(panel) };
  const ladder = (input.tieBreak ?? []).map((rule) => resolveRule(rule, panel, methods));
  const raw = rankProjects(panel, 'raw_mean', methods.raw_mean, ladder);
  const zs = rankProjects(panel, 'z_score', methods.z_score, ladder);
  const rs = rankProjects(panel, 'rank_sum', methods.rank_sum, ladder);
  const rankings = { raw_mean: raw.ranking, z_score: zs.ranking, rank_sum: rs.ranking };
  const comparison = compareMethods(panel.projectIds, { raw_mean: raw.positionOf, z_score: zs.positionOf, rank_sum: rs.positionOf });
  const shortProjects = rankings.raw_mean.entries
    .filter((e) => e.isShort)
    .map((e) => ({ projectId: e.projectId, sheets: e.sheets, expectedSheets: e.expectedSheets }))
    .sort((a, b) => (a.projectId < b.projectId ? -1 : 1));
  return { rankings, comparison, uninformativeJudges: z.uninformative, zScale: { level: z.level, spread: z.spread }, shortProjects };
}
