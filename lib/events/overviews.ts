import 'server-only';
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { db, type DbOrTx } from '@/db/client';
import {
  eventRoles,
  events,
  judgeAssignments,
  judgingRounds,
  registrations,
  scoreSheets,
  submissions,
  teams,
} from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';

/*
 * What each role area shows on arrival. Each function is scoped to the actor by its WHERE clause,
 * so a page can never list another person's events by passing the wrong id.
 */

const eventColumns = {
  id: events.id,
  slug: events.slug,
  titleZh: events.titleZh,
  titleEn: events.titleEn,
  timeZone: events.timeZone,
  submissionDeadline: events.submissionDeadline,
};

/** Events where the actor judges, with how many of their assigned sheets are submitted. */
export async function listJudgingOverview(actor: Actor, executor: DbOrTx = db) {
  return executor
    .select({
      ...eventColumns,
      assigned: sql<number>`count(distinct ${judgeAssignments.id})::int`,
      submitted: sql<number>`count(distinct ${scoreSheets.id}) filter (where ${scoreSheets.status} = 'submitted')::int`,
    })
    .from(eventRoles)
    .innerJoin(events, eq(events.id, eventRoles.eventId))
    .leftJoin(judgingRounds, eq(judgingRounds.eventId, events.id))
    .leftJoin(
      judgeAssignments,
      and(eq(judgeAssignments.roundId, judgingRounds.id), eq(judgeAssignments.judgeId, actor.userId)),
    )
    .leftJoin(
      scoreSheets,
      and(
        eq(scoreSheets.roundId, judgingRounds.id),
        eq(scoreSheets.judgeId, actor.userId),
        eq(scoreSheets.submissionId, judgeAssignments.submissionId),
      ),
    )
    .where(and(eq(eventRoles.userId, actor.userId), eq(eventRoles.role, 'judge'), isNull(eventRoles.revokedAt)))
    .groupBy(events.id)
    .orderBy(desc(events.hackingStartsAt));
}

/** Events the actor organizes (a site admin sees all), with registration, team and submission counts. */
export async function listOrganizerOverview(actor: Actor, executor: DbOrTx = db) {
  const counts = {
    registrations: sql<number>`(select count(*)::int from ${registrations} where ${registrations.eventId} = ${events.id})`,
    teams: sql<number>`(select count(*)::int from ${teams} where ${teams.eventId} = ${events.id})`,
    submitted: sql<number>`(select count(*)::int from ${submissions} where ${submissions.eventId} = ${events.id} and ${submissions.status} = 'submitted')`,
  };
  const base = executor.select({ ...eventColumns, isPublished: events.isPublished, ...counts }).from(events);
  if (actor.isSiteAdmin) return base.orderBy(desc(events.hackingStartsAt), asc(events.slug));
  return base
    .where(
      sql`exists (select 1 from ${eventRoles} where ${eventRoles.eventId} = ${events.id} and ${eventRoles.userId} = ${actor.userId} and ${eventRoles.role} = 'organizer' and ${eventRoles.revokedAt} is null)`,
    )
    .orderBy(desc(events.hackingStartsAt), asc(events.slug));
}
