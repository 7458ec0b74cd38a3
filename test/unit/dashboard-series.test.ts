import { describe, expect, it } from 'vitest';
import { cumulativeByDay, percentOf } from '@/lib/dashboard/series';

describe('dashboard series', () => {
  it('fills quiet days and runs the total, whatever order the days come in', () => {
    expect(cumulativeByDay([{ day: '2026-03-02', count: 2 }, { day: '2026-02-27', count: 1 }])).toEqual([
      { day: '2026-02-27', added: 1, total: 1 },
      { day: '2026-02-28', added: 0, total: 1 },
      { day: '2026-03-01', added: 0, total: 1 },
      { day: '2026-03-02', added: 2, total: 3 },
    ]);
    expect(cumulativeByDay([])).toEqual([]);
  });

  it('crosses a year end and a leap day', () => {
    expect(cumulativeByDay([{ day: '2027-12-31', count: 1 }, { day: '2028-01-01', count: 1 }]).map((p) => p.total)).toEqual([1, 2]);
    expect(cumulativeByDay([{ day: '2028-02-28', count: 1 }, { day: '2028-03-01', count: 1 }]).map((p) => p.day)).toEqual(['2028-02-28', '2028-02-29', '2028-03-01']);
  });

  it('gives whole percentages and 0 for nothing assigned', () => {
    expect([percentOf(2, 4), percentOf(1, 3), percentOf(0, 0), percentOf(5, 5)]).toEqual([50, 33, 0, 100]);
  });
});
