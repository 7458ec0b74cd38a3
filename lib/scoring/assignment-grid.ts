/**
 * The working state of an assignment: projects × judges as one byte per cell, judge loads, and each judge's
 * list of assignments made in this run (only those may move; existing ones are never touched).
 * A flat typed array keeps 1,000 × 100 at 100 kB and every lookup O(1).
 */
export const FREE = 0; // eligible and not assigned
export const BLOCKED = 1; // conflicted, or outside the judge's tracks
export const EXISTING = 2; // assigned before this run: kept as is
export const ADDED = 3; // assigned by this run

export type Grid = {
  projects: number;
  judges: number;
  cell: Uint8Array;
  load: Int32Array;
  /** Projects each judge received in this run. */
  added: number[][];
  /** Seeded priorities: lower wins a tie. */
  judgePriority: Int32Array;
};

export const at = (grid: Grid, project: number, judge: number) => grid.cell[project * grid.judges + judge]!;

export function setCell(grid: Grid, project: number, judge: number, state: number): void {
  grid.cell[project * grid.judges + judge] = state;
}

export function addPair(grid: Grid, project: number, judge: number): void {
  setCell(grid, project, judge, ADDED);
  grid.load[judge]!++;
  grid.added[judge]!.push(project);
}

/** Moves an assignment made in this run from one judge to another (the loads are the caller's business). */
export function movePair(grid: Grid, project: number, from: number, to: number): void {
  setCell(grid, project, from, FREE);
  setCell(grid, project, to, ADDED);
  const list = grid.added[from]!;
  const i = list.indexOf(project);
  list[i] = list[list.length - 1]!;
  list.pop();
  grid.added[to]!.push(project);
}
