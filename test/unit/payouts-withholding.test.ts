import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditDiff } from '@/lib/audit-viewer/diff';
import { DEFAULT_WITHHOLDING, totalOf, withholdingFor } from '@/lib/payouts/withholding';

describe('withholdingFor', () => {
  it.each([
    [20000, 0, 20000],
    [20001, 2000, 18001],
    [50000, 5000, 45000],
    [33333, 3333, 30000],
    [0, 0, 0],
  ])('gross %i at 10%% above NT$20,000 withholds %i, pays %i', (gross, withheld, net) => {
    expect(withholdingFor(gross, DEFAULT_WITHHOLDING)).toEqual({ gross, withheld, net });
  });

  it('rounds down with a fractional rate (8.5%)', () => {
    expect(withholdingFor(30001, { rateBp: 850, threshold: 0 })).toEqual({ gross: 30001, withheld: 2550, net: 27451 });
  });

  it('refuses a fraction of a dollar or a negative gross', () => {
    expect(() => withholdingFor(1.5, DEFAULT_WITHHOLDING)).toThrow(RangeError);
    expect(() => withholdingFor(-1, DEFAULT_WITHHOLDING)).toThrow(RangeError);
  });

  it('always adds up, never withholds more than the rate, and totals add up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 1_000_000 }), (gross, rateBp, threshold) => {
        const line = withholdingFor(gross, { rateBp, threshold });
        expect(line.withheld + line.net).toBe(gross);
        expect(line.withheld).toBeGreaterThanOrEqual(0);
        expect(line.withheld * 10_000).toBeLessThanOrEqual(gross * rateBp);
        if (gross <= threshold) expect(line.withheld).toBe(0);
      }),
    );
    expect(totalOf([withholdingFor(30000, DEFAULT_WITHHOLDING), withholdingFor(10000, DEFAULT_WITHHOLDING)])).toEqual({ gross: 40000, withheld: 3000, net: 37000 });
  });
});

describe('auditDiff', () => {
  it('lists changed fields first, then unchanged ones of the whole row recorded before', () => {
    expect(auditDiff({ before: { name: 'A', position: 1, slug: 's' }, after: { name: 'B', position: 1 } })).toEqual([
      { field: 'name', before: 'A', after: 'B', isChanged: true },
      { field: 'position', before: '1', after: '1', isChanged: false },
      { field: 'slug', before: 's', after: null, isChanged: false },
    ]);
  });

  it('reads a creation (flat values, or before null) and a deletion (before only)', () => {
    expect(auditDiff({ name: 'X', tags: ['a'] })).toEqual([
      { field: 'name', before: null, after: 'X', isChanged: true },
      { field: 'tags', before: null, after: '["a"]', isChanged: true },
    ]);
    expect(auditDiff({ before: null, after: { status: 'pr_opened' } })).toEqual([{ field: 'status', before: null, after: 'pr_opened', isChanged: true }]);
    expect(auditDiff({ before: { status: 'merged' } })).toEqual([{ field: 'status', before: 'merged', after: null, isChanged: true }]);
    expect(auditDiff(null)).toEqual([]);
  });
});
