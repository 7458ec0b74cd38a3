import 'server-only';
import { and, asc, eq, inArray, isNull, ne, notInArray, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { registrations, teamMembers, teamRequests, teams, tracks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { actorStanding, findTeamEvent, isEventTeamWindowOpen, type ActorStanding, type TeamEvent } from './event-context';
import { CLOSED_TEAM_STATUSES, INELIGIBLE_REGISTRATION_STATUSES } from './rules';

/*
 * The team finder. Only registered (eligible) participants see it: it lists people by the display name,
 * skills and note they chose to show, never their e-mail address; contact goes through requests in the app.
 */
export type FinderPerson = { userId: string; name: string; skills: string[]; note: string; isInvited: boolean };
export type FinderTeam = {
  id: string;
  name: string;
  trackZh: string | null;
  trackEn: string | null;
  pitch: string;
  rolesNeeded: string;
  memberCount: number;
  hasRequested: boolean;
};

export type TeamFinder = {
  event: TeamEvent;
  standing: ActorStanding;
  isWindowOpen: boolean;
  /** The actor's team, when the actor leads one: "invite" buttons appear for its captain only. */
  captainOfTeamId: string | null;
  people: FinderPerson[];
  teams: FinderTeam[];
};

const memberCount = sql<number>`(select count(*) from ${teamMembers} where ${teamMembers.teamId} = ${teams.id})`.mapWith(Number);

async function listPeople(actor: Actor, event: TeamEvent, captainOfTeamId: string | null): Promise<FinderPerson[]> {
  const inTeam = db.select({ userId: teamMembers.userId }).from(teamMembers).where(eq(teamMembers.eventId, event.id));
  const rows = await db
    .select({ userId: registrations.userId, name: registrations.displayName, skills: registrations.skills, note: registrations.lookingForNote })
    .from(registrations)
    .where(
      and(
        eq(registrations.eventId, event.id),
        eq(registrations.isLookingForTeam, true),
        ne(registrations.userId, actor.userId),
        notInArray(registrations.status, [...INELIGIBLE_REGISTRATION_STATUSES]),
        notInArray(registrations.userId, inTeam),
      ),
    )
    .orderBy(asc(registrations.createdAt));
  const invited = new Set<string>();
  if (captainOfTeamId && rows.length > 0) {
    const open = await db
      .select({ userId: teamRequests.userId })
      .from(teamRequests)
      .where(and(eq(teamRequests.teamId, captainOfTeamId), isNull(teamRequests.acceptedAt), isNull(teamRequests.declinedAt), inArray(teamRequests.userId, rows.map((r) => r.userId))));
    for (const row of open) invited.add(row.userId);
  }
  return rows.map((r) => ({ ...r, isInvited: invited.has(r.userId) }));
}

async function listTeams(actor: Actor, event: TeamEvent, ownTeamId: string | null): Promise<FinderTeam[]> {
  const rows = await db
    .select({
      id: teams.id,
      name: teams.name,
      trackZh: tracks.nameZh,
      trackEn: tracks.nameEn,
      pitch: teams.pitch,
      rolesNeeded: teams.rolesNeeded,
      memberCount,
      hasRequested: sql<boolean>`exists (select 1 from ${teamRequests} where ${teamRequests.teamId} = ${teams.id} and ${teamRequests.userId} = ${actor.userId} and ${teamRequests.acceptedAt} is null and ${teamRequests.declinedAt} is null)`,
    })
    .from(teams)
    .leftJoin(tracks, eq(tracks.id, teams.trackId))
    .where(
      and(
        eq(teams.eventId, event.id),
        eq(teams.isLookingForMembers, true),
        notInArray(teams.status, [...CLOSED_TEAM_STATUSES]),
        ownTeamId ? ne(teams.id, ownTeamId) : undefined,
        sql`${memberCount} < ${event.teamSizeMax}`,
      ),
    )
    .orderBy(asc(teams.createdAt));
  return rows;
}

/** null when the event does not exist or is not published. Lists nothing for someone not eligible. */
export async function listTeamFinder(actor: Actor, slug: string): Promise<TeamFinder | null> {
  const event = await findTeamEvent(slug);
  if (!event) return null;
  const standing = await actorStanding(actor, event.id);
  const base = { event, standing, isWindowOpen: isEventTeamWindowOpen(event) };
  if (!standing.isEligible) return { ...base, captainOfTeamId: null, people: [], teams: [] };
  let captainOfTeamId: string | null = null;
  if (standing.teamId) {
    const [own] = await db.select({ captainId: teams.captainId }).from(teams).where(eq(teams.id, standing.teamId));
    if (own?.captainId === actor.userId) captainOfTeamId = standing.teamId;
  }
  const [people, teamRows] = await Promise.all([
    // People are listed to those who can act on the listing: anyone without a team (to see who is around) and captains.
    standing.teamId && !captainOfTeamId ? Promise.resolve([]) : listPeople(actor, event, captainOfTeamId),
    standing.teamId ? Promise.resolve([]) : listTeams(actor, event, standing.teamId),
  ]);
  return { ...base, captainOfTeamId, people, teams: teamRows };
}
