import type { RankingMethod } from './tie-break';

/**
 * The "what if" view (issue 4 §5): the projects whose place differs between the three methods (largest
 * spread first, then the best place, so a podium that depends on the method shows at the top), whether
 * the winners are the same, and for each pair of methods how much they agree overall (Spearman's ρ over
 * the places, 1 = same order). Places are those after the tie-break ladder; unranked projects are left
 * out. Each method's full list is its ranking; this only adds what needs the three together.
 */
export type Disagreement = { projectId: string; positions: Record<RankingMethod, number | null>; spread: number };
export type MethodComparison = {
  disagreements: Disagreement[];
  sameWinners: boolean;
  agreement: { a: RankingMethod; b: RankingMethod; spearman: number | null }[];
};

const METHODS: readonly RankingMethod[] = ['raw_mean', 'z_score', 'rank_sum'];
const PAIRS = [
  ['raw_mean', 'z_score'],
  ['raw_mean', 'rank_sum'],
  ['z_score', 'rank_sum'],
] as const;

/** `positionOf[method][i]` is the place of project i (canonical order), NaN when unranked. */
export function compareMethods(projectIds: readonly string[], positionOf: Record<RankingMethod, Float64Array>): MethodComparison {
  const P = projectIds.length;
  const spread = new Float64Array(P);
  const best = new Float64Array(P);
  const disagreeing: number[] = [];
  for (let i = 0; i < P; i++) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const m of METHODS) {
      const place = positionOf[m][i]!;
      if (Number.isNaN(place)) continue;
      lo = Math.min(lo, place);
      hi = Math.max(hi, place);
    }
    spread[i] = hi > lo ? hi - lo : 0;
    best[i] = lo;
    if (spread[i]! > 0) disagreeing.push(i);
  }
  // Spread descending, best place ascending, then id: one exact number per project, sorted natively.
  const keys = Float64Array.from(disagreeing, (i) => ((P - spread[i]!) * (P + 1) + best[i]!) * P + i);
  if ((P + 1) * (P + 1) * P < Number.MAX_SAFE_INTEGER) keys.sort();
  else keys.sort((a, b) => spread[b % P]! - spread[a % P]! || best[a % P]! - best[b % P]! || (a % P) - (b % P));
  const place = (x: number) => (Number.isNaN(x) ? null : x);
  const disagreements = Array.from(keys, (key) => {
    const i = key % P;
    return { projectId: projectIds[i]!, positions: { raw_mean: place(positionOf.raw_mean[i]!), z_score: place(positionOf.z_score[i]!), rank_sum: place(positionOf.rank_sum[i]!) }, spread: spread[i]! };
  });
  const winners = METHODS.map((m) => projectIds.filter((_, i) => positionOf[m][i] === 1).join(' '));
  return {
    disagreements,
    sameWinners: winners.every((w) => w === winners[0]),
    agreement: PAIRS.map(([a, b]) => ({ a, b, spearman: spearman(positionOf[a], positionOf[b]) })),
  };
}

/** Pearson correlation of the places (Spearman's ρ with ties at their shared place); null when undefined. */
function spearman(xs: Float64Array, ys: Float64Array): number | null {
  let n = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < xs.length; i++) {
    if (Number.isNaN(xs[i]!) || Number.isNaN(ys[i]!)) continue;
    n++;
    sx += xs[i]!;
    sy += ys[i]!;
  }
  if (n < 2) return null;
  const mx = sx / n;
  const my = sy / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < xs.length; i++) {
    if (Number.isNaN(xs[i]!) || Number.isNaN(ys[i]!)) continue;
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}
