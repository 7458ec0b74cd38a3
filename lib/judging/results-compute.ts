import { buildPanel, type Panel } from '@/lib/scoring/panel';
import { rankSumScores } from '@/lib/scoring/rank-sum';
import type { Ranking } from '@/lib/scoring/ranking';
import { rawMeanScores, type MethodScores } from '@/lib/scoring/raw-mean';
import { compileRubric } from '@/lib/scoring/sheet-total';
import { SheetTableBuilder, sheetTableOf, type SheetTable } from '@/lib/scoring/sheet-table';
import { resolveRule, type RankingMethod, type TieBreakRule } from '@/lib/scoring/tie-break';
import { zScoreScores } from '@/lib/scoring/z-score';
import { judgeStatisticsOf, type JudgeStatistics } from '@/lib/scoring/judge-stats';
import type { RoundData } from './results-load';
import { rankSubset } from './results-rank';

export const METHODS: readonly RankingMethod[] = ['rank_sum', 'z_score', 'raw_mean'];

export type TieDecision = { method: RankingMethod; groupKey: string; orderedSubmissionIds: string[] };
export type RankingView = Ranking & { decisions: (string[] | null)[] };
export type ProjectSummary = {
  id: string;
  title: string;
  teamName: string;
  trackId: string | null;
  sheets: number;
  expectedSheets: number;
  isShort: boolean;
  value: Record<RankingMethod, number | null>;
  position: Record<RankingMethod, number | null>;
  /** Its overall position under some method differs from the chosen one's: the "what if" highlight. */
  isDisputed: boolean;
};
export type RoundResults = {
  chosen: RankingMethod;
  /** The chosen method first, then the other two. */
  methods: RankingMethod[];
  overall: Record<RankingMethod, RankingView>;
  byTrack: { trackId: string; rankings: Record<RankingMethod, RankingView> }[];
  projects: Record<string, ProjectSummary>;
  /** Per judge, lib/scoring's severity against colleagues on the same projects (lenient / harsh flag). */
  judges: JudgeStatistics[];
  /** Every submitted total: the reference the distribution chart draws each judge against. */
  panel: { sheets: number; mean: number; sd: number };
  uninformativeJudgeIds: string[];
  rubricValid: boolean;
};

/** A tie group is identified by its members, whatever order the ranking listed them in. */
export const groupKeyOf = (projectIds: readonly string[]) => [...projectIds].sort().join(',');

/**
 * Per sheet: the weighted total and the points per top-level criterion (what a criterion tie-break
 * compares), scored straight into columns (lib/scoring/sheet-table.ts): nothing is allocated per sheet,
 * which is what keeps a round of 100,000 projects linear. Only leaves carry points; a stray value on a
 * parent (the database allows it) is ignored, not double-counted.
 */
function scoredSheets(data: RoundData): { sheets: SheetTable; valid: boolean } {
  const compiled = compileRubric(data.criteria.map((c) => ({ id: c.id, parentId: c.parentId, weight: c.weight, scaleMax: c.scaleMax, isBonus: c.isBonus })));
  if (!compiled.ok) return { sheets: sheetTableOf([]), valid: false };
  const inScope = new Set(data.projects.map((p) => p.id));
  const table = new SheetTableBuilder(compiled.rubric, data.sheets.length, data.projects);
  for (const s of data.sheets) if (s.status === 'submitted' && !s.isAbsent && inScope.has(s.submissionId)) table.add(s.judgeId, s.submissionId, s.values);
  return { sheets: table.finish(), valid: true };
}

/** k in k-judge mode; in all-judges mode, the judges assigned to the project (or every judge when none are). */
function expectedSheets(data: RoundData): Map<string, number> {
  const assigned = new Map<string, number>();
  for (const a of data.assignments) assigned.set(a.submissionId, (assigned.get(a.submissionId) ?? 0) + 1);
  const liveJudges = data.judges.filter((j) => !j.isRevoked).length;
  return new Map(
    data.projects.map((p) => [
      p.id,
      data.round.assignmentMode === 'k_judges' && data.round.judgesPerProject ? data.round.judgesPerProject : assigned.get(p.id) || liveJudges,
    ]),
  );
}

function withDecisions(ranking: Ranking, decisions: readonly TieDecision[]): RankingView {
  const byKey = new Map(decisions.filter((d) => d.method === ranking.method).map((d) => [d.groupKey, d.orderedSubmissionIds]));
  return { ...ranking, decisions: ranking.ties.map((t) => byKey.get(groupKeyOf(t.projectIds)) ?? null) };
}

export type ComputeOptions = {
  ladder?: readonly TieBreakRule[];
  decisions?: readonly TieDecision[];
};

export function computeResults(data: RoundData, options: ComputeOptions = {}): RoundResults {
  const { sheets, valid } = scoredSheets(data);
  const expected = expectedSheets(data);
  const panel: Panel = buildPanel(
    data.projects.map((p) => ({ id: p.id, expectedSheets: expected.get(p.id) ?? 0 })),
    sheets,
  );
  const z = zScoreScores(panel);
  const scores: Record<RankingMethod, MethodScores> = {
    raw_mean: rawMeanScores(panel),
    z_score: z,
    rank_sum: rankSumScores(panel),
  };
  const ladder = (options.ladder ?? []).map((rule) => resolveRule(rule, panel, scores));
  const decisions = options.decisions ?? [];
  const everyone = new Set(panel.projectIds.map((_, p) => p));
  const rank = (method: RankingMethod, include: ReadonlySet<number>) => withDecisions(rankSubset(panel, method, scores[method], ladder, include), decisions);

  const overall = Object.fromEntries(METHODS.map((m) => [m, rank(m, everyone)])) as Record<RankingMethod, RankingView>;
  const trackIds = [...new Set(data.projects.map((p) => p.trackId).filter((t): t is string => t !== null))];
  const trackOrder = new Map(data.tracks.map((t, i) => [t.id, i]));
  trackIds.sort((a, b) => (trackOrder.get(a) ?? 99) - (trackOrder.get(b) ?? 99));
  const indexOf = new Map(panel.projectIds.map((id, p) => [id, p]));
  const byTrack = trackIds.map((trackId) => {
    const include = new Set(data.projects.filter((p) => p.trackId === trackId).map((p) => indexOf.get(p.id)!));
    return { trackId, rankings: Object.fromEntries(METHODS.map((m) => [m, rank(m, include)])) as Record<RankingMethod, RankingView> };
  });

  const chosen = data.round.rankingMethod;
  const projects: Record<string, ProjectSummary> = {};
  const entryMaps = Object.fromEntries(METHODS.map((m) => [m, new Map(overall[m].entries.map((e) => [e.projectId, e]))]));
  for (const p of data.projects) {
    const at = (m: RankingMethod) => entryMaps[m]!.get(p.id)!;
    const chosenEntry = at(chosen);
    const position = Object.fromEntries(METHODS.map((m) => [m, at(m).position])) as Record<RankingMethod, number | null>;
    projects[p.id] = {
      id: p.id,
      title: p.title,
      teamName: p.teamName,
      trackId: p.trackId,
      sheets: chosenEntry.sheets,
      expectedSheets: chosenEntry.expectedSheets,
      isShort: chosenEntry.isShort,
      value: Object.fromEntries(METHODS.map((m) => [m, at(m).value])) as Record<RankingMethod, number | null>,
      position,
      isDisputed: METHODS.some((m) => position[m] !== position[chosen]),
    };
  }
  const totals = sheets.total;
  const mean = totals.reduce((a, b) => a + b, 0) / Math.max(totals.length, 1);
  const sd = Math.sqrt(totals.reduce((a, t) => a + (t - mean) ** 2, 0) / Math.max(totals.length, 1));
  return {
    chosen,
    methods: [chosen, ...METHODS.filter((m) => m !== chosen)],
    overall,
    byTrack,
    projects,
    judges: judgeStatisticsOf(panel),
    panel: { sheets: totals.length, mean, sd },
    uninformativeJudgeIds: z.uninformative,
    rubricValid: valid,
  };
}
