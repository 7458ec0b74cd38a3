import { compileRubric, sheetTotal } from '@/lib/scoring/sheet-total';

/*
 * The weighted total of the judge's own sheet, by lib/scoring's rule (a leaf is worth
 * value / scaleMax * weight points; a parent is its sub-criteria; the bonus adds on top). A rubric that
 * does not validate (an organizer still editing it) cannot be compiled there, so the same sum is taken
 * directly rather than showing the judge nothing.
 */
export type RubricRow = { id: string; parentId: string | null; weight: number; scaleMax: number; isBonus: boolean };

export function weightedTotal(criteria: readonly RubricRow[], values: ReadonlyMap<string, number>): { total: number } {
  const compiled = compileRubric(criteria);
  if (compiled.ok) return { total: round2(sheetTotal(compiled.rubric, values).total) };
  let total = 0;
  for (const leaf of leavesOf(criteria)) {
    const value = values.get(leaf.id);
    if (value !== undefined) total += (value / leaf.scaleMax) * leaf.weight;
  }
  return { total: round2(total) };
}

/** Shown with two decimals at most: weights and scores have two. */
const round2 = (points: number) => Math.round(points * 100) / 100;

/** Leaves are the criteria without sub-criteria: a parent's points are its children's. */
export function leavesOf<T extends { id: string; parentId: string | null }>(criteria: readonly T[]): T[] {
  const parents = new Set(criteria.map((c) => c.parentId).filter((id): id is string => id !== null));
  return criteria.filter((c) => !parents.has(c.id));
}
