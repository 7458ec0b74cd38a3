import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judgeStatistics } from '@/lib/scoring/judge-stats';
import type { ScoredSheet } from '@/lib/scoring/panel';
import { mulberry32 } from '@/lib/scoring/prng';
import { computeResults } from '@/lib/scoring/results';
import type { RubricCriterion } from '@/lib/scoring/rubric';
import { SheetTableBuilder, sheetTableOf } from '@/lib/scoring/sheet-table';
import { compileRubric, sheetTotal, type CompiledRubric } from '@/lib/scoring/sheet-total';
import type { TieBreakRule } from '@/lib/scoring/tie-break';

/*
 * The columnar path (SheetTableBuilder, what lib/judging and the scale benchmark use) must give exactly
 * what the object path gives: each sheet scored by `sheetTotal` into a ScoredSheet, then computeResults.
 * Both are compared with toEqual on random rounds, including tie-prone ones and every tie-break rule kind.
 */
const RUNS = Number(process.env.FC_RUNS ?? 0);
const runs = (ci: number) => Math.max(ci, RUNS);

const c = (id: string, weight: number, extra: Partial<RubricCriterion> = {}): RubricCriterion => ({ id, parentId: null, weight, scaleMax: 10, isBonus: false, ...extra });
// A parent with two sub-criteria, plain criteria on two scales, and a bonus: every path of sheetTotal.
const criteria = [c('tech', 40), c('tech.code', 25, { parentId: 'tech' }), c('tech.demo', 15, { parentId: 'tech', scaleMax: 5 }), c('idea', 35), c('fit', 25, { scaleMax: 100 }), c('bonus', 10, { isBonus: true, scaleMax: 3 })];
const compiled = compileRubric(criteria);
if (!compiled.ok) throw new Error('test rubric is invalid');
const rubric: CompiledRubric = compiled.rubric;

type Row = { judgeId: string; projectId: string; values: Record<string, number> };

const round = fc
  .record({ projects: fc.integer({ min: 1, max: 30 }), judges: fc.integer({ min: 1, max: 8 }), seed: fc.integer(), tieProne: fc.boolean(), strayParent: fc.boolean() })
  .map(({ projects: P, judges: J, seed, tieProne, strayParent }) => {
    const random = mulberry32(seed);
    const pick = (max: number) => (tieProne ? Math.floor(random() * 3) * (max / 2) : Math.round(random() * max * 100) / 100);
    const rows: Row[] = [];
    for (let p = 0; p < P; p++) {
      for (let j = 0; j < J; j++) {
        if (random() < 0.4) continue;
        const values: Record<string, number> = {};
        for (const leaf of rubric.leaves) if (random() < 0.95) values[leaf.id] = pick(leaf.scaleMax);
        // The database allows a value on a parent; lib/judging must not count it (the builder ignores it).
        if (strayParent && random() < 0.3) values.tech = 10;
        rows.push({ judgeId: `j${(j * 7 + 3) % 11}-${seed % 5}`, projectId: `p${p}`, values });
      }
    }
    // Rows in any order: as the database happens to return them.
    const shuffled = rows.map((row) => ({ row, r: random() })).sort((a, b) => a.r - b.r).map(({ row }) => row);
    const projects = Array.from({ length: P }, (_, p) => ({ id: `p${p}`, expectedSheets: 1 + Math.floor(random() * J) }));
    const tieBreak: TieBreakRule[] = [
      { kind: 'criterion', criterionId: ['tech', 'idea', 'fit', 'bonus', 'absent'][Math.floor(random() * 5)]! },
      { kind: 'method', method: (['raw_mean', 'z_score', 'rank_sum'] as const)[Math.floor(random() * 3)]! },
      { kind: 'values', name: 'preliminary', values: Object.fromEntries(projects.filter(() => random() < 0.7).map((p) => [p.id, Math.floor(random() * 3)])), better: 'higher' },
    ];
    return { projects, rows: shuffled, tieBreak: tieBreak.slice(0, Math.floor(random() * 4)) };
  });

const leavesOnly = (values: Record<string, number>) => Object.fromEntries(Object.entries(values).filter(([id]) => rubric.leafIds.has(id)));
const asObjects = (rows: readonly Row[]): ScoredSheet[] =>
  rows.map((row) => {
    const t = sheetTotal(rubric, leavesOnly(row.values));
    return { judgeId: row.judgeId, projectId: row.projectId, total: t.total, criterionPoints: t.byCriterion };
  });
const asTable = (rows: readonly Row[], projects: readonly { id: string }[] = [], capacity = 1) => {
  const builder = new SheetTableBuilder(rubric, capacity, projects);
  for (const row of rows) builder.add(row.judgeId, row.projectId, row.values);
  return builder.finish();
};

describe('sheets as a table', () => {
  it('scores each row exactly as sheetTotal does (total and points per top-level criterion)', () => {
    fc.assert(
      fc.property(round, ({ rows }) => {
        const table = asTable(rows);
        expect(table.size).toBe(rows.length);
        const C = table.criterionIds.length;
        rows.forEach((row, i) => {
          const t = sheetTotal(rubric, leavesOnly(row.values));
          expect(table.total[i]).toBe(t.total);
          expect(Object.fromEntries(table.criterionIds.map((id, k) => [id, table.criterionPoints[i * C + k]]))).toEqual(t.byCriterion);
          expect(table.judgeIds[table.judge[i]!]).toBe(row.judgeId);
          expect(table.projectIds[table.project[i]!]).toBe(row.projectId);
        });
      }),
      { numRuns: runs(100) },
    );
  });

  it('gives exactly the results of the object path, seeded with the project list or not', () => {
    fc.assert(
      fc.property(round, ({ projects, rows, tieBreak }) => {
        const expected = computeResults({ projects, sheets: asObjects(rows), tieBreak });
        expect(computeResults({ projects, sheets: asTable(rows, projects), tieBreak })).toEqual(expected);
        expect(computeResults({ projects, sheets: asTable(rows), tieBreak })).toEqual(expected);
      }),
      { numRuns: runs(200) },
    );
  });

  it('gives the same judge statistics as the objects', () => {
    fc.assert(
      fc.property(round, ({ rows }) => {
        expect(judgeStatistics(asTable(rows))).toEqual(judgeStatistics(asObjects(rows)));
      }),
      { numRuns: runs(100) },
    );
  });

  it('ties in a large tie-prone round match too (the ladder settles thousands of groups)', () => {
    const random = mulberry32(7);
    const rows: Row[] = [];
    for (let p = 0; p < 3000; p++)
      for (let t = 0; t < 3; t++) rows.push({ judgeId: `j${(p + t * 37) % 100}`, projectId: `p${p}`, values: { 'tech.code': Math.round(random() * 4) * 2.5, 'tech.demo': 5, idea: 5, fit: 50, bonus: Math.round(random()) } });
    const projects = Array.from({ length: 3000 }, (_, p) => ({ id: `p${p}`, expectedSheets: 3 }));
    const tieBreak: TieBreakRule[] = [{ kind: 'criterion', criterionId: 'bonus' }, { kind: 'method', method: 'raw_mean' }];
    const fromTable = computeResults({ projects, sheets: asTable(rows, projects, rows.length), tieBreak });
    expect(fromTable.rankings.raw_mean.ties.length).toBeGreaterThan(10);
    expect(fromTable).toEqual(computeResults({ projects, sheets: asObjects(rows), tieBreak }));
  });

  it('refuses what the object path refuses', () => {
    const projects = [{ id: 'p1', expectedSheets: 1 }];
    expect(() => asTable([{ judgeId: 'j', projectId: 'p1', values: { idea: 11 } }])).toThrow(RangeError);
    expect(() => computeResults({ projects, sheets: asTable([{ judgeId: 'j', projectId: 'p2', values: { idea: 1 } }], projects) })).toThrow(/unknown project p2/);
    const twice = asTable([
      { judgeId: 'j', projectId: 'p1', values: { idea: 1 } },
      { judgeId: 'j', projectId: 'p1', values: { idea: 2 } },
    ]);
    expect(() => computeResults({ projects, sheets: twice })).toThrow(/two sheets from judge j for project p1/);
    expect(() => computeResults({ projects: [...projects, ...projects], sheets: sheetTableOf([]) })).toThrow(/listed twice/);
  });
});
