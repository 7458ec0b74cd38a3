import type { Panel } from './panel';
import type { MethodScores } from './raw-mean';

/**
 * Rank-sum (序位法), as Taipei's CodeFest ranks: each judge turns their totals into ranks (1 = best;
 * equal totals share the average of the ranks they span, so 2 and 3 tied are both 2.5), and the ranks
 * are summed; the lowest wins. Only the order of a judge's totals matters, so any increasing transform
 * of one judge's scores changes nothing (tested).
 *
 * The normalisation, because with k-of-n assignment judges rank different numbers of projects: rank 3 of
 * 30 is a better place than rank 3 of 4, and a project missing a sheet would win a plain sum by having
 * fewer ranks to add. So each rank becomes its position within that judge's list, (rank − ½) / n_j in
 * 0..1, and a project's score is the mean of those over its sheets, shown on the scale of the whole field:
 * mean × N + ½, N being the number of projects with sheets. When every judge scores every project, that
 * is exactly the mean rank (rank sum ÷ judges) and orders like the classic sum, which `rankSum` also
 * reports. The order key is the score rounded to 1e-9.
 */
export type RankSumScores = MethodScores & { rankSum: Float64Array };

export function rankSumScores(panel: Panel): RankSumScores {
  const P = panel.projectIds.length;
  const J = panel.judgeIds.length;
  const position = new Float64Array(panel.sheetMicro.length);
  const rank = new Float64Array(panel.sheetMicro.length);
  // One pair of work arrays sized for the busiest judge, viewed per judge, instead of two new arrays each.
  let busiest = 0;
  for (let j = 0; j < J; j++) busiest = Math.max(busiest, panel.judgeStart[j + 1]! - panel.judgeStart[j]!);
  const keyBuffer = new Float64Array(busiest);
  const order = new Int32Array(busiest);
  for (let j = 0; j < J; j++) {
    const from = panel.judgeStart[j]!;
    const to = panel.judgeStart[j + 1]!;
    const n = to - from;
    // This judge's sheets, best total first: totals are whole micro-points, so total * n + offset is an
    // exact number that a native typed-array sort orders (no comparator); equal totals share a rank anyway.
    const keys = keyBuffer.subarray(0, n);
    for (let i = 0; i < n; i++) keys[i] = -panel.sheetMicro[from + i]! * n + i;
    keys.sort();
    for (let i = 0; i < n; i++) order[i] = from + (((keys[i]! % n) + n) % n);
    for (let start = 0; start < n; ) {
      let end = start + 1;
      while (end < n && panel.sheetMicro[order[end]!] === panel.sheetMicro[order[start]!]) end++;
      const shared = (start + 1 + end) / 2; // average of ranks start+1 .. end
      for (let i = start; i < end; i++) {
        rank[order[i]!] = shared;
        position[order[i]!] = (shared - 0.5) / n;
      }
      start = end;
    }
  }

  let ranked = 0;
  for (let p = 0; p < P; p++) if (panel.projectStart[p + 1]! > panel.projectStart[p]!) ranked++;
  const value = new Float64Array(P).fill(NaN);
  const key = new Float64Array(P).fill(NaN);
  const rankSum = new Float64Array(P).fill(NaN);
  for (let p = 0; p < P; p++) {
    const from = panel.projectStart[p]!;
    const to = panel.projectStart[p + 1]!;
    if (to === from) continue;
    let sum = 0;
    let ranks = 0;
    for (let i = from; i < to; i++) {
      sum += position[panel.projectSheets[i]!]!;
      ranks += rank[panel.projectSheets[i]!]!;
    }
    key[p] = Math.round(((sum / (to - from)) * ranked + 0.5) * 1e9);
    value[p] = key[p]! / 1e9; // rounded like the key, so tied projects show the same figure
    rankSum[p] = ranks;
  }
  return { value, key, better: 'lower', rankSum };
}
