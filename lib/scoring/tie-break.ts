import { toMicro, type Panel } from './panel';
import type { MethodScores } from './raw-mean';

export type RankingMethod = 'raw_mean' | 'z_score' | 'rank_sum';

/**
 * The tie-break ladder an organizer publishes before judging (issue 4 §5): rules tried in order on the
 * projects still tied after the ranking method, each splitting a tie only where it sees a difference.
 * - criterion: the higher mean points on that top-level criterion (e.g. 技術完整度) wins;
 * - method: another ranking method of this round (e.g. raw mean under rank-sum);
 * - values: any other figure per project, e.g. the preliminary round's result, higher or lower better.
 * A project without a figure for a rule comes after those with one, and ties with the others without.
 */
export type TieBreakRule =
  | { kind: 'criterion'; criterionId: string }
  | { kind: 'method'; method: RankingMethod }
  | { kind: 'values'; name: string; values: Readonly<Record<string, number>>; better: 'higher' | 'lower' };

/** A rule made concrete for one panel: a comparable key per project index (NaN: no figure). */
export type ResolvedRule = { key: (project: number) => number; better: 'higher' | 'lower' };

export function resolveRule(rule: TieBreakRule, panel: Panel, methods: Record<RankingMethod, MethodScores>): ResolvedRule {
  switch (rule.kind) {
    case 'method': {
      const scores = methods[rule.method];
      return { key: (p) => scores.key[p]!, better: scores.better };
    }
    case 'values':
      return {
        key: lazyKeys(panel, (p) => {
          const v = rule.values[panel.projectIds[p]!];
          return typeof v === 'number' && Number.isFinite(v) ? Math.round(v * 1e9) : NaN;
        }),
        better: rule.better,
      };
    case 'criterion': {
      // Exact mean in micro-points over the sheets that carry the criterion, like the raw mean.
      const { table } = panel;
      const C = table.criterionIds.length;
      const c = table.criterionIds.indexOf(rule.criterionId);
      return {
        key: lazyKeys(panel, (p) => {
          if (c < 0) return NaN;
          let sum = 0;
          let count = 0;
          for (let i = panel.projectStart[p]!; i < panel.projectStart[p + 1]!; i++) {
            const cell = panel.sheetRow[panel.projectSheets[i]!]! * C + c;
            if (table.criterionPresent !== null && table.criterionPresent[cell] === 0) continue;
            sum += toMicro(table.criterionPoints[cell]!);
            count++;
          }
          return count === 0 ? NaN : sum / count;
        }),
        better: 'higher',
      };
    }
  }
}

/*
 * A rule's keys, computed once for every project the first time any is asked for. In a large round most
 * projects sit in some tie under the raw mean (totals come in steps of a few hundredths of a point), and
 * each of the three rankings asks the ladder again; computing a key from the sheets on every call made the
 * ladder the part of the ranking that grew fastest with the round. Rounds without ties never pay for it.
 */
function lazyKeys(panel: Panel, compute: (project: number) => number): (project: number) => number {
  let keys: Float64Array | null = null;
  return (p) => {
    if (keys === null) {
      keys = new Float64Array(panel.projectIds.length);
      for (let q = 0; q < keys.length; q++) keys[q] = compute(q);
    }
    return keys[p]!;
  };
}

/** Orders two keys, best first; a missing key (NaN) after any present one. */
export function compareKeys(a: number, b: number, better: 'higher' | 'lower'): number {
  const aMissing = Number.isNaN(a);
  const bMissing = Number.isNaN(b);
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  return better === 'higher' ? b - a : a - b;
}
