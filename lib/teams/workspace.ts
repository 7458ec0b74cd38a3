import 'server-only';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { registrations, teamMembers, teamRequests, teams, tracks, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { actorStanding, findTeamEvent, isEventTeamWindowOpen, type ActorStanding, type TeamEvent } from './event-context';
import { isTeamClosed, teamSizeStatus, type TeamSizeStatus } from './rules';

/*
 * Everything the team page shows, read for one actor. Only the actor's own team is read; requests sent to
 * the team are listed for its captain alone, and nothing here carries an e-mail address.
 */
export type TrackOption = { id: string; nameZh: string; nameEn: string };
export type WorkspaceMember = { userId: string; name: string; skills: string[]; isCaptain: boolean; isSecondContact: boolean };
export type PendingRequest = { id: string; name: string; skills: string[]; message: string; createdAt: Date };
export type PendingInvitation = { id: string; teamName: string; message: string; createdAt: Date };

export type WorkspaceTeam = {
  id: string;
  name: string;
  trackId: string | null;
  pitch: string;
  inviteCode: string;
  isLookingForMembers: boolean;
  rolesNeeded: string;
  version: number;
  captainId: string;
  secondContactId: string | null;
  members: WorkspaceMember[];
  size: TeamSizeStatus;
  /** Past the deadline (or the team's extension), or the team was closed by the organizers. */
  isFrozen: boolean;
  isCaptain: boolean;
  /** Open requests from people asking to join (the captain answers them). */
  requests: PendingRequest[];
  /** Invitations the team sent that are still open. */
  invitationsSent: { id: string; name: string }[];
};

export type TeamWorkspace = {
  event: TeamEvent;
  standing: ActorStanding;
  tracks: TrackOption[];
  isWindowOpen: boolean;
  team: WorkspaceTeam | null;
  /** Without a team: invitations addressed to the actor, and the actor's own open requests. */
  invitations: PendingInvitation[];
  requestsSent: PendingInvitation[];
};

const displayName = sql<string>`coalesce(nullif(${registrations.displayName}, ''), ${users.name}, '')`;
const registrationOfTeamEvent = (eventId: string) => and(eq(registrations.userId, users.id), eq(registrations.eventId, eventId));
const isOpen = and(isNull(teamRequests.acceptedAt), isNull(teamRequests.declinedAt));

async function loadTeam(actor: Actor, event: TeamEvent, teamId: string): Promise<WorkspaceTeam | null> {
  const [team] = await db.select().from(teams).where(eq(teams.id, teamId));
  if (!team) return null;
  const memberRows = await db
    .select({ userId: teamMembers.userId, name: displayName, skills: registrations.skills })
    .from(teamMembers)
    .innerJoin(users, eq(users.id, teamMembers.userId))
    .leftJoin(registrations, registrationOfTeamEvent(event.id))
    .where(eq(teamMembers.teamId, team.id))
    .orderBy(asc(teamMembers.joinedAt));
  const isCaptain = team.captainId === actor.userId;
  const requests = isCaptain
    ? await db
        .select({ id: teamRequests.id, name: displayName, skills: registrations.skills, message: teamRequests.message, createdAt: teamRequests.createdAt })
        .from(teamRequests)
        .innerJoin(users, eq(users.id, teamRequests.userId))
        .leftJoin(registrations, registrationOfTeamEvent(event.id))
        // Someone who has joined another team meanwhile can no longer be accepted: not worth showing.
        .where(and(eq(teamRequests.teamId, team.id), eq(teamRequests.isInvitation, false), isOpen, sql`not exists (select 1 from ${teamMembers} where ${teamMembers.eventId} = ${event.id} and ${teamMembers.userId} = ${teamRequests.userId})`))
        .orderBy(asc(teamRequests.createdAt))
    : [];
  const invitationsSent = isCaptain
    ? await db
        .select({ id: teamRequests.id, name: displayName })
        .from(teamRequests)
        .innerJoin(users, eq(users.id, teamRequests.userId))
        .leftJoin(registrations, registrationOfTeamEvent(event.id))
        .where(and(eq(teamRequests.teamId, team.id), eq(teamRequests.isInvitation, true), isOpen))
        .orderBy(asc(teamRequests.createdAt))
    : [];
  const members = memberRows.map((m) => ({
    userId: m.userId,
    name: m.name,
    skills: m.skills ?? [],
    isCaptain: m.userId === team.captainId,
    isSecondContact: m.userId === team.secondContactId,
  }));
  return {
    id: team.id,
    name: team.name,
    trackId: team.trackId,
    pitch: team.pitch,
    inviteCode: team.inviteCode,
    isLookingForMembers: team.isLookingForMembers,
    rolesNeeded: team.rolesNeeded,
    version: team.version,
    captainId: team.captainId,
    secondContactId: team.secondContactId,
    members,
    size: teamSizeStatus(members.length, event.teamSizeMin, event.teamSizeMax),
    isFrozen: isTeamClosed(team.status) || !isEventTeamWindowOpen(event, team.deadlineExtendedUntil),
    isCaptain,
    requests: requests.map((r) => ({ ...r, skills: r.skills ?? [] })),
    invitationsSent,
  };
}

async function openRequestsOfActor(actor: Actor, eventId: string, isInvitation: boolean): Promise<PendingInvitation[]> {
  return db
    .select({ id: teamRequests.id, teamName: teams.name, message: teamRequests.message, createdAt: teamRequests.createdAt })
    .from(teamRequests)
    .innerJoin(teams, eq(teams.id, teamRequests.teamId))
    .where(and(eq(teams.eventId, eventId), eq(teamRequests.userId, actor.userId), eq(teamRequests.isInvitation, isInvitation), isOpen))
    .orderBy(asc(teamRequests.createdAt));
}

/** null when the event does not exist or is not published (the page answers "not found"). */
export async function getTeamWorkspace(actor: Actor, slug: string): Promise<TeamWorkspace | null> {
  const event = await findTeamEvent(slug);
  if (!event) return null;
  const standing = await actorStanding(actor, event.id);
  const trackRows = await db
    .select({ id: tracks.id, nameZh: tracks.nameZh, nameEn: tracks.nameEn })
    .from(tracks)
    .where(eq(tracks.eventId, event.id))
    .orderBy(asc(tracks.position), asc(tracks.slug));
  const team = standing.teamId ? await loadTeam(actor, event, standing.teamId) : null;
  return {
    event,
    standing,
    tracks: trackRows,
    isWindowOpen: isEventTeamWindowOpen(event),
    team,
    invitations: team ? [] : await openRequestsOfActor(actor, event.id, true),
    requestsSent: team ? [] : await openRequestsOfActor(actor, event.id, false),
  };
}
