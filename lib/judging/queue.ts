import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { events, judgeAssignments, judgingRounds, scoreSheets, submissions, teams } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { requireEventCapability } from '@/lib/auth/guards';
import { DomainFailure, runDomain, type Result } from '@/lib/result';

export type QueueStatus = 'not_started' | 'draft' | 'submitted';
export type QueueItem = { submissionId: string; title: string; teamName: string; status: QueueStatus; isAbsent: boolean; isCalibration: boolean };
export type QueueRound = {
  id: string;
  nameZh: string;
  nameEn: string;
  status: 'draft' | 'open' | 'closed';
  closesAt: Date | null;
  hasStage: boolean;
  items: QueueItem[];
  done: number;
};

/* Drafts first (the judge was in the middle of them), then not started, then submitted. */
const ORDER: Record<QueueStatus, number> = { draft: 0, not_started: 1, submitted: 2 };

/*
 * The round's calibration sample comes before everything else until this judge has submitted it: the
 * organizer compares every judge's sample total before real scoring starts (calibration.ts), so a judge
 * who scored other projects first would make that check late. Once submitted it sorts with the others.
 */
const rankOf = (item: QueueItem) => (item.isCalibration && item.status !== 'submitted' ? -1 : ORDER[item.status]);

/**
 * The judge's queue for one event: per round (not drafts), the projects assigned to this judge with the
 * status of this judge's own sheet, the next one to score first, and "done / assigned". Other judges'
 * sheets never enter the query: the sheet join is on the actor's id.
 */
export async function getJudgeQueue(actor: Actor | null, eventSlug: string): Promise<Result<{ event: typeof events.$inferSelect; rounds: QueueRound[] }>> {
  return runDomain(async () => {
    const [found] = await db.select({ id: events.id }).from(events).where(eq(events.slug, eventSlug));
    if (!found) throw new DomainFailure('not_found');
    const event = await requireEventCapability(actor, found.id, 'judging.score').catch((error: unknown) => {
      if (error instanceof DomainFailure && error.code === 'forbidden') throw new DomainFailure('not_found');
      throw error;
    });
    const judgeId = actor!.userId;
    const rounds = await db
      .select()
      .from(judgingRounds)
      .where(and(eq(judgingRounds.eventId, event.id), sql`${judgingRounds.status} <> 'draft'`))
      .orderBy(asc(judgingRounds.position));
    const rows = await db
      .select({
        roundId: judgeAssignments.roundId,
        submissionId: submissions.id,
        title: submissions.title,
        teamName: teams.name,
        sheetStatus: scoreSheets.status,
        isAbsent: scoreSheets.isAbsent,
      })
      .from(judgeAssignments)
      .innerJoin(judgingRounds, eq(judgingRounds.id, judgeAssignments.roundId))
      .innerJoin(submissions, eq(submissions.id, judgeAssignments.submissionId))
      .innerJoin(teams, eq(teams.id, submissions.teamId))
      .leftJoin(
        scoreSheets,
        and(eq(scoreSheets.roundId, judgeAssignments.roundId), eq(scoreSheets.submissionId, judgeAssignments.submissionId), eq(scoreSheets.judgeId, judgeId)),
      )
      .where(and(eq(judgingRounds.eventId, event.id), eq(judgeAssignments.judgeId, judgeId)))
      .orderBy(asc(submissions.title));
    const stageRounds = new Set(
      [...(await db.execute<{ round_id: string }>(sql`select round_id from stage_states s join judging_rounds r on r.id = s.round_id where r.event_id = ${event.id}`))].map(
        (r) => r.round_id,
      ),
    );
    return {
      event,
      rounds: rounds.map((round) => {
        const items = rows
          .filter((r) => r.roundId === round.id)
          .map((r) => ({
            submissionId: r.submissionId,
            title: r.title,
            teamName: r.teamName,
            status: (r.sheetStatus ?? 'not_started') as QueueStatus,
            isAbsent: r.isAbsent ?? false,
            isCalibration: r.submissionId === round.calibrationSubmissionId,
          }))
          .sort((a, b) => rankOf(a) - rankOf(b));
        return {
          id: round.id,
          nameZh: round.nameZh,
          nameEn: round.nameEn,
          status: round.status,
          closesAt: round.closesAt,
          hasStage: stageRounds.has(round.id),
          items,
          done: items.filter((i) => i.status === 'submitted').length,
        };
      }),
    };
  });
}
