import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { judgeAssignments, judgingRounds, rubricCriteria, scores, scoreSheets, submissions } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { requireEventCapability } from '@/lib/auth/guards';
import { DomainFailure } from '@/lib/result';
import { isUuid } from '@/lib/validation/judging-sheets';

/**
 * The judge's own view of one project in one round. Everything is keyed by the actor's id, never by a
 * sheet id from the client, so a judge cannot name (or even probe for) another judge's sheet: a project
 * the judge is not assigned to, or has a conflict with, answers not found.
 */
export async function loadJudgeSheetContext(tx: DbOrTx, actor: Actor | null, roundId: string, submissionId: string) {
  if (!isUuid(roundId) || !isUuid(submissionId)) throw new DomainFailure('not_found');
  const [round] = await tx.select().from(judgingRounds).where(eq(judgingRounds.id, roundId));
  if (!round) throw new DomainFailure('not_found');
  const event = await asNotFound(() => requireEventCapability(actor, round.eventId, 'judging.score', tx));
  const judgeId = actor!.userId;
  const [assignment] = await tx
    .select({ id: judgeAssignments.id })
    .from(judgeAssignments)
    .where(and(eq(judgeAssignments.roundId, roundId), eq(judgeAssignments.judgeId, judgeId), eq(judgeAssignments.submissionId, submissionId)));
  if (!assignment) throw new DomainFailure('not_found');
  if (await hasConflict(tx, round.eventId, judgeId, submissionId)) throw new DomainFailure('not_found');
  const criteria = await tx.select().from(rubricCriteria).where(eq(rubricCriteria.roundId, roundId)).orderBy(asc(rubricCriteria.position));
  const [sheet] = await tx
    .select()
    .from(scoreSheets)
    .where(and(eq(scoreSheets.roundId, roundId), eq(scoreSheets.judgeId, judgeId), eq(scoreSheets.submissionId, submissionId)));
  const values = sheet
    ? await tx.select({ criterionId: scores.criterionId, value: scores.value }).from(scores).where(eq(scores.sheetId, sheet.id))
    : [];
  return { event, round, judgeId, submissionId, criteria, sheet: sheet ?? null, values: new Map(values.map((v) => [v.criterionId, v.value])) };
}
export type JudgeSheetContext = Awaited<ReturnType<typeof loadJudgeSheetContext>>;

/** The guards answer forbidden on a published event; here a judge's page of someone else answers not found. */
async function asNotFound<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof DomainFailure && error.code === 'forbidden') throw new DomainFailure('not_found');
    throw error;
  }
}

/**
 * The same rule as the database's assert_sheet_writable: a conflict naming the team or an affiliation one
 * of its members registered with, or the judge being a member. Checked on reads too, so a conflicted
 * judge never sees the project through the scoring page even if an assignment slipped through.
 */
export async function hasConflict(tx: DbOrTx, eventId: string, judgeId: string, submissionId: string): Promise<boolean> {
  const [row] = await tx
    .select({ teamId: submissions.teamId })
    .from(submissions)
    .where(eq(submissions.id, submissionId));
  if (!row) return true;
  const result = await tx.execute<{ conflicted: boolean }>(sql`
    select exists (select 1 from team_members m where m.team_id = ${row.teamId} and m.user_id = ${judgeId})
        or exists (
          select 1 from conflicts_of_interest c
          where c.event_id = ${eventId} and c.judge_id = ${judgeId}
            and (c.team_id = ${row.teamId}
                 or (length(trim(coalesce(c.affiliation, ''))) > 0 and exists (
                       select 1 from team_members m
                       join registrations g on g.event_id = ${eventId} and g.user_id = m.user_id
                       where m.team_id = ${row.teamId} and lower(trim(g.affiliation)) = lower(trim(c.affiliation)))))
        ) as conflicted`);
  return Boolean([...result][0]?.conflicted);
}
