import type { Panel } from './panel';

/**
 * What every method produces per project (canonical order): `value` to show, `key` to order by (equal
 * keys are a tie), NaN for a project without sheets.
 */
export type MethodScores = {
  value: Float64Array;
  key: Float64Array;
  better: 'higher' | 'lower';
};

/**
 * Mean of raw totals: the plain average of the project's sheet totals. Fair only when every project meets
 * judges of similar severity, which k-of-n assignment does not promise; shown beside the others so the
 * organizer sees what normalisation changes. The key is the exact mean in micro-points (panel.ts).
 */
export function rawMeanScores(panel: Panel): MethodScores {
  const P = panel.projectIds.length;
  const value = new Float64Array(P).fill(NaN);
  const key = new Float64Array(P).fill(NaN);
  for (let p = 0; p < P; p++) {
    const from = panel.projectStart[p]!;
    const to = panel.projectStart[p + 1]!;
    if (to === from) continue;
    let sum = 0;
    for (let i = from; i < to; i++) sum += panel.sheetMicro[panel.projectSheets[i]!]!;
    key[p] = sum / (to - from);
    value[p] = key[p]! / 1e6;
  }
  return { value, key, better: 'higher' };
}
