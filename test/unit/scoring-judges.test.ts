import { describe, expect, it } from 'vitest';
import { calibrationCheck } from '@/lib/scoring/calibration';
import { judgeStatistics } from '@/lib/scoring/judge-stats';
import type { ScoredSheet } from '@/lib/scoring/panel';
import { mulberry32 } from '@/lib/scoring/prng';

describe('judge statistics', () => {
  // 12 judges, 3 per project; Len adds 15 points to everything, Harsh takes 15 off, the rest add noise.
  const random = mulberry32(11);
  const judges = ['Len', 'Harsh', ...Array.from({ length: 10 }, (_, i) => `j${i}`)];
  const sheets: ScoredSheet[] = [];
  for (let p = 0; p < 120; p++) {
    const quality = 50 + random() * 30;
    // three distinct judges drawn at random, as k-of-n assignment mixes panels
    const panel = new Set<string>();
    while (panel.size < 3) panel.add(judges[Math.floor(random() * judges.length)]!);
    for (const judge of panel) {
      const bias = judge === 'Len' ? 15 : judge === 'Harsh' ? -15 : 0;
      sheets.push({ judgeId: judge, projectId: `p${p}`, total: Math.round((quality + bias + (random() - 0.5) * 10) * 100) / 100 });
    }
  }
  const stats = judgeStatistics(sheets, { threshold: 1 });
  const of = (id: string) => stats.find((s) => s.judgeId === id)!;

  it('measures each judge against the other judges of the same projects and flags the lenient and the harsh', () => {
    expect(of('Len').flag).toBe('lenient');
    expect(of('Harsh').flag).toBe('harsh');
    expect(stats.filter((s) => s.flag !== null).map((s) => s.judgeId).sort()).toEqual(['Harsh', 'Len']);
    expect(of('Len').deviation).toBeGreaterThan(10);
    expect(of('Len').compared).toBe(of('Len').count);
  });

  it('gives count, mean and sd per judge, and does not flag without enough compared sheets', () => {
    const few = judgeStatistics(
      [
        { judgeId: 'a', projectId: 'x', total: 90 },
        { judgeId: 'b', projectId: 'x', total: 50 },
        { judgeId: 'a', projectId: 'y', total: 70 },
        { judgeId: 'c', projectId: 'z', total: 60 },
      ],
      { threshold: 0.1, minSheets: 2 },
    );
    expect(few.map((s) => [s.judgeId, s.count, s.mean, s.sd, s.compared, s.deviation, s.flag])).toEqual([
      ['a', 2, 80, 10, 1, 40, null],
      ['b', 1, 50, 0, 1, -40, null],
      ['c', 1, 60, 0, 0, null, null],
    ]);
  });
});

describe('calibration check', () => {
  it('flags a judge far from the others, measured against the others only', () => {
    const result = calibrationCheck(
      [
        { judgeId: 'a', total: 72 },
        { judgeId: 'b', total: 75 },
        { judgeId: 'c', total: 78 },
        { judgeId: 'd', total: 95 },
      ],
      { threshold: 2 },
    );
    expect(result.map((r) => [r.judgeId, r.status])).toEqual([
      ['a', 'ok'],
      ['b', 'ok'],
      ['c', 'ok'],
      ['d', 'flagged'],
    ]);
    // d against a, b, c: mean 75, sample sd 3 -> 20 / 3
    expect(result[3]!.distance).toBeCloseTo(20 / 3, 9);
    expect(result[3]!.othersMean).toBe(75);
  });

  it('floors the others’ spread when they agree exactly, and needs two others to compare', () => {
    const agree = calibrationCheck(
      [
        { judgeId: 'a', total: 80 },
        { judgeId: 'b', total: 80 },
        { judgeId: 'c', total: 80.5 },
      ],
      { threshold: 2, minSd: 1 },
    );
    expect(agree.map((r) => r.status)).toEqual(['ok', 'ok', 'ok']);
    expect(calibrationCheck([{ judgeId: 'a', total: 10 }, { judgeId: 'b', total: 90 }], { threshold: 2 }).map((r) => r.status)).toEqual(['insufficient', 'insufficient']);
  });
});
