import 'server-only';
import { alias } from 'drizzle-orm/pg-core';
import { and, asc, eq, exists, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { registrations, submissions, teamMembers, teamRemovals, teams, tracks, users } from '@/db/schema';
import type { TeamQuery } from '@/lib/validation/people';
import { likePattern, PAGE_SIZE } from './registration-rows';

/*
 * The teams of one event for the organizer's teams page and the exports: contacts, members, track, the
 * open removal (reason shown) and the submission's state. Names are the ones people registered with.
 * Callers check the actor first.
 */
const captains = alias(users, 'captains');
const seconds = alias(users, 'second_contacts');
const captainRegs = alias(registrations, 'captain_regs');
const secondRegs = alias(registrations, 'second_regs');

function teamFilter(eventId: string, query: Partial<TeamQuery>): SQL {
  const conditions: (SQL | undefined)[] = [eq(teams.eventId, eventId)];
  if (query.q) {
    const pattern = likePattern(query.q);
    const memberMatches = exists(
      sql`(select 1 from ${teamMembers} join ${registrations} on ${registrations.userId} = ${teamMembers.userId} and ${registrations.eventId} = ${teamMembers.eventId}
           where ${teamMembers.teamId} = ${teams.id} and ${registrations.displayName} ilike ${pattern})`,
    );
    conditions.push(or(ilike(teams.name, pattern), memberMatches));
  }
  if (query.status) conditions.push(eq(teams.status, query.status));
  if (query.track === 'none') conditions.push(isNull(teams.trackId));
  else if (query.track) conditions.push(eq(teams.trackId, query.track));
  if (query.submission === 'none') conditions.push(isNull(submissions.id));
  else if (query.submission) conditions.push(eq(submissions.status, query.submission));
  return and(...conditions)!;
}

export type TeamRow = Awaited<ReturnType<typeof selectTeamRows>>[number];

export async function selectTeamRows(executor: DbOrTx, eventId: string, query: Partial<TeamQuery>, paging?: { page: number }) {
  const base = executor
    .select({
      id: teams.id,
      version: teams.version,
      name: teams.name,
      status: teams.status,
      statusReason: teams.statusReason,
      trackZh: tracks.nameZh,
      trackEn: tracks.nameEn,
      captainName: sql<string>`coalesce(${captainRegs.displayName}, ${captains.name}, '')`,
      captainEmail: captains.email,
      secondName: sql<string | null>`coalesce(${secondRegs.displayName}, ${seconds.name})`,
      secondEmail: seconds.email,
      deadlineExtendedUntil: teams.deadlineExtendedUntil,
      submissionId: submissions.id,
      submissionTitle: submissions.title,
      submissionTagline: submissions.tagline,
      submissionStatus: submissions.status,
      submittedAt: submissions.submittedAt,
      lastSavedAt: submissions.updatedAt,
      repositoryUrl: submissions.repositoryUrl,
      demoUrl: submissions.demoUrl,
      videoUrl: submissions.videoUrl,
      removalKind: teamRemovals.kind,
      removalReason: teamRemovals.reason,
      removedAt: teamRemovals.removedAt,
    })
    .from(teams)
    .innerJoin(captains, eq(captains.id, teams.captainId))
    .leftJoin(captainRegs, and(eq(captainRegs.userId, teams.captainId), eq(captainRegs.eventId, teams.eventId)))
    .leftJoin(seconds, eq(seconds.id, teams.secondContactId))
    .leftJoin(secondRegs, and(eq(secondRegs.userId, teams.secondContactId), eq(secondRegs.eventId, teams.eventId)))
    .leftJoin(tracks, eq(tracks.id, teams.trackId))
    .leftJoin(submissions, eq(submissions.teamId, teams.id))
    .leftJoin(teamRemovals, and(eq(teamRemovals.teamId, teams.id), isNull(teamRemovals.reinstatedAt)))
    .where(teamFilter(eventId, query))
    .orderBy(asc(sql`lower(${teams.name})`), asc(teams.id));
  return paging ? base.limit(PAGE_SIZE).offset((paging.page - 1) * PAGE_SIZE) : base;
}

export async function countTeamRows(executor: DbOrTx, eventId: string, query: Partial<TeamQuery>): Promise<number> {
  const [row] = await executor
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(teams)
    .leftJoin(submissions, eq(submissions.teamId, teams.id))
    .where(teamFilter(eventId, query));
  return row!.n;
}

export type TeamMemberRow = { teamId: string; userId: string; displayName: string };

/** The members of these teams, in joining order. */
export async function selectTeamMembers(executor: DbOrTx, teamIds: string[]): Promise<TeamMemberRow[]> {
  if (teamIds.length === 0) return [];
  return executor
    .select({ teamId: teamMembers.teamId, userId: teamMembers.userId, displayName: sql<string>`coalesce(${registrations.displayName}, ${users.name}, '')` })
    .from(teamMembers)
    .innerJoin(users, eq(users.id, teamMembers.userId))
    .leftJoin(registrations, and(eq(registrations.userId, teamMembers.userId), eq(registrations.eventId, teamMembers.eventId)))
    .where(inArray(teamMembers.teamId, teamIds))
    .orderBy(asc(teamMembers.joinedAt), asc(teamMembers.userId));
}
