import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignJudges, type AssignmentInput, type AssignmentOutcome, type JudgePair } from '@/lib/scoring/assignment';
import { mulberry32 } from '@/lib/scoring/prng';

/** Property runs: light in CI, heavier with FC_RUNS=200 (or more) locally. */
const RUNS = Number(process.env.FC_RUNS ?? 0);
const runs = (ci: number) => Math.max(ci, RUNS);

type Shape = { projects: number; judges: number; k: number; tracks: number; conflictRate: number; seed: number };

/** A random round: projects spread over tracks, some judges assigned to one or two tracks, random conflicts. */
function instance(shape: Shape): AssignmentInput {
  const random = mulberry32(shape.seed);
  const pick = (n: number) => Math.floor(random() * n);
  const track = (t: number) => `t${t}`;
  const projects = Array.from({ length: shape.projects }, (_, i) => ({ id: `p${i}`, trackId: shape.tracks ? track(pick(shape.tracks)) : null }));
  const judges = Array.from({ length: shape.judges }, (_, i) => ({
    id: `j${i}`,
    trackIds: shape.tracks && random() < 0.6 ? [...new Set([track(pick(shape.tracks)), track(pick(shape.tracks))])] : null,
  }));
  const conflicts: JudgePair[] = [];
  for (const p of projects) for (const j of judges) if (random() < shape.conflictRate) conflicts.push({ judgeId: j.id, projectId: p.id });
  return { mode: 'k_judges', k: shape.k, seed: shape.seed, projects, judges, conflicts };
}

const key = (p: JudgePair) => `${p.judgeId}|${p.projectId}`;

function eligible(input: AssignmentInput, judgeId: string, projectId: string): boolean {
  const judge = input.judges.find((j) => j.id === judgeId)!;
  const project = input.projects.find((p) => p.id === projectId)!;
  if (input.conflicts?.some((c) => c.judgeId === judgeId && c.projectId === projectId)) return false;
  return !judge.trackIds?.length || (!!project.trackId && judge.trackIds.includes(project.trackId));
}

/** Coverage, conflicts and tracks, checked from the input alone (slow but obviously right: small instances). */
function checkValidity(input: AssignmentInput, out: AssignmentOutcome) {
  const all = [...(input.existing ?? []), ...out.added];
  expect(new Set(all.map(key)).size).toBe(all.length); // nothing assigned twice
  for (const pair of out.added) expect(eligible(input, pair.judgeId, pair.projectId)).toBe(true);
  for (const project of input.projects) {
    const have = all.filter((a) => a.projectId === project.id).length;
    const existing = (input.existing ?? []).filter((a) => a.projectId === project.id).length;
    const free = input.judges.filter((j) => eligible(input, j.id, project.id) && !input.existing?.some((e) => e.judgeId === j.id && e.projectId === project.id)).length;
    expect(have).toBe(Math.max(existing, Math.min(input.k!, existing + free)));
  }
}

/**
 * The oracle for balance: by max-flow, the lowest possible highest load and the highest possible lowest
 * load over every assignment that keeps the existing pairs and gives each project its coverage.
 */
function optimalLoads(input: AssignmentInput): { minMax: number; maxMin: number } {
  const P = input.projects.length;
  const J = input.judges.length;
  const existing = new Set((input.existing ?? []).map(key));
  const base = input.judges.map((j) => (input.existing ?? []).filter((e) => e.judgeId === j.id).length);
  const can = input.projects.map((p) => input.judges.map((j) => !existing.has(`${j.id}|${p.id}`) && eligible(input, j.id, p.id)));
  const need = input.projects.map((p, i) => Math.max(0, Math.min(input.k! - (input.existing ?? []).filter((e) => e.projectId === p.id).length, can[i]!.filter(Boolean).length)));
  const total = need.reduce((a, b) => a + b, 0);
  const flow = (judgeCap: number[]) => {
    const n = 2 + P + J;
    const cap = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (let p = 0; p < P; p++) {
      cap[0]![2 + p] = need[p]!;
      for (let j = 0; j < J; j++) if (can[p]![j]) cap[2 + p]![2 + P + j] = 1;
    }
    for (let j = 0; j < J; j++) cap[2 + P + j]![1] = judgeCap[j]!;
    let sum = 0;
    for (;;) {
      const seen = new Array<boolean>(n).fill(false);
      const push = (u: number): boolean => {
        if (u === 1) return true;
        seen[u] = true;
        for (let v = 0; v < n; v++) if (!seen[v] && cap[u]![v]! > 0 && push(v)) return (cap[u]![v]!--, cap[v]![u]!++, true);
        return false;
      };
      if (!push(0)) return sum;
      sum++;
    }
  };
  let minMax = Math.max(0, ...base);
  while (flow(base.map((b) => minMax - b)) < total) minMax++;
  let maxMin = Math.min(...base);
  for (;;) {
    const demand = base.map((b) => Math.max(0, maxMin + 1 - b));
    if (flow(demand) < demand.reduce((a, b) => a + b, 0)) break;
    maxMin++;
  }
  return { minMax, maxMin };
}

const loads = (out: AssignmentOutcome) => out.loads.map((l) => l.total);

describe('assignJudges, k judges per project', () => {
  it('matches the max-flow optimum of the highest and the lowest load, with coverage, conflicts and tracks (property, small instances)', () => {
    const shape = fc.record({
      projects: fc.integer({ min: 1, max: 24 }),
      judges: fc.integer({ min: 1, max: 8 }),
      k: fc.integer({ min: 1, max: 4 }),
      tracks: fc.integer({ min: 0, max: 3 }),
      conflictRate: fc.constantFrom(0, 0.1, 0.3),
      seed: fc.integer(),
    });
    fc.assert(
      fc.property(shape, fc.integer({ min: 0, max: 6 }), (s, existingCount) => {
        const input = instance(s);
        // Some pairs already assigned, possibly by hand (even conflicted ones): kept, counted, reported.
        const first = assignJudges(input);
        const existing = first.added.slice(0, existingCount);
        const rerun = { ...input, seed: s.seed + 1, existing };
        const out = assignJudges(rerun);
        checkValidity(rerun, out);
        const optimum = optimalLoads(rerun);
        expect(Math.max(...loads(out))).toBe(optimum.minMax);
        expect(Math.min(...loads(out))).toBe(optimum.maxMin);
      }),
      { numRuns: runs(150) },
    );
  });

  it('on large rounds (up to 1,000 × 100): coverage k, no conflict, tracks kept, loads within ±1 of the mean without tracks; deterministic in any input order (property)', () => {
    const shape = fc.record({
      projects: fc.integer({ min: 200, max: 1000 }),
      judges: fc.integer({ min: 20, max: 100 }),
      k: fc.integer({ min: 1, max: 5 }),
      tracks: fc.constantFrom(0, 0, 4),
      conflictRate: fc.constantFrom(0, 0.01, 0.03),
      seed: fc.integer(),
    });
    fc.assert(
      fc.property(shape, (s) => {
        const input = instance(s);
        const out = assignJudges(input);
        const conflicts = new Set(input.conflicts!.map(key));
        const judges = new Map(input.judges.map((j) => [j.id, j]));
        const projects = new Map(input.projects.map((p) => [p.id, p]));
        const count = new Map<string, number>();
        for (const a of out.added) {
          expect(conflicts.has(key(a))).toBe(false);
          const tracks = judges.get(a.judgeId)!.trackIds;
          if (tracks?.length) expect(tracks).toContain(projects.get(a.projectId)!.trackId);
          count.set(a.projectId, (count.get(a.projectId) ?? 0) + 1);
        }
        expect(new Set(out.added.map(key)).size).toBe(out.added.length);
        const short = new Set(out.shortfalls.map((x) => x.projectId));
        for (const p of input.projects) if (!short.has(p.id)) expect(count.get(p.id)).toBe(s.k);
        if (s.tracks === 0) for (const l of loads(out)) expect(Math.abs(l - out.meanLoad)).toBeLessThanOrEqual(1);

        const shuffled = { ...input, projects: [...input.projects].reverse(), judges: [...input.judges].reverse(), conflicts: [...input.conflicts!].reverse() };
        expect(assignJudges(shuffled).added).toEqual(out.added);
      }),
      { numRuns: runs(6) },
    );
  });

  it('is incremental: a late project and a new judge leave every earlier pair as it was (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 60 }), fc.integer({ min: 3, max: 12 }), fc.integer({ min: 1, max: 3 }), fc.integer(), (P, J, k, seed) => {
        const input = instance({ projects: P, judges: J, k, tracks: 0, conflictRate: 0.05, seed });
        const first = assignJudges(input);
        // A new judge alone: every project is already covered (or short for want of eligible judges, whom
        // the new judge may now fill), nothing is moved.
        const withJudge = { ...input, judges: [...input.judges, { id: 'late-judge' }], existing: first.added };
        const second = assignJudges(withJudge);
        expect(second.added.every((a) => a.judgeId === 'late-judge')).toBe(true);
        expect(second.added.map((a) => a.projectId).sort()).toEqual(first.shortfalls.map((s) => s.projectId).sort());
        // Late projects: only they get new pairs, k each where possible, and the loads stay as even as the
        // kept pairs allow (the same optimum as the oracle).
        const late = Array.from({ length: 4 }, (_, i) => ({ id: `late-${i}`, trackId: null }));
        const withProjects = { ...withJudge, projects: [...input.projects, ...late], existing: [...first.added, ...second.added] };
        const third = assignJudges(withProjects);
        expect(new Set(third.added.map((a) => a.projectId))).toEqual(new Set(late.map((p) => p.id)));
        checkValidity(withProjects, third);
        expect(Math.max(...loads(third))).toBe(optimalLoads(withProjects).minMax);
      }),
      { numRuns: runs(40) },
    );
  });

  it('gives the same pairs for the same seed, other pairs for another seed', () => {
    const input = instance({ projects: 60, judges: 12, k: 3, tracks: 0, conflictRate: 0.05, seed: 7 });
    expect(assignJudges(input)).toEqual(assignJudges(input));
    expect(assignJudges({ ...input, seed: 8 }).added).not.toEqual(assignJudges(input).added);
  });

  it('reports short projects and existing pairs that are now conflicted, and ignores pairs naming strangers', () => {
    const out = assignJudges({
      mode: 'k_judges',
      k: 3,
      seed: 1,
      projects: [{ id: 'a' }, { id: 'b' }],
      judges: [{ id: 'x' }, { id: 'y' }, { id: 'z' }],
      conflicts: [
        { judgeId: 'x', projectId: 'a' },
        { judgeId: 'y', projectId: 'b' },
      ],
      existing: [
        { judgeId: 'y', projectId: 'b' },
        { judgeId: 'gone', projectId: 'a' },
      ],
    });
    expect(out.shortfalls).toEqual([{ projectId: 'a', assigned: 2, wanted: 3 }]);
    expect(out.conflictingExisting).toEqual([{ judgeId: 'y', projectId: 'b' }]);
    expect(out.ignoredExisting).toEqual([{ judgeId: 'gone', projectId: 'a' }]);
    expect(out.added).toEqual([
      { judgeId: 'y', projectId: 'a' },
      { judgeId: 'z', projectId: 'a' },
      { judgeId: 'x', projectId: 'b' },
      { judgeId: 'z', projectId: 'b' },
    ]);
  });

  it('assigns 1,000 projects × 100 judges (k = 3, tracks and conflicts) in under a second', () => {
    const input = instance({ projects: 1000, judges: 100, k: 3, tracks: 4, conflictRate: 0.02, seed: 2026 });
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      assignJudges(input);
      best = Math.min(best, performance.now() - started);
    }
    expect(best).toBeLessThan(1000);
  });
});

describe('assignJudges, every judge', () => {
  it('gives each judge every project they may judge, and flags a project nobody may judge', () => {
    const out = assignJudges({
      mode: 'all',
      seed: 1,
      projects: [{ id: 'a', trackId: 'health' }, { id: 'b', trackId: 'transport' }, { id: 'c', trackId: 'health' }],
      judges: [{ id: 'x', trackIds: ['health'] }, { id: 'y' }],
      conflicts: [{ judgeId: 'y', projectId: 'b' }],
      existing: [{ judgeId: 'y', projectId: 'a' }],
    });
    expect(out.added).toEqual([
      { judgeId: 'x', projectId: 'a' },
      { judgeId: 'x', projectId: 'c' },
      { judgeId: 'y', projectId: 'c' },
    ]);
    expect(out.shortfalls).toEqual([{ projectId: 'b', assigned: 0, wanted: 1 }]);
    expect(out.loads).toEqual([
      { judgeId: 'x', existing: 0, added: 2, total: 2 },
      { judgeId: 'y', existing: 1, added: 1, total: 2 },
    ]);
  });
});
