import 'server-only';
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { eventRoles, judgeAssignments, judgingRounds, roundProjects, rubricCriteria, submissions, teams, tracks, users } from '@/db/schema';

/*
 * Everything the results of one round are computed from, read in a handful of set queries (never one per
 * project or judge: the console must stay quick at 1,000 projects × 100 judges). Only submitted, non-absent
 * sheets carry scores into a ranking; drafts count only as progress.
 */
export type RoundRow = typeof judgingRounds.$inferSelect;
export type CriterionRow = typeof rubricCriteria.$inferSelect;
export type ProjectRow = { id: string; title: string; teamId: string; teamName: string; trackId: string | null };
export type SheetRow = {
  id: string;
  judgeId: string;
  submissionId: string;
  status: 'draft' | 'submitted';
  isAbsent: boolean;
  values: Record<string, number>;
};
export type JudgeRow = { id: string; name: string; email: string; isRevoked: boolean };
export type TrackRow = { id: string; nameZh: string; nameEn: string };

export type RoundData = {
  round: RoundRow;
  criteria: CriterionRow[];
  projects: ProjectRow[];
  judges: JudgeRow[];
  tracks: TrackRow[];
  assignments: { judgeId: string; submissionId: string }[];
  sheets: SheetRow[];
};

export async function loadRounds(executor: DbOrTx, eventId: string): Promise<RoundRow[]> {
  return executor.select().from(judgingRounds).where(eq(judgingRounds.eventId, eventId)).orderBy(asc(judgingRounds.position));
}

/**
 * The round's projects, the same scope the assignment uses (lib/judging/assignments.ts roundScope): the
 * round's own list (round_projects: a final's finalists) when it has one or is a final, otherwise every
 * submitted project of the event (of the round's track, if any). Projects a judge was assigned to are
 * kept too, so a sheet never goes missing from the results because the scope changed after scoring.
 */
async function loadProjects(executor: DbOrTx, round: RoundRow): Promise<ProjectRow[]> {
  const assigned = executor.select({ id: judgeAssignments.submissionId }).from(judgeAssignments).where(eq(judgeAssignments.roundId, round.id));
  const listed = executor.select({ id: roundProjects.submissionId }).from(roundProjects).where(eq(roundProjects.roundId, round.id));
  const [count] = await executor.select({ n: sql<number>`count(*)::int` }).from(roundProjects).where(eq(roundProjects.roundId, round.id));
  const useList = (count?.n ?? 0) > 0 || round.kind === 'final';
  const inScope = or(
    useList
      ? inArray(submissions.id, listed)
      : and(eq(submissions.status, 'submitted'), round.trackId ? eq(submissions.trackId, round.trackId) : undefined),
    inArray(submissions.id, assigned),
  );
  return executor
    .select({ id: submissions.id, title: submissions.title, teamId: submissions.teamId, teamName: teams.name, trackId: submissions.trackId })
    .from(submissions)
    .innerJoin(teams, eq(teams.id, submissions.teamId))
    .where(and(eq(submissions.eventId, round.eventId), inScope))
    .orderBy(asc(submissions.title));
}

/** One row per sheet with its scores folded into a JSON object: 100k sheets is 100k rows, not 500k. */
async function loadSheets(executor: DbOrTx, roundId: string): Promise<SheetRow[]> {
  const rows = await executor.execute<{
    id: string;
    judge_id: string;
    submission_id: string;
    status: 'draft' | 'submitted';
    is_absent: boolean;
    values: Record<string, string | number> | null;
  }>(sql`
    select sh.id, sh.judge_id, sh.submission_id, sh.status, sh.is_absent,
           (select json_object_agg(s.criterion_id, s.value) from scores s where s.sheet_id = sh.id) as values
    from score_sheets sh
    where sh.round_id = ${roundId}`);
  return rows.map((r) => {
    const values: Record<string, number> = {};
    for (const [criterionId, value] of Object.entries(r.values ?? {})) values[criterionId] = Number(value);
    return { id: r.id, judgeId: r.judge_id, submissionId: r.submission_id, status: r.status, isAbsent: r.is_absent, values };
  });
}

/** The event's judges (revoked ones too, marked: their scores are kept) and anyone else holding a sheet or assignment. */
async function loadJudges(executor: DbOrTx, round: RoundRow, extraIds: string[]): Promise<JudgeRow[]> {
  const roles = await executor
    .select({ id: users.id, name: users.name, email: users.email, revokedAt: eventRoles.revokedAt })
    .from(eventRoles)
    .innerJoin(users, eq(users.id, eventRoles.userId))
    .where(and(eq(eventRoles.eventId, round.eventId), eq(eventRoles.role, 'judge')));
  const known = new Set(roles.map((r) => r.id));
  const missing = [...new Set(extraIds)].filter((id) => !known.has(id));
  const others = missing.length
    ? await executor.select({ id: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.id, missing))
    : [];
  return [
    ...roles.map((r) => ({ id: r.id, name: r.name ?? r.email, email: r.email, isRevoked: r.revokedAt !== null })),
    ...others.map((r) => ({ id: r.id, name: r.name ?? r.email, email: r.email, isRevoked: true })),
  ].sort((a, b) => a.name.localeCompare(b.name, 'zh-Hant'));
}

export async function loadRoundData(executor: DbOrTx, round: RoundRow): Promise<RoundData> {
  const [criteria, projects, assignments, sheets, trackRows] = await Promise.all([
    executor.select().from(rubricCriteria).where(eq(rubricCriteria.roundId, round.id)).orderBy(asc(rubricCriteria.position)),
    loadProjects(executor, round),
    executor
      .select({ judgeId: judgeAssignments.judgeId, submissionId: judgeAssignments.submissionId })
      .from(judgeAssignments)
      .where(eq(judgeAssignments.roundId, round.id)),
    loadSheets(executor, round.id),
    executor
      .select({ id: tracks.id, nameZh: tracks.nameZh, nameEn: tracks.nameEn })
      .from(tracks)
      .where(and(eq(tracks.eventId, round.eventId), round.trackId ? eq(tracks.id, round.trackId) : undefined))
      .orderBy(asc(tracks.position)),
  ]);
  const judges = await loadJudges(executor, round, [...assignments.map((a) => a.judgeId), ...sheets.map((s) => s.judgeId)]);
  return { round, criteria, projects, judges, tracks: trackRows, assignments, sheets };
}

