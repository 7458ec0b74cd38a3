import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateRubric, type RubricCriterion } from '@/lib/scoring/rubric';
import { compileRubric, sheetTotal, type CompiledRubric } from '@/lib/scoring/sheet-total';

const c = (id: string, weight: number, extra: Partial<RubricCriterion> = {}): RubricCriterion => ({ id, parentId: null, weight, scaleMax: 10, isBonus: false, ...extra });

// The two CodeFest rubrics of issue 4 §2.
const preliminary = [
  c('application', 40),
  c('creativity', 20, { parentId: 'application' }),
  c('fit', 20, { parentId: 'application' }),
  c('visual', 30),
  c('technical', 30, { scaleMax: 5 }),
];
const final = [c('application', 25), c('completeness', 25), c('stability', 20), c('visual', 20), c('bonus', 10, { isBonus: true, scaleMax: 100 })];

function compiled(criteria: RubricCriterion[]): CompiledRubric {
  const result = compileRubric(criteria);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.rubric;
}

describe('rubric validation', () => {
  it('accepts both CodeFest rubrics, and weights in hundredths that sum to 100', () => {
    expect(validateRubric(preliminary)).toEqual([]);
    expect(validateRubric(final)).toEqual([]);
    expect(validateRubric([c('a', 33.33), c('b', 33.33), c('c', 33.34)])).toEqual([]);
  });

  it('reports every problem precisely, at once', () => {
    expect(validateRubric([])).toEqual([{ code: 'no_criteria' }]);
    expect(validateRubric([c('a', 40), c('b', 50)])).toEqual([{ code: 'total_not_100', actual: 90, bonus: 0 }]);
    expect(
      validateRubric([
        c('app', 40),
        c('creativity', 20, { parentId: 'app' }),
        c('fit', 15, { parentId: 'app' }),
        c('deep', 5, { parentId: 'fit' }),
        c('orphan', 5, { parentId: 'missing' }),
        c('rest', 60),
        c('bonus', 5, { isBonus: true }),
        c('bonus2', 5, { isBonus: true }),
        c('notBonus', 5, { parentId: 'bonus' }),
        c('bad', 0, { scaleMax: 0 }),
        c('rest', 1),
      ]),
    ).toEqual(
      expect.arrayContaining([
        { code: 'duplicate_id', criterionId: 'rest' },
        { code: 'invalid_weight', criterionId: 'bad', weight: 0 },
        { code: 'invalid_scale', criterionId: 'bad', scaleMax: 0 },
        { code: 'too_deep', criterionId: 'deep' },
        { code: 'unknown_parent', criterionId: 'orphan', parentId: 'missing' },
        { code: 'bonus_mismatch', criterionId: 'notBonus' },
        { code: 'children_sum_mismatch', criterionId: 'app', expected: 40, actual: 35 },
        { code: 'multiple_bonus', criterionIds: ['bonus', 'bonus2'] },
      ]),
    );
  });

  it('accepts a bonus on top of 100 or inside it, and nothing else', () => {
    expect(validateRubric([c('a', 100), c('bonus', 10, { isBonus: true })])).toEqual([]);
    expect(validateRubric([c('a', 90), c('bonus', 10, { isBonus: true })])).toEqual([]);
    expect(validateRubric([c('a', 95), c('bonus', 10, { isBonus: true })])).toEqual([{ code: 'total_not_100', actual: 95, bonus: 10 }]);
  });
});

describe('sheet total', () => {
  it('weights each leaf by its points over its own scale', () => {
    // creativity 7/10 of 20 = 14, fit 10/10 of 20 = 20, visual 5/10 of 30 = 15, technical 4/5 of 30 = 24
    const total = sheetTotal(compiled(preliminary), { creativity: 7, fit: 10, visual: 5, technical: 4 });
    expect(total).toEqual({ total: 73, base: 73, bonus: 0, byCriterion: { application: 34, visual: 15, technical: 24 }, missing: [] });
  });

  it('adds the bonus to the base, up to its points', () => {
    const rubric = compiled(final);
    expect(rubric.maxBonus).toBe(10);
    const full = sheetTotal(rubric, new Map([['application', 10], ['completeness', 10], ['stability', 10], ['visual', 10], ['bonus', 100]]));
    expect(full).toMatchObject({ total: 100, base: 90, bonus: 10 });
    expect(sheetTotal(rubric, { application: 8, completeness: 8, stability: 8, visual: 8, bonus: 35 })).toMatchObject({ total: 75.5, base: 72, bonus: 3.5 });
  });

  it('lists the missing leaves of a draft and counts them as 0', () => {
    expect(sheetTotal(compiled(preliminary), { creativity: 10 })).toMatchObject({ total: 20, missing: ['fit', 'visual', 'technical'] });
  });

  it('throws on a value the database would refuse, or on a parent criterion', () => {
    const rubric = compiled(preliminary);
    expect(() => sheetTotal(rubric, { technical: 6 })).toThrow(RangeError);
    expect(() => sheetTotal(rubric, { visual: -1 })).toThrow(RangeError);
    expect(() => sheetTotal(rubric, { application: 5 })).toThrow(RangeError);
  });

  it('stays within 0..base + bonus and is exact to the micro-point for any scores (property)', () => {
    const rubric = compiled(final);
    const score = fc.integer({ min: 0, max: 1000 }).map((x) => x / 100);
    fc.assert(
      fc.property(score, score, score, score, fc.integer({ min: 0, max: 100 }), (a, b, s, v, bonus) => {
        const t = sheetTotal(rubric, { application: a, completeness: b, stability: s, visual: v, bonus });
        expect(t.total).toBeGreaterThanOrEqual(0);
        expect(t.total).toBeLessThanOrEqual(100);
        expect(Math.abs(t.total - (a * 2.5 + b * 2.5 + s * 2 + v * 2 + bonus / 10))).toBeLessThan(1e-6);
        expect(Number.isInteger(Math.round(t.total * 1e6))).toBe(true);
      }),
    );
  });
});
