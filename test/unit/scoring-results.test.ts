import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScoredSheet } from '@/lib/scoring/panel';
import { mulberry32 } from '@/lib/scoring/prng';
import { computeResults, type ResultsInput } from '@/lib/scoring/results';

const RUNS = Number(process.env.FC_RUNS ?? 0);
const runs = (ci: number) => Math.max(ci, RUNS);

const sheet = (judgeId: string, projectId: string, total: number, criterionPoints?: Record<string, number>): ScoredSheet => ({ judgeId, projectId, total, criterionPoints });
const projects = (ids: string[], expectedSheets = 3) => ids.map((id) => ({ id, expectedSheets }));
const byProject = <T extends { projectId: string }>(entries: T[]) => Object.fromEntries(entries.map((e) => [e.projectId, e]));

// Three judges score all four projects; C is lenient and uses only 93..96.
const table = [
  ['A', [80, 70, 60, 50]],
  ['B', [90, 85, 60, 70]],
  ['C', [95, 94, 96, 93]],
] as const;
const tableInput: ResultsInput = {
  projects: projects(['p1', 'p2', 'p3', 'p4']),
  sheets: table.flatMap(([judge, totals]) => totals.map((t, i) => sheet(judge, `p${i + 1}`, t))),
};

describe('the three methods on a hand-computed panel', () => {
  const results = computeResults(tableInput);

  it('raw mean', () => {
    const raw = byProject(results.rankings.raw_mean.entries);
    expect(raw.p1!.value).toBeCloseTo(265 / 3, 9);
    expect([raw.p2!.value, raw.p3!.value, raw.p4!.value]).toEqual([83, 72, 71]);
    expect(results.rankings.raw_mean.entries.map((e) => [e.projectId, e.position])).toEqual([['p1', 1], ['p2', 2], ['p3', 3], ['p4', 4]]);
  });

  it('rank-sum: ranks per judge summed; with every judge on every project the score is the mean rank', () => {
    const rank = results.rankings.rank_sum.entries;
    expect(rank.map((e) => e.projectId)).toEqual(['p1', 'p2', 'p3', 'p4']);
    // A: 1 2 3 4, B: 1 2 4 3, C: 2 3 1 4
    expect(rank.map((e) => e.value)).toEqual([4 / 3, 7 / 3, 8 / 3, 11 / 3].map((x) => expect.closeTo(x, 9)));
  });

  it('z-score: mean of each judge’s standardised totals, shown as panel level + typical spread × z̄', () => {
    const sdA = Math.sqrt(125);
    const sdB = Math.sqrt(568.75 / 4);
    const sdC = Math.sqrt(1.25);
    const z1 = (15 / sdA + 13.75 / sdB + 0.5 / sdC) / 3;
    const level = (80 + 70 + 60 + 50 + 90 + 85 + 60 + 70 + 95 + 94 + 96 + 93) / 12;
    const spread = Math.sqrt((sdA ** 2 + sdB ** 2 + sdC ** 2) / 3);
    expect(byProject(results.rankings.z_score.entries).p1!.value).toBeCloseTo(level + spread * z1, 7);
    expect(results.uninformativeJudges).toEqual([]);
  });

  it('compares the methods side by side', () => {
    expect(results.comparison.sameWinners).toBe(true);
    expect(results.comparison.disagreements).toEqual([]);
    expect(results.comparison.agreement.every((a) => a.spearman === 1)).toBe(true);
  });
});

describe('normalisation in k-of-n panels', () => {
  it('rank-sum scales each rank by the judge’s list: first of 4 beats first of 2, and a missing sheet is no advantage', () => {
    const r = computeResults({
      projects: projects(['a1', 'a2', 'a3', 'a4', 'b1', 'b2'], 1),
      sheets: [sheet('A', 'a1', 90), sheet('A', 'a2', 80), sheet('A', 'a3', 70), sheet('A', 'a4', 60), sheet('B', 'b1', 90), sheet('B', 'b2', 80)],
    });
    expect(r.rankings.rank_sum.entries.map((e) => e.projectId)).toEqual(['a1', 'b1', 'a2', 'a3', 'b2', 'a4']);
    expect(byProject(r.rankings.rank_sum.entries).b1!.value).toBeCloseTo(0.25 * 6 + 0.5, 9);
  });

  it('z-scores see through judge severity that raw means take at face value (synthetic panel with a known truth)', () => {
    const random = mulberry32(4);
    const P = 200;
    const J = 20;
    const bias = Array.from({ length: J }, () => (random() - 0.5) * 40); // judges differ by up to 40 points
    const quality = Array.from({ length: P }, () => 40 + random() * 40);
    const sheets: ScoredSheet[] = [];
    for (let p = 0; p < P; p++) for (let t = 0; t < 3; t++) sheets.push(sheet(`j${(p * 7 + t * 5) % J}`, `p${p}`, Math.round((quality[p]! + bias[(p * 7 + t * 5) % J]! + (random() - 0.5) * 6) * 100) / 100));
    const r = computeResults({ projects: Array.from({ length: P }, (_, p) => ({ id: `p${p}`, expectedSheets: 3 })), sheets });
    const truth = new Map(Array.from({ length: P }, (_, p) => [`p${p}`, quality[p]!]));
    const agreement = (method: 'raw_mean' | 'z_score') => {
      const order = r.rankings[method].entries.map((e) => truth.get(e.projectId)!);
      let concordant = 0;
      for (let i = 0; i < P; i++) for (let j = i + 1; j < P; j++) concordant += order[i]! > order[j]! ? 1 : 0;
      return concordant / ((P * (P - 1)) / 2);
    };
    expect(agreement('z_score')).toBeGreaterThan(agreement('raw_mean') + 0.05);
    expect(r.comparison.disagreements.length).toBeGreaterThan(0);
  });

  it('counts a one-sheet or all-equal judge as z = 0 and names them', () => {
    const r = computeResults({
      projects: projects(['p1', 'p2', 'p3'], 2),
      sheets: [sheet('A', 'p1', 90), sheet('A', 'p2', 70), sheet('Flat', 'p1', 50), sheet('Flat', 'p2', 50), sheet('Flat', 'p3', 50), sheet('Once', 'p3', 99)],
    });
    expect(r.uninformativeJudges).toEqual(['Flat', 'Once']);
    const z = r.rankings.z_score.entries;
    expect(z.map((e) => e.projectId)).toEqual(['p1', 'p3', 'p2']);
    // p3: Flat's 0 and Once's 0, so exactly the panel level; p1: A's +1 and Flat's 0
    expect(r.zScale.level).toBeCloseTo((90 + 70 + 50 * 3 + 99) / 6, 9);
    expect(r.zScale.spread).toBeCloseTo(10, 9); // only A counts: sd of 90, 70
    expect(byProject(z).p3!.value).toBe(r.zScale.level);
    expect(byProject(z).p1!.value).toBeCloseTo(r.zScale.level + 10 * 0.5, 9);
  });
});

describe('the side-by-side comparison', () => {
  it('lists where the methods disagree, the largest spread first, and whether the winners differ', () => {
    // A is harsh, B lenient, each on their own two projects.
    const r = computeResults({
      projects: projects(['a1', 'a2', 'b1', 'b2'], 1),
      sheets: [sheet('A', 'a1', 60), sheet('A', 'a2', 50), sheet('B', 'b1', 95), sheet('B', 'b2', 90)],
    });
    expect(r.comparison.disagreements).toEqual([
      { projectId: 'a1', positions: { raw_mean: 3, z_score: 1, rank_sum: 1 }, spread: 2 },
      { projectId: 'b2', positions: { raw_mean: 2, z_score: 3, rank_sum: 3 }, spread: 1 },
      { projectId: 'a2', positions: { raw_mean: 4, z_score: 3, rank_sum: 3 }, spread: 1 },
    ]);
    expect(r.comparison.sameWinners).toBe(false);
    expect(r.rankings.z_score.ties).toEqual([{ position: 1, projectIds: ['a1', 'b1'] }, { position: 3, projectIds: ['a2', 'b2'] }]);
  });
});

describe('flags, ties and the tie-break ladder', () => {
  it('flags projects short of sheets and lists projects without any last, unranked', () => {
    const r = computeResults({ projects: projects(['p1', 'p2', 'p3'], 2), sheets: [sheet('A', 'p1', 80), sheet('B', 'p1', 70), sheet('A', 'p2', 90)] });
    expect(r.rankings.raw_mean.entries.map((e) => [e.projectId, e.position, e.isShort])).toEqual([['p2', 1, true], ['p1', 2, false], ['p3', null, true]]);
    expect(r.shortProjects).toEqual([{ projectId: 'p2', sheets: 1, expectedSheets: 2 }, { projectId: 'p3', sheets: 0, expectedSheets: 2 }]);
  });

  // p1..p4 all have raw mean 80; the technical criterion splits p1 from the rest, the preliminary round
  // splits p2 from p3 and p4, and p3 and p4 stay tied: shared place, returned for the panel to decide.
  const tied: ResultsInput = {
    projects: projects(['p1', 'p2', 'p3', 'p4', 'p5'], 2),
    sheets: [
      sheet('A', 'p1', 80, { tech: 30 }), sheet('B', 'p1', 80, { tech: 28 }),
      sheet('A', 'p2', 70, { tech: 20 }), sheet('B', 'p2', 90, { tech: 20 }),
      sheet('A', 'p3', 90, { tech: 20 }), sheet('B', 'p3', 70, { tech: 20 }),
      sheet('A', 'p4', 80, { tech: 20 }), sheet('B', 'p4', 80, { tech: 20 }),
      sheet('A', 'p5', 60, { tech: 30 }), sheet('B', 'p5', 60, { tech: 30 }),
    ],
  };

  it('reports a tie it cannot settle as a group sharing one place, never broken silently', () => {
    const raw = computeResults(tied).rankings.raw_mean;
    expect(raw.entries.map((e) => e.position)).toEqual([1, 1, 1, 1, 5]);
    expect(raw.ties).toEqual([{ position: 1, projectIds: ['p1', 'p2', 'p3', 'p4'] }]);
  });

  it('applies the ladder in order and says which rule settled each place', () => {
    const raw = computeResults({
      ...tied,
      tieBreak: [
        { kind: 'criterion', criterionId: 'tech' },
        { kind: 'values', name: 'preliminary', values: { p2: 3, p3: 5 }, better: 'lower' },
      ],
    }).rankings.raw_mean;
    expect(raw.entries.map((e) => [e.projectId, e.position, e.decidedBy, e.tieGroup])).toEqual([
      ['p1', 1, 0, null],
      ['p2', 2, 1, null],
      ['p3', 3, 1, null],
      ['p4', 4, 1, null], // no preliminary figure: after those with one
      ['p5', 5, null, null],
    ]);
    expect(raw.ties).toEqual([]);
  });

  it('can break a rank-sum tie with the raw mean, and leaves an exact tie under every rule', () => {
    const r = computeResults({
      projects: projects(['p1', 'p2', 'p3'], 1),
      sheets: [sheet('A', 'p1', 90), sheet('B', 'p2', 80), sheet('C', 'p3', 80)],
      tieBreak: [{ kind: 'method', method: 'raw_mean' }],
    });
    expect(r.rankings.rank_sum.entries.map((e) => [e.projectId, e.position, e.tieGroup])).toEqual([['p1', 1, null], ['p2', 2, 0], ['p3', 2, 0]]);
    expect(r.rankings.rank_sum.ties).toEqual([{ position: 2, projectIds: ['p2', 'p3'] }]);
  });
});

/** A random panel: each project scored by a random subset of judges, totals with two decimals. */
const panel = fc
  .record({ projects: fc.integer({ min: 2, max: 25 }), judges: fc.integer({ min: 2, max: 7 }), seed: fc.integer(), tieProne: fc.boolean() })
  .map(({ projects: P, judges: J, seed, tieProne }) => {
    const random = mulberry32(seed);
    const sheets: ScoredSheet[] = [];
    for (let p = 0; p < P; p++) {
      for (let j = 0; j < J; j++) {
        if (random() < 0.5 && !(j === 0 && p < 2)) continue; // judge j0 always has two projects
        const total = tieProne ? Math.floor(random() * 4) * 25 : Math.round(random() * 10000) / 100;
        sheets.push(sheet(`j${j}`, `p${p}`, total, { c: Math.floor(random() * 3) * 10 }));
      }
    }
    return { projects: Array.from({ length: P }, (_, p) => ({ id: `p${p}`, expectedSheets: 2 })), sheets, tieBreak: [{ kind: 'criterion' as const, criterionId: 'c' }] };
  });

const transformJudge = (input: ResultsInput, judge: string, f: (t: number) => number): ResultsInput => ({
  ...input,
  sheets: input.sheets.map((s) => (s.judgeId === judge ? { ...s, total: f(s.total) } : s)),
});

describe('properties', () => {
  it('z-scores do not move when one judge adds a constant to, or multiplies, all their totals', () => {
    fc.assert(
      fc.property(panel, fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: 1, max: 12 }), (input, shift, quarter) => {
        const meanZ = (r: ReturnType<typeof computeResults>) =>
          r.rankings.z_score.entries.map((e) => (e.value === null || r.zScale.spread === 0 ? null : (e.value - r.zScale.level) / r.zScale.spread));
        const original = computeResults(input);
        const transformed = computeResults(transformJudge(input, 'j0', (t) => (t * quarter) / 4 + shift / 100));
        const [before, after] = [original.rankings.z_score, transformed.rankings.z_score];
        meanZ(transformed).forEach((z, i) => (z === null ? expect(meanZ(original)[i]).toBeNull() : expect(z).toBeCloseTo(meanZ(original)[i]!, 9)));
        expect(after.entries.map((e) => [e.projectId, e.position, e.tieGroup])).toEqual(before.entries.map((e) => [e.projectId, e.position, e.tieGroup]));
      }),
      { numRuns: runs(200) },
    );
  });

  it('rank-sum does not move under any increasing transform of one judge’s totals', () => {
    const transforms = [(t: number) => t ** 3 / 1000 + 7, (t: number) => Math.round(Math.sqrt(t) * 100) / 100 + 1000, (t: number) => t * 2 - 40];
    fc.assert(
      fc.property(panel, fc.integer({ min: 0, max: 2 }), (input, which) => {
        // sqrt rounded to two decimals merges nearby totals: only strictly increasing transforms count here
        const f = transforms[which]!;
        const totals = [...new Set(input.sheets.filter((s) => s.judgeId === 'j0').map((s) => s.total))].sort((a, b) => a - b);
        fc.pre(totals.every((t, i) => i === 0 || f(t) > f(totals[i - 1]!)));
        const before = computeResults(input).rankings.rank_sum;
        const after = computeResults(transformJudge(input, 'j0', f)).rankings.rank_sum;
        expect(after.entries.map((e) => e.value)).toEqual(before.entries.map((e) => e.value));
        expect(after.entries.map((e) => [e.projectId, e.position])).toEqual(before.entries.map((e) => [e.projectId, e.position]));
      }),
      { numRuns: runs(200) },
    );
  });

  it('the order of the input rows changes nothing at all', () => {
    fc.assert(
      fc.property(panel, fc.integer(), (input, seed) => {
        const random = mulberry32(seed);
        const shuffle = <T>(xs: readonly T[]) => xs.map((x) => ({ x, r: random() })).sort((a, b) => a.r - b.r).map(({ x }) => x);
        expect(computeResults({ ...input, sheets: shuffle(input.sheets), projects: shuffle(input.projects) })).toEqual(computeResults(input));
      }),
      { numRuns: runs(200) },
    );
  });

  it('every ranking places each project once, in order, with tie groups exactly where keys and ladder are equal', () => {
    fc.assert(
      fc.property(panel, (input) => {
        const r = computeResults(input);
        for (const ranking of Object.values(r.rankings)) {
          expect(ranking.entries.map((e) => e.projectId).sort()).toEqual(input.projects.map((p) => p.id).sort());
          const positions = ranking.entries.map((e) => e.position).filter((x): x is number => x !== null);
          positions.forEach((pos, i) => expect(pos).toBe(i === 0 || positions[i - 1] !== pos ? i + 1 : positions[i - 1]));
          for (const group of ranking.ties) expect(new Set(group.projectIds.map((id) => ranking.entries.find((e) => e.projectId === id)!.value)).size).toBe(1);
        }
      }),
      { numRuns: runs(200) },
    );
  });
});
