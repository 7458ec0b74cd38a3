import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { events, judgeAssignments, judgingRounds } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { DomainFailure, runDomain } from '@/lib/result';
import { isUuid } from '@/lib/validation/judging-sheets';
import { loadProjectAtDeadline } from './project-view';
import { loadJudgeSheetContext } from './sheet-context';
import { leavesOf, weightedTotal } from './sheet-total';

/* The database's clock says whether the round is open, as the triggers will. */
const sqlNow = sql`select statement_timestamp() as now`;

/**
 * Everything the scoring page shows: the judge's own sheet (never anyone else's), the rubric and the
 * project as it stood at the deadline. Without `roundId` the round is the judge's latest one for this
 * project (the final, once it opens, over the preliminary).
 */
export async function getSheetPage(actor: Actor | null, eventSlug: string, submissionId: string, roundId?: string) {
  return runDomain(async () => {
    if (!actor) throw new DomainFailure('unauthenticated');
    if (!isUuid(submissionId) || (roundId !== undefined && !isUuid(roundId))) throw new DomainFailure('not_found');
    let chosen = roundId;
    if (!chosen) {
      const [latest] = await db
        .select({ id: judgingRounds.id })
        .from(judgeAssignments)
        .innerJoin(judgingRounds, eq(judgingRounds.id, judgeAssignments.roundId))
        .innerJoin(events, eq(events.id, judgingRounds.eventId))
        .where(and(eq(events.slug, eventSlug), eq(judgeAssignments.judgeId, actor.userId), eq(judgeAssignments.submissionId, submissionId)))
        .orderBy(desc(judgingRounds.position))
        .limit(1);
      if (!latest) throw new DomainFailure('not_found');
      chosen = latest.id;
    }
    const ctx = await loadJudgeSheetContext(db, actor, chosen, submissionId);
    if (ctx.event.slug !== eventSlug) throw new DomainFailure('not_found');
    const project = await loadProjectAtDeadline(db, submissionId);
    if (!project) throw new DomainFailure('not_found');
    const leaves = leavesOf(ctx.criteria);
    const [clock] = await db.execute<{ now: string }>(sqlNow);
    const isOpen =
      ctx.round.status === 'open' &&
      (!ctx.round.opensAt || ctx.round.opensAt.getTime() <= Date.parse(clock!.now)) &&
      (!ctx.round.closesAt || ctx.round.closesAt.getTime() > Date.parse(clock!.now));
    return {
      event: ctx.event,
      round: ctx.round,
      criteria: ctx.criteria,
      leafIds: leaves.map((l) => l.id),
      sheet: ctx.sheet,
      values: Object.fromEntries(ctx.values),
      total: weightedTotal(ctx.criteria, ctx.values).total,
      project,
      isOpen,
    };
  });
}
