/**
 * A round's rubric as plain data, mapping one-to-one onto `rubric_criteria` rows: a criterion's `weight` is
 * its points out of the round's 100, a judge scores it on 0..scaleMax, and sub-criteria (one level, via
 * `parentId`) split their parent's points. A bonus criterion (isBonus, top level) adds up to its weight on
 * top of the 100; its sub-criteria, if any, split that bonus.
 *
 * Where the bonus sits is read two ways in practice, and both are accepted: on top of 100 (the schema's
 * reading: 100 + up to 10), or inside it (issue 4's own final-round rubric: 25 + 25 + 20 + 20 and a bonus
 * up to 10, so a team without bonus tops out at 90). Any other sum is a typo and is reported.
 *
 * Validation returns every problem at once, each naming the criterion it concerns, so the organizer's
 * rubric editor can show all of them beside the right rows instead of one at a time.
 */
export type RubricCriterion = {
  id: string;
  parentId: string | null;
  weight: number;
  scaleMax: number;
  isBonus: boolean;
};

export type RubricProblem =
  | { code: 'no_criteria' }
  | { code: 'duplicate_id'; criterionId: string }
  | { code: 'invalid_weight'; criterionId: string; weight: number }
  | { code: 'invalid_scale'; criterionId: string; scaleMax: number }
  | { code: 'unknown_parent'; criterionId: string; parentId: string }
  | { code: 'too_deep'; criterionId: string }
  | { code: 'bonus_mismatch'; criterionId: string }
  | { code: 'multiple_bonus'; criterionIds: string[] }
  | { code: 'children_sum_mismatch'; criterionId: string; expected: number; actual: number }
  | { code: 'total_not_100'; actual: number; bonus: number };

/** Weights are numeric(6,2) in the database: sums are compared in hundredths so 33.33 + 33.33 + 33.34 is 100. */
const hundredths = (points: number) => Math.round(points * 100);

export function validateRubric(criteria: readonly RubricCriterion[]): RubricProblem[] {
  if (criteria.length === 0) return [{ code: 'no_criteria' }];
  const problems: RubricProblem[] = [];
  const byId = new Map<string, RubricCriterion>();
  for (const c of criteria) {
    if (byId.has(c.id)) problems.push({ code: 'duplicate_id', criterionId: c.id });
    byId.set(c.id, c);
    if (!(Number.isFinite(c.weight) && c.weight > 0 && c.weight <= 100)) problems.push({ code: 'invalid_weight', criterionId: c.id, weight: c.weight });
    if (!(Number.isInteger(c.scaleMax) && c.scaleMax >= 1 && c.scaleMax <= 100)) problems.push({ code: 'invalid_scale', criterionId: c.id, scaleMax: c.scaleMax });
  }

  const children = new Map<string, RubricCriterion[]>();
  for (const c of criteria) {
    if (c.parentId === null) continue;
    const parent = byId.get(c.parentId);
    if (!parent) {
      problems.push({ code: 'unknown_parent', criterionId: c.id, parentId: c.parentId });
      continue;
    }
    if (parent.parentId !== null) {
      problems.push({ code: 'too_deep', criterionId: c.id });
      continue;
    }
    // a sub-criterion is bonus exactly when its parent is: otherwise its points would count toward the wrong sum
    if (c.isBonus !== parent.isBonus) problems.push({ code: 'bonus_mismatch', criterionId: c.id });
    children.set(parent.id, [...(children.get(parent.id) ?? []), c]);
  }

  for (const [parentId, kids] of children) {
    const parent = byId.get(parentId)!;
    const actual = kids.reduce((sum, k) => sum + hundredths(k.weight), 0);
    if (actual !== hundredths(parent.weight)) {
      problems.push({ code: 'children_sum_mismatch', criterionId: parentId, expected: parent.weight, actual: actual / 100 });
    }
  }

  const topLevel = criteria.filter((c) => c.parentId === null);
  const bonuses = topLevel.filter((c) => c.isBonus);
  if (bonuses.length > 1) problems.push({ code: 'multiple_bonus', criterionIds: bonuses.map((b) => b.id) });
  const base = topLevel.filter((c) => !c.isBonus).reduce((sum, c) => sum + hundredths(c.weight), 0);
  const bonus = bonuses.reduce((sum, c) => sum + hundredths(c.weight), 0);
  if (base !== 100 * 100 && base + bonus !== 100 * 100) problems.push({ code: 'total_not_100', actual: base / 100, bonus: bonus / 100 });
  return problems;
}
