import { validateRubric, type RubricCriterion, type RubricProblem } from './rubric';

/**
 * A score sheet's weighted total. Judges score the leaves of the rubric (a criterion without sub-criteria,
 * or each sub-criterion); a leaf is worth `value / scaleMax * weight` points, so a 7 of 10 on a 20-point
 * criterion is 14 points whatever scale the other criteria use. Base criteria sum to at most 100, the bonus
 * adds at most its weight.
 *
 * Totals are rounded to 1e-6 points: scores and weights have two decimals, so anything finer is binary
 * floating-point noise (0.7 * 20 = 14.000000000000002), and two sheets with the same points must compare
 * equal when a judge's sheets are ranked.
 */
export type CompiledRubric = {
  /** `top` is the index of the leaf's top-level criterion in `topLevelIds`. */
  leaves: readonly { id: string; topId: string; top: number; weight: number; scaleMax: number; isBonus: boolean }[];
  leafIds: ReadonlySet<string>;
  /** Top-level criteria in the given order (bonus included): the units a tie-break rule can name. */
  topLevelIds: readonly string[];
  maxBonus: number;
};

export type SheetTotal = {
  total: number;
  base: number;
  bonus: number;
  /** Points per top-level criterion (a parent's points are its sub-criteria's sum). */
  byCriterion: Record<string, number>;
  /** Leaves without a value: a draft; its total counts them as 0. */
  missing: string[];
};

const notALeaf = (id: string) => new RangeError(`score for ${id}, which is not a leaf criterion of this rubric`);

const NONE_MISSING: string[] = [];

export const roundPoints = (points: number) => Math.round(points * 1e6) / 1e6;

export function compileRubric(criteria: readonly RubricCriterion[]): { ok: true; rubric: CompiledRubric } | { ok: false; problems: RubricProblem[] } {
  const problems = validateRubric(criteria);
  if (problems.length > 0) return { ok: false, problems };
  const parents = new Set(criteria.map((c) => c.parentId).filter((id): id is string => id !== null));
  const topLevel = criteria.filter((c) => c.parentId === null);
  const topIndex = new Map(topLevel.map((c, i) => [c.id, i]));
  const leaves = criteria
    .filter((c) => !parents.has(c.id))
    .map((c) => ({ id: c.id, topId: c.parentId ?? c.id, top: topIndex.get(c.parentId ?? c.id)!, weight: c.weight, scaleMax: c.scaleMax, isBonus: c.isBonus }));
  const maxBonus = topLevel.filter((c) => c.isBonus).reduce((sum, c) => sum + c.weight, 0);
  return { ok: true, rubric: { leaves, leafIds: new Set(leaves.map((l) => l.id)), topLevelIds: topLevel.map((c) => c.id), maxBonus } };
}

/**
 * `values` maps a leaf criterion id to the judge's score. A value outside 0..scaleMax, or on a criterion
 * that is not a leaf of this rubric, is a programming error (the database refuses both) and throws.
 */
export function sheetTotal(rubric: CompiledRubric, values: SheetValues): SheetTotal {
  const tops = rubric.topLevelIds.length;
  const points = scratchFor(tops + 2);
  const missing = addLeafPoints(rubric, values, points, false);
  const byCriterion: Record<string, number> = {};
  for (let t = 0; t < tops; t++) byCriterion[rubric.topLevelIds[t]!] = roundPoints(points[t]!);
  const base = points[tops]!;
  const bonus = points[tops + 1]!;
  return { total: roundPoints(base + bonus), base: roundPoints(base), bonus: roundPoints(bonus), byCriterion, missing };
}

export type SheetValues = ReadonlyMap<string, number> | Readonly<Record<string, number>>;

/**
 * The arithmetic of one sheet, shared by `sheetTotal` and the columnar scorer (sheet-table.ts): unrounded
 * points per top-level criterion go to `out[0 .. tops - 1]`, the base to `out[tops]`, the bonus to
 * `out[tops + 1]`, each summed in the rubric's leaf order (so both callers round the very same sums).
 * Returns the leaves without a value (a draft; they count as 0). With `ignoreUnknown`, keys that are not
 * leaves are skipped instead of refused: lib/judging's loader passes the stored values as they are, and
 * the database allows a stray value on a parent criterion, which must not be double-counted.
 *
 * Called once per sheet (300,000 times for a round of 100,000 projects), so it allocates nothing for a
 * complete sheet: a complete sheet shares one empty `missing` array, and unknown keys are found by
 * counting (every key must be one of the leaves read) rather than checked one by one.
 */
export function addLeafPoints(rubric: CompiledRubric, values: SheetValues, out: Float64Array, ignoreUnknown: boolean): string[] {
  const map = values instanceof Map ? values : null;
  const record = map ? null : (values as Readonly<Record<string, number>>);
  const tops = rubric.topLevelIds.length;
  for (let t = 0; t < tops + 2; t++) out[t] = 0;
  let missing: string[] = NONE_MISSING;
  let present = 0;
  let base = 0;
  let bonus = 0;
  for (const leaf of rubric.leaves) {
    const value = map ? map.get(leaf.id) : record![leaf.id];
    if (value === undefined) {
      if (missing === NONE_MISSING) missing = [];
      missing.push(leaf.id);
      continue;
    }
    present++;
    if (!(Number.isFinite(value) && value >= 0 && value <= leaf.scaleMax)) throw new RangeError(`score ${value} for ${leaf.id} is outside 0..${leaf.scaleMax}`);
    const leafPoints = (value / leaf.scaleMax) * leaf.weight;
    out[leaf.top]! += leafPoints;
    if (leaf.isBonus) bonus += leafPoints;
    else base += leafPoints;
  }
  out[tops] = base;
  out[tops + 1] = bonus;
  if (ignoreUnknown) return missing;
  let keys = 0;
  if (map) keys = map.size;
  else for (const id in record) keys++; // eslint-disable-line @typescript-eslint/no-unused-vars
  if (keys !== present) {
    if (map) {
      for (const id of map.keys()) if (!rubric.leafIds.has(id)) throw notALeaf(id);
    } else {
      for (const id in record) if (!rubric.leafIds.has(id)) throw notALeaf(id);
    }
  }
  return missing;
}

let scratch = new Float64Array(8);
const scratchFor = (size: number) => (scratch.length >= size ? scratch : (scratch = new Float64Array(size)));
