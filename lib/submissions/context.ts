import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { complianceItems, customQuestions, eventRoles, events, submissions, teamMembers, teams } from '@/db/schema';
import { DomainFailure } from '@/lib/result';
import type { SubmissionQuestion } from '@/lib/validation/submissions';

/** Team statuses that end a team's part in the event: it can no longer save or submit. */
export const TEAM_STATUSES_WITHOUT_SAVING = ['withdrawn', 'rejected', 'disqualified'] as const;

export type TeamContext = {
  event: typeof events.$inferSelect;
  team: typeof teams.$inferSelect;
  memberCount: number;
  /** The database's statement_timestamp() when the locks were taken. */
  now: Date;
  /** coalesce(team extension, event deadline): the moment this team's saves stop. */
  deadline: Date;
};

/*
 * Reads the event and then the actor's team FOR SHARE, in the same order as the deadline trigger
 * (db/migrations/0006), so an organizer's extension or deadline change waits for this write, and two
 * concurrent saves never deadlock on the order of their locks. Membership is re-read here, never taken
 * from the page: someone who left the team a minute ago gets not_found.
 */
export async function lockTeamOfActor(tx: DbOrTx, userId: string, eventId: string): Promise<TeamContext> {
  const [event] = await tx.select().from(events).where(eq(events.id, eventId)).for('share');
  if (!event) throw new DomainFailure('not_found');
  const [membership] = await tx
    .select({ teamId: teamMembers.teamId })
    .from(teamMembers)
    .where(and(eq(teamMembers.eventId, eventId), eq(teamMembers.userId, userId)));
  if (!membership) throw new DomainFailure('not_found');
  return lockTeam(tx, event, membership.teamId);
}

export async function lockTeam(tx: DbOrTx, event: typeof events.$inferSelect, teamId: string): Promise<TeamContext> {
  const [team] = await tx.select().from(teams).where(eq(teams.id, teamId)).for('share');
  if (!team) throw new DomainFailure('not_found');
  const [clock] = await tx.execute<{ now: string; members: number }>(
    sql`select statement_timestamp() as now, (select count(*)::int from ${teamMembers} where ${teamMembers.teamId} = ${teamId}) as members`,
  );
  const deadline = team.deadlineExtendedUntil ?? event.submissionDeadline;
  return { event, team, memberCount: Number(clock!.members), now: new Date(clock!.now), deadline };
}

/** The checks every team write makes after locking: hacking has begun, the deadline is ahead, the team is still in. */
export function assertTeamMayWrite(ctx: TeamContext): void {
  if ((TEAM_STATUSES_WITHOUT_SAVING as readonly string[]).includes(ctx.team.status)) throw new DomainFailure('closed');
  if (ctx.now < ctx.event.hackingStartsAt) throw new DomainFailure('closed');
  if (ctx.now >= ctx.deadline) throw new DomainFailure('deadline_passed');
}

/** Locks the submission's event and team (in trigger order) for a member of the team; others get not_found. */
export async function lockSubmissionForMember(tx: DbOrTx, userId: string, submissionId: string) {
  const [row] = await tx
    .select({ eventId: submissions.eventId, teamId: submissions.teamId })
    .from(submissions)
    .where(eq(submissions.id, submissionId));
  if (!row) throw new DomainFailure('not_found');
  const ctx = await lockTeamOfActor(tx, userId, row.eventId);
  if (ctx.team.id !== row.teamId) throw new DomainFailure('not_found');
  return ctx;
}

export async function loadSubmissionQuestions(tx: DbOrTx, eventId: string): Promise<SubmissionQuestion[]> {
  return tx
    .select({ id: customQuestions.id, kind: customQuestions.kind, isRequired: customQuestions.isRequired, options: customQuestions.options })
    .from(customQuestions)
    .where(and(eq(customQuestions.eventId, eventId), eq(customQuestions.scope, 'submission')))
    .orderBy(asc(customQuestions.position));
}

export async function loadComplianceItemIds(tx: DbOrTx, eventId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: complianceItems.id })
    .from(complianceItems)
    .where(eq(complianceItems.eventId, eventId))
    .orderBy(asc(complianceItems.position));
  return rows.map((r) => r.id);
}

/** Organizers of the event (live role) and site admins. */
export async function isEventOrganizer(tx: DbOrTx, userId: string, isSiteAdmin: boolean, eventId: string) {
  if (isSiteAdmin) return true;
  const [row] = await tx
    .select({ id: eventRoles.id })
    .from(eventRoles)
    .where(
      and(eq(eventRoles.eventId, eventId), eq(eventRoles.userId, userId), eq(eventRoles.role, 'organizer'), isNull(eventRoles.revokedAt)),
    );
  return Boolean(row);
}
