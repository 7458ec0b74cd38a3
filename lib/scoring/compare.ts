import type { Ranking } from './ranking';
import type { RankingMethod } from './tie-break';

/**
 * The "what if" view (issue 4 §5): each project's place under the three methods side by side, the
 * projects whose place differs (largest spread first, so a podium that depends on the method shows at the
 * top), and for each pair of methods how much they agree overall (Spearman's ρ over the places, 1 = same
 * order). Places are those after the tie-break ladder; unranked projects are left out.
 */
export type MethodComparison = {
  rows: { projectId: string; positions: Record<RankingMethod, number | null>; spread: number }[];
  disagreements: { projectId: string; positions: Record<RankingMethod, number | null>; spread: number }[];
  sameWinners: boolean;
  agreement: { a: RankingMethod; b: RankingMethod; spearman: number | null }[];
};

const METHODS: readonly RankingMethod[] = ['raw_mean', 'z_score', 'rank_sum'];

export function compareMethods(rankings: Record<RankingMethod, Ranking>): MethodComparison {
  type Row = MethodComparison['rows'][number] & { best: number };
  // Rows in the raw-mean order (unranked last); the other methods' places are filled in by id.
  const rows: Row[] = rankings.raw_mean.entries.map((e) => ({
    projectId: e.projectId,
    positions: { raw_mean: e.position, z_score: null, rank_sum: null },
    spread: 0,
    best: Infinity,
  }));
  const byId = new Map(rows.map((r) => [r.projectId, r]));
  for (const method of ['z_score', 'rank_sum'] as const) for (const e of rankings[method].entries) byId.get(e.projectId)!.positions[method] = e.position;
  for (const row of rows) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const m of METHODS) {
      const place = row.positions[m];
      if (place === null) continue;
      lo = Math.min(lo, place);
      hi = Math.max(hi, place);
    }
    row.spread = hi >= lo ? hi - lo : 0;
    row.best = lo;
  }
  const disagreements = rows.filter((r) => r.spread > 0).sort((a, b) => b.spread - a.spread || a.best - b.best || (a.projectId < b.projectId ? -1 : 1));
  const winners = METHODS.map((m) => rows.filter((r) => r.positions[m] === 1).map((r) => r.projectId).sort().join(' '));
  const agreement = (
    [
      ['raw_mean', 'z_score'],
      ['raw_mean', 'rank_sum'],
      ['z_score', 'rank_sum'],
    ] as const
  ).map(([a, b]) => ({ a, b, spearman: spearman(rows.map((r) => [r.positions[a], r.positions[b]])) }));
  const strip = ({ projectId, positions, spread }: Row) => ({ projectId, positions, spread });
  return { rows: rows.map(strip), disagreements: disagreements.map(strip), sameWinners: winners.every((w) => w === winners[0]), agreement };
}

/** Pearson correlation of the places (Spearman's ρ with ties at their shared place); null when undefined. */
function spearman(pairs: (number | null)[][]): number | null {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of pairs) {
    if (x == null || y == null) continue;
    xs.push(x);
    ys.push(y);
  }
  const n = xs.length;
  if (n < 2) return null;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}
