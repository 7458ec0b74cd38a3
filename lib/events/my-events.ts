import 'server-only';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { db, type DbOrTx } from '@/db/client';
import { events, registrations, submissions, teamMembers, teams, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { eventPhase, timelineSteps, type EventPhase, type TimelineStep } from './phase';

/*
 * The participant's "My events": for every event they registered for, where they stand (registration,
 * team and its members, project) and the next milestone; announcements are listed once, above the cards
 * (lib/announcements). Scoped to the actor by the WHERE clause, so no argument can make it list another person's events. `now` is the
 * database's clock, the same one that enforces the deadlines shown here.
 */


export type MyTeamMember = { userId: string; name: string; isCaptain: boolean; isSecondContact: boolean };

export type MyEvent = {
  event: {
    id: string;
    slug: string;
    titleZh: string;
    titleEn: string;
    timeZone: string;
    teamSizeMin: number;
    teamSizeMax: number;
  };
  phase: EventPhase;
  registrationStatus: (typeof registrations.$inferSelect)['status'];
  /** Only once admitted: the opaque venue check-in code (shown as a QR) and whether it was used. */
  checkIn: { code: string; checkedInAt: Date | null } | null;
  team: { id: string; name: string; role: 'captain' | 'member'; members: MyTeamMember[] } | null;
  submissionStatus: 'draft' | 'submitted' | null;
  /** The team's own deadline: an organizer's extension replaces the event's. */
  deadline: Date;
  nextMilestone: TimelineStep | null;
};

async function loadRows(actor: Actor, executor: DbOrTx) {
  return executor
    .select({
      event: events,
      now: sql<Date>`statement_timestamp()`.mapWith((value: string | Date) => new Date(value)),
      registrationStatus: registrations.status,
      checkInCode: registrations.checkInCode,
      checkedInAt: registrations.checkedInAt,
      teamId: teams.id,
      teamName: teams.name,
      captainId: teams.captainId,
      secondContactId: teams.secondContactId,
      extendedUntil: teams.deadlineExtendedUntil,
      submissionStatus: submissions.status,
    })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .leftJoin(teamMembers, and(eq(teamMembers.eventId, registrations.eventId), eq(teamMembers.userId, actor.userId)))
    .leftJoin(teams, eq(teams.id, teamMembers.teamId))
    .leftJoin(submissions, eq(submissions.teamId, teams.id))
    .where(eq(registrations.userId, actor.userId))
    .orderBy(desc(events.hackingStartsAt));
}

/** Members by team; the name shown is the one given at registration, falling back to the account name. */
async function loadMembers(executor: DbOrTx, teamIds: string[]) {
  if (teamIds.length === 0) return new Map<string, { userId: string; name: string; captainId: string }[]>();
  const rows = await executor
    .select({
      teamId: teamMembers.teamId,
      userId: teamMembers.userId,
      captainId: teams.captainId,
      name: sql<string>`coalesce(${registrations.displayName}, ${users.name}, '')`,
    })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .innerJoin(users, eq(users.id, teamMembers.userId))
    .leftJoin(registrations, and(eq(registrations.eventId, teamMembers.eventId), eq(registrations.userId, teamMembers.userId)))
    .where(inArray(teamMembers.teamId, teamIds))
    .orderBy(asc(teamMembers.joinedAt));
  const byTeam = new Map<string, { userId: string; name: string; captainId: string }[]>();
  for (const row of rows) byTeam.set(row.teamId, [...(byTeam.get(row.teamId) ?? []), row]);
  return byTeam;
}

export async function listMyEvents(actor: Actor, executor: DbOrTx = db): Promise<{ now: Date; events: MyEvent[] }> {
  const rows = await loadRows(actor, executor);
  if (rows.length === 0) {
    const [row] = await executor.execute<{ now: string }>(sql`select statement_timestamp() as now`);
    return { now: new Date(row!.now), events: [] };
  }
  const now = rows[0]!.now;
  const teamIds = rows.flatMap((row) => (row.teamId ? [row.teamId] : []));
  const membersByTeam = await loadMembers(executor, teamIds);

  const result = rows.map((row): MyEvent => {
    const { event } = row;
    return {
      event: {
        id: event.id,
        slug: event.slug,
        titleZh: event.titleZh,
        titleEn: event.titleEn,
        timeZone: event.timeZone,
        teamSizeMin: event.teamSizeMin,
        teamSizeMax: event.teamSizeMax,
      },
      phase: eventPhase(event, now),
      registrationStatus: row.registrationStatus,
      checkIn: row.registrationStatus === 'admitted' ? { code: row.checkInCode, checkedInAt: row.checkedInAt } : null,
      team: row.teamId
        ? {
            id: row.teamId,
            name: row.teamName!,
            // teams.captain_id is the one record of who leads the team.
            role: row.captainId === actor.userId ? 'captain' : 'member',
            members: (membersByTeam.get(row.teamId) ?? []).map((member) => ({
              userId: member.userId,
              name: member.name,
              isCaptain: member.userId === member.captainId,
              isSecondContact: member.userId === row.secondContactId,
            })),
          }
        : null,
      submissionStatus: row.submissionStatus,
      deadline: row.extendedUntil ?? event.submissionDeadline,
      nextMilestone: timelineSteps(event).find((step) => step.at !== null && step.at > now) ?? null,
    };
  });
  return { now, events: result };
}

/** Where the actor stands in one event, for the event page's call to action. */
export async function myStandingIn(actor: Actor, eventId: string, executor: DbOrTx = db) {
  const [row] = await executor
    .select({ registrationStatus: registrations.status, teamId: teamMembers.teamId, submissionStatus: submissions.status })
    .from(registrations)
    .leftJoin(teamMembers, and(eq(teamMembers.eventId, registrations.eventId), eq(teamMembers.userId, registrations.userId)))
    .leftJoin(submissions, eq(submissions.teamId, teamMembers.teamId))
    .where(and(eq(registrations.eventId, eventId), eq(registrations.userId, actor.userId)));
  return row ?? null;
}
