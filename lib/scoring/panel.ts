import { isSheetTable, sheetTableOf, type SheetTable } from './sheet-table';

/**
 * The submitted sheets of one round, indexed once for every method that follows: projects and judges in
 * canonical (id) order, sheets sorted by judge then project, and for each project the list of its sheets.
 *
 * The sheets come as a table (sheet-table.ts) or, for small callers and tests, as objects.
 *
 * Why canonical order: floating-point sums depend on the order of their terms, so without it the same
 * sheets given in another order could move a z-score by one unit in the last place and flip a near tie.
 * With it, every method is a function of the set of sheets, not of the order of the rows.
 *
 * Why micro-points: totals are held as whole numbers of 1e-6 points, so sums are exact and a project's
 * raw mean is one correctly rounded division: two projects whose means are equal as fractions compare
 * equal, which is what a tie must mean.
 */
export type ScoredSheet = {
  judgeId: string;
  projectId: string;
  /** The sheet's weighted total in points (sheet-total.ts). */
  total: number;
  /** Points per top-level criterion, for tie-break rules that name a criterion. */
  criterionPoints?: Readonly<Record<string, number>>;
};

export type PanelProject = { id: string; expectedSheets: number };

export type Panel = {
  projectIds: string[];
  judgeIds: string[];
  expected: Int32Array;
  /** The sheets as given (sheet-table.ts); `sheetRow[i]` is the row of the i-th sheet in (judge, project) order. */
  table: SheetTable;
  sheetRow: Int32Array;
  sheetJudge: Int32Array;
  sheetProject: Int32Array;
  sheetMicro: Float64Array;
  /** Sheets of judge j are judgeStart[j] .. judgeStart[j + 1] - 1. */
  judgeStart: Int32Array;
  /** Sheets of project p are projectSheets[projectStart[p] .. projectStart[p + 1] - 1], by judge. */
  projectStart: Int32Array;
  projectSheets: Int32Array;
};

export const toMicro = (points: number) => Math.round(points * 1e6);

export function buildPanel(projects: readonly PanelProject[], sheets: readonly ScoredSheet[] | SheetTable): Panel {
  const table = isSheetTable(sheets) ? sheets : sheetTableOf(sheets);
  // The default sort compares strings by UTF-16 code units, exactly like `<`, without a JS comparator.
  const projectIds = projects.map((p) => p.id).sort();
  const P = projectIds.length;
  for (let c = 1; c < P; c++) if (projectIds[c] === projectIds[c - 1]) throw new RangeError(`project ${projectIds[c]} listed twice`);
  // The table numbers its projects and judges in the order met: translate them to canonical indices once
  // per distinct id (never per sheet), through the table's own index, so no project id is hashed anew.
  const projectOf = new Int32Array(table.projectIds.length).fill(-1);
  for (let c = 0; c < P; c++) {
    const k = table.projectIndex.get(projectIds[c]!);
    if (k !== undefined) projectOf[k] = c;
  }
  const expected = new Int32Array(P);
  // A table built from the same project list (SheetTableBuilder's `projects`) numbers them in its order.
  const seeded = table.projectIds.length >= P && projects.every((p, k) => table.projectIds[k] === p.id);
  if (seeded) for (let k = 0; k < P; k++) expected[projectOf[k]!] = projects[k]!.expectedSheets;
  else {
    const canonical = new Map(projectIds.map((id, c) => [id, c]));
    for (const p of projects) expected[canonical.get(p.id)!] = p.expectedSheets;
  }
  const judgeIds = [...table.judgeIds].sort();
  const judgeIndex = new Map(judgeIds.map((id, i) => [id, i]));
  const judgeOf = Int32Array.from(table.judgeIds, (id) => judgeIndex.get(id)!);
  const J = judgeIds.length;
  const n = table.size;

  // Two stable counting sorts (by project, then by judge) give (judge, project) order in linear time.
  const originalJudge = new Int32Array(n);
  const originalProject = new Int32Array(n);
  const identity = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const p = projectOf[table.project[i]!]!;
    if (p < 0) throw new RangeError(`sheet for unknown project ${table.projectIds[table.project[i]!]}`);
    if (!Number.isFinite(table.total[i]!)) throw new RangeError(`sheet total ${table.total[i]} is not a number`);
    originalProject[i] = p;
    originalJudge[i] = judgeOf[table.judge[i]!]!;
    identity[i] = i;
  }
  const byProject = countingSort(identity, originalProject, P);
  const order = countingSort(byProject, originalJudge, J);

  const sheetJudge = new Int32Array(n);
  const sheetProject = new Int32Array(n);
  const sheetMicro = new Float64Array(n);
  const judgeStart = new Int32Array(J + 1);
  const projectCount = new Int32Array(P + 1);
  for (let i = 0; i < n; i++) {
    const original = order[i]!;
    const j = originalJudge[original]!;
    const p = originalProject[original]!;
    if (i > 0 && sheetJudge[i - 1] === j && sheetProject[i - 1] === p) throw new RangeError(`two sheets from judge ${judgeIds[j]} for project ${projectIds[p]}`);
    sheetJudge[i] = j;
    sheetProject[i] = p;
    sheetMicro[i] = toMicro(table.total[original]!);
    judgeStart[j + 1]!++;
    projectCount[p + 1]!++;
  }
  for (let j = 0; j < J; j++) judgeStart[j + 1]! += judgeStart[j]!;
  const projectStart = new Int32Array(P + 1);
  for (let p = 0; p < P; p++) projectStart[p + 1] = projectStart[p]! + projectCount[p + 1]!;
  const fill = projectStart.slice(0, P);
  const projectSheets = new Int32Array(n);
  for (let i = 0; i < n; i++) projectSheets[fill[sheetProject[i]!]!++] = i;

  return { projectIds, judgeIds, expected, table, sheetRow: order, sheetJudge, sheetProject, sheetMicro, judgeStart, projectStart, projectSheets };
}

/** Stable counting sort of `items` by `bucketOf[item]` in 0..buckets-1. */
function countingSort(items: Int32Array, bucketOf: Int32Array, buckets: number): Int32Array {
  const start = new Int32Array(buckets + 1);
  for (const item of items) start[bucketOf[item]! + 1]!++;
  for (let b = 0; b < buckets; b++) start[b + 1]! += start[b]!;
  const out = new Int32Array(items.length);
  for (const item of items) out[start[bucketOf[item]!]!++] = item;
  return out;
}
