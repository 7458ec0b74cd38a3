import { buildPanel, type Panel, type ScoredSheet } from './panel';
import { isSheetTable, type SheetTable } from './sheet-table';
import { judgeMoments } from './z-score';

/**
 * Per-judge statistics for the organizer's console, to spot a lenient or a harsh judge (issue 4 §5).
 *
 * A judge's own mean says little under k-of-n assignment: a judge handed the strongest projects scores
 * high without being lenient. So severity is measured against the same projects: for each of the judge's
 * sheets, the difference between their total and the mean of the other judges' totals for that project
 * (projects nobody else scored are skipped). `deviation` is the mean of those differences, in points;
 * `standardized` divides it by the panel's typical difference (root mean square over every judge's sheets),
 * so a threshold reads as "this many typical disagreements above or below the colleagues". A judge is
 * flagged lenient or harsh when |standardized| > threshold and they have at least `minSheets` compared
 * sheets (one sheet is anecdote, not a pattern).
 *
 * Limit: the comparison is with co-judges, so a judge who always sits with the same harsh colleague looks
 * lenient. Random k-of-n panels mix judges enough for this not to matter; with fixed panels, read the flag
 * as "differs from their panel", not as a verdict.
 */
export type JudgeStatistics = {
  judgeId: string;
  count: number;
  mean: number;
  sd: number;
  /** Sheets that had another judge to compare with. */
  compared: number;
  deviation: number | null;
  standardized: number | null;
  flag: 'lenient' | 'harsh' | null;
};

export type JudgeStatisticsOptions = { threshold?: number; minSheets?: number };

export function judgeStatistics(sheets: readonly ScoredSheet[] | SheetTable, options: JudgeStatisticsOptions = {}): JudgeStatistics[] {
  const projectIds = isSheetTable(sheets) ? sheets.projectIds : new Set(sheets.map((s) => s.projectId));
  return judgeStatisticsOf(
    buildPanel(
      [...projectIds].map((id) => ({ id, expectedSheets: 0 })),
      sheets,
    ),
    options,
  );
}

/**
 * The same from a round's panel, already built for its results: projects without sheets change nothing
 * here, so the statistics are those of the panel's sheets, without sorting them a second time.
 */
export function judgeStatisticsOf(panel: Panel, options: JudgeStatisticsOptions = {}): JudgeStatistics[] {
  const threshold = options.threshold ?? 1;
  const minSheets = options.minSheets ?? 3;
  const moments = judgeMoments(panel);
  const P = panel.projectIds.length;
  const J = panel.judgeIds.length;

  const projectSum = new Float64Array(P);
  const projectCount = new Int32Array(P);
  for (let i = 0; i < panel.sheetMicro.length; i++) {
    projectSum[panel.sheetProject[i]!]! += panel.sheetMicro[i]!;
    projectCount[panel.sheetProject[i]!]!++;
  }
  const deviationSum = new Float64Array(J);
  const compared = new Int32Array(J);
  let squares = 0;
  let all = 0;
  for (let i = 0; i < panel.sheetMicro.length; i++) {
    const p = panel.sheetProject[i]!;
    const others = projectCount[p]! - 1;
    if (others === 0) continue;
    const difference = panel.sheetMicro[i]! - (projectSum[p]! - panel.sheetMicro[i]!) / others;
    deviationSum[panel.sheetJudge[i]!]! += difference;
    compared[panel.sheetJudge[i]!]!++;
    squares += difference * difference;
    all++;
  }
  const typical = all === 0 ? 0 : Math.sqrt(squares / all);

  return panel.judgeIds.map((judgeId, j) => {
    const deviation = compared[j]! === 0 ? null : deviationSum[j]! / compared[j]!;
    const standardized = deviation === null || typical === 0 ? null : deviation / typical;
    const flagged = standardized !== null && compared[j]! >= minSheets && Math.abs(standardized) > threshold;
    return {
      judgeId,
      count: moments.count[j]!,
      mean: moments.mean[j]! / 1e6,
      sd: moments.sd[j]! / 1e6,
      compared: compared[j]!,
      deviation: deviation === null ? null : deviation / 1e6,
      standardized,
      flag: flagged ? (standardized! > 0 ? 'lenient' : 'harsh') : null,
    };
  });
}
