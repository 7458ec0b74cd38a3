/*
 * The weighted total of the judge's own sheet. lib/scoring (sheet-total.ts) was not yet committed when
 * this was written, so this is a small local adapter with the same rule: a leaf criterion is worth
 * value / scaleMax * weight points; parents are the sum of their sub-criteria; the bonus adds on top.
 * Swap for lib/scoring's sheetTotal once it is committed.
 */
export type LeafCriterion = { id: string; weight: number; scaleMax: number; isBonus: boolean };

export function weightedTotal(leaves: readonly LeafCriterion[], values: ReadonlyMap<string, number>): { total: number; missing: number } {
  let total = 0;
  let missing = 0;
  for (const leaf of leaves) {
    const value = values.get(leaf.id);
    if (value === undefined) missing += 1;
    else total += (value / leaf.scaleMax) * leaf.weight;
  }
  // Weights and scores have two decimals; anything finer is floating-point noise.
  return { total: Math.round(total * 100) / 100, missing };
}

/** Leaves are the criteria without sub-criteria: a parent's points are its children's. */
export function leavesOf<T extends { id: string; parentId: string | null }>(criteria: readonly T[]): T[] {
  const parents = new Set(criteria.map((c) => c.parentId).filter((id): id is string => id !== null));
  return criteria.filter((c) => !parents.has(c.id));
}
