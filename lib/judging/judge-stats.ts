import type { Panel } from '@/lib/scoring/panel';
import { judgeMoments } from '@/lib/scoring/z-score';

/**
 * How each judge scores compared with the panel, to spot a lenient or harsh judge. A judge's raw mean says
 * little under k-of-n assignment (a judge may simply have drawn strong projects), so the flag uses the
 * judge's offset: the mean, over their sheets, of their total minus the other judges' mean total on the
 * same project. A judge at least LEAN_POINTS above (below) the others on the same projects is flagged
 * lenient (harsh). The z-score ranking already corrects for this; the flag tells the organizer why it and
 * the raw mean disagree, and whom to talk to before the next round.
 */
export const LEAN_POINTS = 8;

export type JudgeStat = {
  judgeId: string;
  sheets: number;
  mean: number;
  sd: number;
  min: number;
  max: number;
  /** Mean difference from the other judges on the same projects; null when no project was shared. */
  offset: number | null;
  lean: 'lenient' | 'harsh' | null;
};

export type PanelStat = { sheets: number; mean: number; sd: number };

export function judgeStats(panel: Panel): { judges: JudgeStat[]; panel: PanelStat } {
  const moments = judgeMoments(panel);
  const n = panel.sheets.length;
  // Per project: the sum and count of totals, so "the others' mean" is (sum - mine) / (count - 1).
  const projectSum = new Float64Array(panel.projectIds.length);
  const projectCount = new Int32Array(panel.projectIds.length);
  for (let i = 0; i < n; i++) {
    projectSum[panel.sheetProject[i]!]! += panel.sheetMicro[i]!;
    projectCount[panel.sheetProject[i]!]!++;
  }
  const judges = panel.judgeIds.map((judgeId, j) => {
    let min = Infinity;
    let max = -Infinity;
    let offsetSum = 0;
    let shared = 0;
    for (let i = panel.judgeStart[j]!; i < panel.judgeStart[j + 1]!; i++) {
      const micro = panel.sheetMicro[i]!;
      min = Math.min(min, micro);
      max = Math.max(max, micro);
      const p = panel.sheetProject[i]!;
      if (projectCount[p]! < 2) continue;
      offsetSum += micro - (projectSum[p]! - micro) / (projectCount[p]! - 1);
      shared++;
    }
    const offset = shared === 0 ? null : offsetSum / shared / 1e6;
    const lean = offset === null ? null : offset >= LEAN_POINTS ? 'lenient' : offset <= -LEAN_POINTS ? 'harsh' : null;
    return {
      judgeId,
      sheets: moments.count[j]!,
      mean: moments.mean[j]! / 1e6,
      sd: moments.sd[j]! / 1e6,
      min: min / 1e6,
      max: max / 1e6,
      offset,
      lean,
    } satisfies JudgeStat;
  });
  let all = 0;
  for (let i = 0; i < n; i++) all += panel.sheetMicro[i]!;
  const mean = n === 0 ? 0 : all / n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (panel.sheetMicro[i]! - mean) ** 2;
  return { judges, panel: { sheets: n, mean: mean / 1e6, sd: n === 0 ? 0 : Math.sqrt(squares / n) / 1e6 } };
}
