import type { ScoredSheet } from './panel';
import { addLeafPoints, roundPoints, type CompiledRubric, type SheetValues } from './sheet-total';

/**
 * The submitted sheets of a round as columns (struct of arrays): one typed array per field instead of one
 * object per sheet. A round of 100,000 projects has 300,000 sheets; as objects (the sheet, its total, its
 * record of points per criterion) that was about a million objects per computation, all alive until the
 * ranking is done, so the young-generation collector copied every one of them and promoted them to the
 * old generation, and every later pass chased pointers through memory that no longer fit in the cache.
 * The time per sheet grew with the round (1.6 µs at 1k projects, 3.7 µs at 100k). As columns, a round
 * allocates a handful of arrays whatever its size, and each pass reads them in sequence.
 *
 * Sheet i was scored by judge `judgeIds[judge[i]]` for project `projectIds[project[i]]`; its weighted total
 * is `total[i]` points, and its points on top-level criterion `criterionIds[c]` are
 * `criterionPoints[i * criterionIds.length + c]` (present unless `criterionPresent` says otherwise).
 * Rows stay in the order they were added; lib/scoring sorts them canonically itself (panel.ts).
 */
export type SheetTable = {
  size: number;
  judgeIds: readonly string[];
  projectIds: readonly string[];
  /** `projectIds` inverted: the index of each project id. */
  projectIndex: ReadonlyMap<string, number>;
  judge: Int32Array;
  project: Int32Array;
  total: Float64Array;
  criterionIds: readonly string[];
  criterionPoints: Float64Array;
  /** Per (sheet, criterion) as `criterionPoints`, 1 when the sheet has a figure; null when every sheet has all. */
  criterionPresent: Uint8Array | null;
};

export const isSheetTable = (sheets: readonly ScoredSheet[] | SheetTable): sheets is SheetTable => !Array.isArray(sheets);

/** Interns ids as small integers: one hash lookup per row, and each distinct string is kept once. */
class Interner {
  readonly ids: string[] = [];
  readonly index = new Map<string, number>();
  private lastId: string | null = null;
  private last = -1;
  of(id: string): number {
    // Rows usually come grouped (the database returns a project's sheets together), so the previous row's
    // id is compared first: one string comparison instead of a hash lookup.
    if (id === this.lastId) return this.last;
    let found = this.index.get(id);
    if (found === undefined) {
      found = this.ids.length;
      this.ids.push(id);
      this.index.set(id, found);
    }
    this.lastId = id;
    this.last = found;
    return found;
  }
}

/**
 * Scores sheets straight into a table: each row's weighted total and points per top-level criterion by
 * the rubric's rule (sheet-total.ts, the same sums rounded the same way as `sheetTotal`), with nothing
 * allocated per row. Keys of `values` that are not leaves of the rubric are ignored (see addLeafPoints);
 * a value outside its scale throws, as in `sheetTotal`.
 */
export class SheetTableBuilder {
  private size = 0;
  private readonly judges = new Interner();
  private readonly projects = new Interner();
  private judge: Int32Array;
  private project: Int32Array;
  private total: Float64Array;
  private points: Float64Array;
  private readonly tops: number;
  private readonly scratch: Float64Array;

  /**
   * `projects`: the round's projects, given to computeResults in the same list. Optional; when given, the
   * table numbers projects in that order, and buildPanel reuses the table's index of them instead of
   * hashing every project id a second time.
   */
  constructor(
    private readonly rubric: CompiledRubric,
    capacity = 64,
    projects: readonly { id: string }[] = [],
  ) {
    for (const p of projects) this.projects.of(p.id);
    this.tops = rubric.topLevelIds.length;
    this.scratch = new Float64Array(this.tops + 2);
    const rows = Math.max(capacity, 1);
    this.judge = new Int32Array(rows);
    this.project = new Int32Array(rows);
    this.total = new Float64Array(rows);
    this.points = new Float64Array(rows * this.tops);
  }

  add(judgeId: string, projectId: string, values: SheetValues): void {
    if (this.size === this.judge.length) this.grow();
    const i = this.size++;
    const { tops, scratch } = this;
    addLeafPoints(this.rubric, values, scratch, true);
    this.judge[i] = this.judges.of(judgeId);
    this.project[i] = this.projects.of(projectId);
    this.total[i] = roundPoints(scratch[tops]! + scratch[tops + 1]!);
    for (let t = 0; t < tops; t++) this.points[i * tops + t] = roundPoints(scratch[t]!);
  }

  finish(): SheetTable {
    const n = this.size;
    return {
      size: n,
      judgeIds: this.judges.ids,
      projectIds: this.projects.ids,
      projectIndex: this.projects.index,
      judge: this.judge.subarray(0, n),
      project: this.project.subarray(0, n),
      total: this.total.subarray(0, n),
      criterionIds: this.rubric.topLevelIds,
      criterionPoints: this.points.subarray(0, n * this.tops),
      criterionPresent: null,
    };
  }

  private grow() {
    const rows = this.judge.length * 2;
    const widen = <T extends Int32Array | Float64Array>(from: T, to: T) => (to.set(from), to);
    this.judge = widen(this.judge, new Int32Array(rows));
    this.project = widen(this.project, new Int32Array(rows));
    this.total = widen(this.total, new Float64Array(rows));
    this.points = widen(this.points, new Float64Array(rows * this.tops));
  }
}

/**
 * The same table from sheets given as objects (tests, small callers): criterion ids are every key met in
 * a `criterionPoints` record, in the order first met; a sheet without one of them has no figure for it.
 */
export function sheetTableOf(sheets: readonly ScoredSheet[]): SheetTable {
  const n = sheets.length;
  const judges = new Interner();
  const projects = new Interner();
  const criteria = new Interner();
  const judge = new Int32Array(n);
  const project = new Int32Array(n);
  const total = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s = sheets[i]!;
    judge[i] = judges.of(s.judgeId);
    project[i] = projects.of(s.projectId);
    total[i] = s.total;
    if (s.criterionPoints) for (const id in s.criterionPoints) criteria.of(id);
  }
  const C = criteria.ids.length;
  const criterionPoints = new Float64Array(n * C);
  const criterionPresent = new Uint8Array(n * C);
  const column = new Map(criteria.ids.map((id, c) => [id, c]));
  for (let i = 0; i < n; i++) {
    const record = sheets[i]!.criterionPoints;
    if (!record) continue;
    for (const id in record) {
      const points = record[id];
      if (typeof points !== 'number') continue;
      const cell = i * C + column.get(id)!;
      criterionPoints[cell] = points;
      criterionPresent[cell] = 1;
    }
  }
  return { size: n, judgeIds: judges.ids, projectIds: projects.ids, projectIndex: projects.index, judge, project, total, criterionIds: criteria.ids, criterionPoints, criterionPresent };
}
