import { orderByKey } from './order';
import type { Panel } from './panel';
import type { MethodScores } from './raw-mean';
import { compareKeys, type RankingMethod, type ResolvedRule } from './tie-break';

/**
 * One method's ranking: projects ordered by the method's key, ties split by the published ladder, and
 * what the ladder cannot split returned as explicit tie groups sharing one position (1, 2, 2, 4 ...):
 * never broken silently, so the panel decides and a prize can be shared or left unawarded. Within a tie
 * group projects are listed by id, which carries no meaning.
 *
 * Projects without any submitted sheet are listed last, unranked (position null). Projects with fewer
 * sheets than expected (k, or their eligible judges in 'all' mode) are ranked but flagged `isShort`.
 */
export type RankedEntry = {
  projectId: string;
  /** The method's figure (points, or mean scaled rank for rank-sum); null without sheets. */
  value: number | null;
  position: number | null;
  sheets: number;
  expectedSheets: number;
  isShort: boolean;
  /** Index of the ladder rule that settled this project's place among its equals; null if never tied or still tied. */
  decidedBy: number | null;
  /** Index into `ties` while tied after every rule; null otherwise. */
  tieGroup: number | null;
};

export type TieGroup = { position: number; projectIds: string[] };
export type Ranking = { method: RankingMethod; entries: RankedEntry[]; ties: TieGroup[] };

/** The ranking, and each project's place by canonical index (NaN: unranked) for the comparison. */
export function rankProjects(panel: Panel, method: RankingMethod, scores: MethodScores, ladder: readonly ResolvedRule[]): { ranking: Ranking; positionOf: Float64Array } {
  const P = panel.projectIds.length;
  const positionOf = new Float64Array(P).fill(NaN);
  const entries: RankedEntry[] = [];
  const ties: TieGroup[] = [];
  const sheetsOf = (p: number) => panel.projectStart[p + 1]! - panel.projectStart[p]!;
  const entry = (p: number, position: number | null, decidedBy: number | null, tieGroup: number | null): RankedEntry => {
    const sheets = sheetsOf(p);
    const value = scores.value[p]!;
    if (position !== null) positionOf[p] = position;
    return {
      projectId: panel.projectIds[p]!,
      value: Number.isNaN(value) ? null : value,
      position,
      sheets,
      expectedSheets: panel.expected[p]!,
      isShort: sheets < panel.expected[p]!,
      decidedBy,
      tieGroup,
    };
  };

  const settle = (group: number[], rule: number, first: number, decidedBy: number | null) => {
    if (group.length === 1) {
      entries.push(entry(group[0]!, first, decidedBy, null));
      return;
    }
    if (rule === ladder.length) {
      ties.push({ position: first, projectIds: group.map((p) => panel.projectIds[p]!) });
      for (const p of group) entries.push(entry(p, first, null, ties.length - 1));
      return;
    }
    // Rule keys are typed-array lookups (tie-break.ts), so the group is sorted as plain indices: no
    // object per project, which mattered when most of a large round sits in some tie.
    const { key, better } = ladder[rule]!;
    const keyed = group.sort((a, b) => compareKeys(key(a), key(b), better) || a - b);
    let position = first;
    for (let start = 0; start < keyed.length; ) {
      let end = start + 1;
      while (end < keyed.length && compareKeys(key(keyed[start]!), key(keyed[end]!), better) === 0) end++;
      settle(keyed.slice(start, end), rule + 1, position, rule);
      position += end - start;
      start = end;
    }
  };

  const ranked = orderByKey(scores.key, scores.better);
  for (let start = 0; start < ranked.length; ) {
    let end = start + 1;
    while (end < ranked.length && scores.key[ranked[end]!] === scores.key[ranked[start]!]) end++;
    if (end - start === 1) entries.push(entry(ranked[start]!, start + 1, null, null));
    else settle(Array.from(ranked.subarray(start, end)), 0, start + 1, null);
    start = end;
  }
  for (let p = 0; p < P; p++) if (Number.isNaN(scores.key[p]!)) entries.push(entry(p, null, null, null));
  return { ranking: { method, entries, ties }, positionOf };
}
