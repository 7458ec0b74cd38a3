import type { Panel } from './panel';
import type { MethodScores } from './raw-mean';

/**
 * Mean of per-judge z-scores. Each judge's totals are standardised against that judge's own mean and
 * spread over the projects they scored, z = (total − mean_j) / sd_j, so a lenient judge (everything +10)
 * or a judge who uses only 60..70 of the scale weighs the same as everyone else; a project's score is the
 * mean z of its sheets. Adding a constant to all of one judge's totals, or multiplying them by a positive
 * number, leaves every z unchanged (tested).
 *
 * Shown on the rubric's scale as M + S · z̄, where M is the mean of all totals and S the root mean square
 * of the judges' own spreads: a typical judge's spread around the panel's level, so the figure reads like
 * a total. The mapping is the same for every project, so it never changes the order; it is not clamped to
 * 0..100 (an outstanding project may show slightly above the maximum).
 *
 * A judge with one sheet, or whose totals are all equal, says nothing about how projects compare: their
 * sheets count as z = 0 (average), neither helping nor hurting, and they are listed in `uninformative`.
 * The order key is z̄ rounded to 1e-9, so sums that differ only in the last binary place still tie.
 */
export type JudgeMoments = { count: Int32Array; mean: Float64Array; sd: Float64Array };

/** Each judge's count, mean and population sd of totals, in micro-points. */
export function judgeMoments(panel: Panel): JudgeMoments {
  const J = panel.judgeIds.length;
  const count = new Int32Array(J);
  const mean = new Float64Array(J);
  const sd = new Float64Array(J);
  for (let j = 0; j < J; j++) {
    const from = panel.judgeStart[j]!;
    const to = panel.judgeStart[j + 1]!;
    let sum = 0;
    for (let i = from; i < to; i++) sum += panel.sheetMicro[i]!;
    const m = sum / (to - from);
    let squares = 0;
    for (let i = from; i < to; i++) squares += (panel.sheetMicro[i]! - m) ** 2;
    count[j] = to - from;
    mean[j] = m;
    sd[j] = Math.sqrt(squares / (to - from));
  }
  return { count, mean, sd };
}

export type ZScores = MethodScores & { meanZ: Float64Array; uninformative: string[]; level: number; spread: number };

export function zScoreScores(panel: Panel, moments: JudgeMoments = judgeMoments(panel)): ZScores {
  const P = panel.projectIds.length;
  const J = panel.judgeIds.length;
  const z = new Float64Array(panel.sheetMicro.length);
  const uninformative: string[] = [];
  let spreadSquares = 0;
  let informative = 0;
  for (let j = 0; j < J; j++) {
    // All-equal totals are whole micro-points, so their mean is exact and sd is exactly 0.
    if (moments.count[j]! < 2 || moments.sd[j] === 0) {
      uninformative.push(panel.judgeIds[j]!);
      continue;
    }
    informative++;
    spreadSquares += moments.sd[j]! ** 2;
    for (let i = panel.judgeStart[j]!; i < panel.judgeStart[j + 1]!; i++) z[i] = (panel.sheetMicro[i]! - moments.mean[j]!) / moments.sd[j]!;
  }
  let all = 0;
  for (let i = 0; i < panel.sheetMicro.length; i++) all += panel.sheetMicro[i]!;
  const level = panel.sheetMicro.length === 0 ? 0 : all / panel.sheetMicro.length / 1e6;
  const spread = informative === 0 ? 0 : Math.sqrt(spreadSquares / informative) / 1e6;

  const meanZ = new Float64Array(P).fill(NaN);
  const value = new Float64Array(P).fill(NaN);
  const key = new Float64Array(P).fill(NaN);
  for (let p = 0; p < P; p++) {
    const from = panel.projectStart[p]!;
    const to = panel.projectStart[p + 1]!;
    if (to === from) continue;
    let sum = 0;
    for (let i = from; i < to; i++) sum += z[panel.projectSheets[i]!]!;
    meanZ[p] = sum / (to - from);
    key[p] = Math.round(meanZ[p]! * 1e9);
    value[p] = level + spread * (key[p]! / 1e9); // from the rounded z̄, so tied projects show the same figure
  }
  return { value, key, better: 'higher', meanZ, uninformative, level, spread };
}
