import 'server-only';
import { sql } from 'drizzle-orm';
import { db, type DbOrTx } from '@/db/client';
import type { Actor } from '@/lib/auth/actor';
import { runDomain, type Result } from '@/lib/result';
import { requireRoundAccess, type EventRow } from './results-access';
import type { RoundResults } from './results-compute';
import type { RoundData, RoundRow } from './results-load';
import { computeRoundResults } from './results';

/*
 * The organizer's judging console: who has scored what (judges × projects), how far along the round is,
 * and each judge's scores against the panel's. Cell status, strongest first: a conflict of interest wins
 * over anything (such a sheet cannot exist, the trigger refuses it), then an absent team, a submitted or a
 * draft sheet, an assignment not started, and nothing at all.
 */
export type CellStatus = 'conflicted' | 'absent' | 'submitted' | 'draft' | 'not_started' | 'unassigned';
export type ProgressCounts = Record<Exclude<CellStatus, 'unassigned'>, number> & { assigned: number };
export type ConsoleView = {
  event: EventRow;
  rounds: RoundRow[];
  round: RoundRow | null;
  data: RoundData | null;
  results: RoundResults | null;
  cells: Record<string, Record<string, CellStatus>>;
  counts: ProgressCounts;
  perJudge: Record<string, { assigned: number; submitted: number }>;
};

/** Judge–team pairs in conflict: declared or organizer-entered (team or shared affiliation), or membership. */
export async function conflictedPairs(executor: DbOrTx, eventId: string): Promise<Set<string>> {
  const rows = await executor.execute<{ judge_id: string; team_id: string }>(sql`
    select c.judge_id, t.id as team_id
    from conflicts_of_interest c join teams t on t.event_id = c.event_id
    where c.event_id = ${eventId}
      and (c.team_id = t.id
           or (length(trim(coalesce(c.affiliation, ''))) > 0 and exists (
                 select 1 from team_members m
                 join registrations g on g.event_id = t.event_id and g.user_id = m.user_id
                 where m.team_id = t.id and lower(trim(g.affiliation)) = lower(trim(c.affiliation)))))
    union
    select r.user_id, m.team_id
    from event_roles r join team_members m on m.user_id = r.user_id and m.event_id = r.event_id
    where r.event_id = ${eventId} and r.role = 'judge'`);
  return new Set(rows.map((r) => `${r.judge_id}:${r.team_id}`));
}

export function progressOf(data: RoundData, conflicts: ReadonlySet<string>) {
  const assigned = new Set(data.assignments.map((a) => `${a.judgeId}:${a.submissionId}`));
  const sheets = new Map(data.sheets.map((s) => [`${s.judgeId}:${s.submissionId}`, s]));
  const counts: ProgressCounts = { conflicted: 0, absent: 0, submitted: 0, draft: 0, not_started: 0, assigned: assigned.size };
  const perJudge: ConsoleView['perJudge'] = {};
  const cells: ConsoleView['cells'] = {};
  for (const judge of data.judges) {
    const row: Record<string, CellStatus> = {};
    const mine = { assigned: 0, submitted: 0 };
    for (const project of data.projects) {
      const key = `${judge.id}:${project.id}`;
      const sheet = sheets.get(key);
      const status: CellStatus = conflicts.has(`${judge.id}:${project.teamId}`)
        ? 'conflicted'
        : sheet?.isAbsent
          ? 'absent'
          : sheet
            ? sheet.status
            : assigned.has(key)
              ? 'not_started'
              : 'unassigned';
      row[project.id] = status;
      if (status !== 'unassigned') counts[status]++;
      if (assigned.has(key)) mine.assigned++;
      if (assigned.has(key) && (status === 'submitted' || status === 'absent')) mine.submitted++;
    }
    cells[judge.id] = row;
    perJudge[judge.id] = mine;
  }
  return { cells, counts, perJudge };
}

export async function getJudgingConsole(actor: Actor | null, slug: string, requestedRound?: unknown): Promise<Result<ConsoleView>> {
  return runDomain(async () => {
    const { event, rounds, round } = await requireRoundAccess(actor, slug, requestedRound);
    const empty = { conflicted: 0, absent: 0, submitted: 0, draft: 0, not_started: 0, assigned: 0 };
    if (!round) return { event, rounds, round, data: null, results: null, cells: {}, counts: empty, perJudge: {} };
    const [{ data, results }, conflicts] = await Promise.all([computeRoundResults(db, round), conflictedPairs(db, event.id)]);
    return { event, rounds, round, data, results, ...progressOf(data, conflicts) };
  });
}
