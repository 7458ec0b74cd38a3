import { rebalance } from './assignment-balance';
import { addPair, ADDED, at, BLOCKED, EXISTING, FREE, setCell, type Grid } from './assignment-grid';
import { mulberry32, seededPriorities } from './prng';

/**
 * Who judges what in a round (issue 4 §3), as a function of plain data; lib/judging loads the rows and
 * stores `added`.
 *
 * - mode 'all': every judge gets every project they may judge.
 * - mode 'k_judges': every project gets k judges, or every judge it may have when fewer are eligible
 *   (reported in `shortfalls`).
 *
 * A judge may judge a project unless a conflict names the pair (lib/judging expands team and affiliation
 * conflicts into pairs) or the judge is assigned to tracks and the project is in none of them (a project
 * without a track then only goes to judges without tracks).
 *
 * Incremental: `existing` pairs are kept exactly as they are and count toward k and toward loads; the run
 * only adds what is missing. A late project gets judges, a new judge gets work only where a project is
 * still short (nothing already assigned is moved: a judge may have scored it). Existing pairs that are now
 * conflicted are kept but reported in `conflictingExisting`, for the organizer to remove by hand.
 *
 * Guaranteed, for k_judges: each project ends with exactly min(k, existing + eligible) judges (more only
 * if it already had more); no conflicted or off-track pair is added; and the loads are as even as any
 * assignment that keeps the existing pairs and that coverage can make them: the highest load is the
 * lowest possible and the lowest load the highest possible (see assignment-balance.ts). So whenever loads
 * within ±1 of the mean are achievable at all, they are achieved; on a fresh round without tracks or
 * conflicts, max − min ≤ 1. Deterministic: the same input (in any order) and seed give the same pairs.
 */
export type AssignmentProject = { id: string; trackId?: string | null };
export type AssignmentJudge = { id: string; trackIds?: readonly string[] | null };
export type JudgePair = { judgeId: string; projectId: string };

export type AssignmentInput = {
  mode: 'all' | 'k_judges';
  /** Judges per project; required for 'k_judges'. */
  k?: number | null;
  seed: number;
  projects: readonly AssignmentProject[];
  judges: readonly AssignmentJudge[];
  conflicts?: readonly JudgePair[];
  existing?: readonly JudgePair[];
};

export type AssignmentOutcome = {
  added: JudgePair[];
  shortfalls: { projectId: string; assigned: number; wanted: number }[];
  loads: { judgeId: string; existing: number; added: number; total: number }[];
  meanLoad: number;
  conflictingExisting: JudgePair[];
  /** Existing pairs naming a project or judge not in this input: left alone. */
  ignoredExisting: JudgePair[];
  /** Chain moves the balancing pass made (for the benchmark and the curious). */
  balancingMoves: number;
};

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function assignJudges(input: AssignmentInput): AssignmentOutcome {
  const k = input.mode === 'k_judges' ? input.k : null;
  if (input.mode === 'k_judges' && !(Number.isInteger(k) && k! >= 1)) throw new RangeError('k_judges needs a whole k >= 1');
  // Canonical order first, so the result depends on the data and the seed, never on the order of the rows.
  const projects = [...input.projects].sort(byId);
  const judges = [...input.judges].sort(byId);
  const P = projects.length;
  const J = judges.length;
  const projectIndex = new Map(projects.map((p, i) => [p.id, i]));
  const judgeIndex = new Map(judges.map((j, i) => [j.id, i]));
  const random = mulberry32(input.seed);
  const grid: Grid = {
    projects: P,
    judges: J,
    cell: new Uint8Array(P * J),
    load: new Int32Array(J),
    added: judges.map(() => []),
    judgePriority: seededPriorities(J, random),
  };
  const projectPriority = seededPriorities(P, random);

  judges.forEach((judge, j) => {
    if (!judge.trackIds || judge.trackIds.length === 0) return;
    const tracks = new Set(judge.trackIds);
    projects.forEach((project, p) => {
      if (!project.trackId || !tracks.has(project.trackId)) setCell(grid, p, j, BLOCKED);
    });
  });
  for (const c of input.conflicts ?? []) {
    const p = projectIndex.get(c.projectId);
    const j = judgeIndex.get(c.judgeId);
    if (p !== undefined && j !== undefined) setCell(grid, p, j, BLOCKED);
  }

  const have = new Int32Array(P);
  const existingLoad = new Int32Array(J);
  const conflictingExisting: JudgePair[] = [];
  const ignoredExisting: JudgePair[] = [];
  for (const e of input.existing ?? []) {
    const p = projectIndex.get(e.projectId);
    const j = judgeIndex.get(e.judgeId);
    if (p === undefined || j === undefined) ignoredExisting.push(e);
    else if (at(grid, p, j) !== EXISTING) {
      if (at(grid, p, j) === BLOCKED) conflictingExisting.push(e);
      setCell(grid, p, j, EXISTING);
      have[p]!++;
      existingLoad[j]!++;
      grid.load[j]!++;
    }
  }

  const free = (p: number) => {
    const list: number[] = [];
    for (let j = 0; j < J; j++) if (at(grid, p, j) === FREE) list.push(j);
    return list;
  };

  let moves = 0;
  if (k === null || k === undefined) {
    for (let p = 0; p < P; p++) for (const j of free(p)) addPair(grid, p, j);
  } else {
    // Greedy: the most constrained projects first (fewest eligible judges), each taking its least-loaded
    // eligible judges; seeded priorities settle ties. Then chains even out what the greedy left uneven.
    const candidates = projects.map((_, p) => free(p));
    const order = projects.map((_, p) => p).sort((a, b) => candidates[a]!.length - candidates[b]!.length || projectPriority[a]! - projectPriority[b]!);
    for (const p of order) {
      const need = Math.min(k - have[p]!, candidates[p]!.length);
      if (need <= 0) continue;
      const pool = candidates[p]!.sort((a, b) => grid.load[a]! - grid.load[b]! || grid.judgePriority[a]! - grid.judgePriority[b]!);
      for (let i = 0; i < need; i++) addPair(grid, p, pool[i]!);
    }
    moves = rebalance(grid);
  }

  return summarize(grid, projects, judges, have, existingLoad, k ?? null, { conflictingExisting, ignoredExisting, balancingMoves: moves });
}

function summarize(
  grid: Grid,
  projects: readonly AssignmentProject[],
  judges: readonly AssignmentJudge[],
  have: Int32Array,
  existingLoad: Int32Array,
  k: number | null,
  rest: Pick<AssignmentOutcome, 'conflictingExisting' | 'ignoredExisting' | 'balancingMoves'>,
): AssignmentOutcome {
  const added: JudgePair[] = [];
  const shortfalls: AssignmentOutcome['shortfalls'] = [];
  projects.forEach((project, p) => {
    let count = have[p]!;
    for (let j = 0; j < judges.length; j++) {
      if (at(grid, p, j) === ADDED) {
        added.push({ judgeId: judges[j]!.id, projectId: project.id });
        count++;
      }
    }
    // In 'all' mode a project is short only when nobody may judge it.
    const wanted = k ?? 1;
    if (count < wanted) shortfalls.push({ projectId: project.id, assigned: count, wanted });
  });
  const loads = judges.map((judge, j) => ({ judgeId: judge.id, existing: existingLoad[j]!, added: grid.load[j]! - existingLoad[j]!, total: grid.load[j]! }));
  const meanLoad = judges.length === 0 ? 0 : loads.reduce((sum, l) => sum + l.total, 0) / judges.length;
  return { added, shortfalls, loads, meanLoad, ...rest };
}
