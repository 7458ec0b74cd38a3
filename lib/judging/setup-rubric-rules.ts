import type { CriterionInput } from '@/lib/validation/judging-setup';

/*
 * The rubric editor's rules, as field errors beside the right rows. lib/scoring/rubric.ts (validateRubric)
 * states the same rules for the maths; it was not committed when this was written, and the editor needs
 * messages per row and per form field anyway, so this is the editor's own check over the form's keys.
 *
 * A message with values is written `key?name=value&...`; the rubric form translates it with those values
 * (so "the weights sum to 90, not 100" can say the 90).
 */
export const MAX_BONUS_POINTS = 20;
const E = 'judgingSetup.errors';
const hundredths = (points: number) => Math.round(points * 100);
const fmt = (h: number) => String(h / 100);

export function rubricFieldErrors(criteria: readonly CriterionInput[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  if (criteria.length === 0) {
    add('total', `${E}.rubricEmpty`);
    return errors;
  }
  const index = new Map<string, number>();
  criteria.forEach((c, i) => {
    if (index.has(c.key)) add(`criteria.${i}.nameZh`, `${E}.duplicateRow`);
    index.set(c.key, i);
    if (!c.nameZh && !c.nameEn) add(`criteria.${i}.nameZh`, `${E}.criterionNameRequired`);
  });

  const childSums = new Map<number, number>();
  criteria.forEach((c, i) => {
    if (!c.parentKey) return;
    const p = index.get(c.parentKey);
    if (p === undefined || p === i) return add(`criteria.${i}.parentKey`, `${E}.parentInvalid`);
    const parent = criteria[p]!;
    if (parent.parentKey) return add(`criteria.${i}.parentKey`, `${E}.parentTooDeep`);
    if (c.isBonus !== parent.isBonus) add(`criteria.${i}.isBonus`, `${E}.bonusMismatch`);
    childSums.set(p, (childSums.get(p) ?? 0) + hundredths(c.weight));
  });
  for (const [p, sum] of childSums) {
    const expected = hundredths(criteria[p]!.weight);
    if (sum !== expected) add(`criteria.${p}.weight`, `${E}.childrenSum?actual=${fmt(sum)}&expected=${fmt(expected)}`);
  }

  const bonuses = criteria.map((c, i) => ({ c, i })).filter(({ c }) => c.isBonus && !c.parentKey);
  if (bonuses.length > 1) for (const { i } of bonuses.slice(1)) add(`criteria.${i}.isBonus`, `${E}.oneBonus`);
  for (const { c, i } of bonuses) if (hundredths(c.weight) > MAX_BONUS_POINTS * 100) add(`criteria.${i}.weight`, `${E}.bonusTooLarge?max=${MAX_BONUS_POINTS}`);

  const total = criteria.filter((c) => !c.parentKey && !c.isBonus).reduce((sum, c) => sum + hundredths(c.weight), 0);
  if (total !== 10000) add('total', `${E}.sumNot100?actual=${fmt(total)}`);
  return errors;
}
