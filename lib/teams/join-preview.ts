import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { teamMembers, teams, tracks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { inviteCodeSchema } from '@/lib/validation/teams';
import { actorStanding, findTeamEvent, isEventTeamWindowOpen, type TeamEvent } from './event-context';
import { isTeamClosed } from './rules';

/*
 * What the invite link shows before joining: the team, and whether the actor can join it now. The code
 * is the secret: whoever holds it may see the team's name and pitch (the captain shared it for that).
 */
export type JoinBlocker = 'notRegistered' | 'alreadyInThisTeam' | 'alreadyInTeam' | 'full' | 'frozen';

export type JoinPreview = {
  event: TeamEvent;
  code: string;
  team: { id: string; name: string; pitch: string; trackZh: string | null; trackEn: string | null; memberCount: number };
  /** Why the actor cannot join now, or null when the join button can be offered. */
  blocker: JoinBlocker | null;
};

/** null for an unknown event or code (the page answers "not found" for both). */
export async function getJoinPreview(actor: Actor, slug: string, rawCode: string): Promise<JoinPreview | null> {
  const parsed = inviteCodeSchema.safeParse(rawCode);
  if (!parsed.success) return null;
  const event = await findTeamEvent(slug);
  if (!event) return null;
  const [team] = await db
    .select({
      id: teams.id,
      name: teams.name,
      pitch: teams.pitch,
      status: teams.status,
      deadlineExtendedUntil: teams.deadlineExtendedUntil,
      trackZh: tracks.nameZh,
      trackEn: tracks.nameEn,
      memberCount: sql<number>`(select count(*) from ${teamMembers} where ${teamMembers.teamId} = ${teams.id})`.mapWith(Number),
    })
    .from(teams)
    .leftJoin(tracks, eq(tracks.id, teams.trackId))
    .where(and(eq(teams.eventId, event.id), eq(teams.inviteCode, parsed.data)));
  if (!team) return null;
  const standing = await actorStanding(actor, event.id);
  const blocker: JoinBlocker | null =
    standing.teamId === team.id
      ? 'alreadyInThisTeam'
      : isTeamClosed(team.status) || !isEventTeamWindowOpen(event, team.deadlineExtendedUntil)
        ? 'frozen'
        : !standing.isEligible
          ? 'notRegistered'
          : standing.teamId
            ? 'alreadyInTeam'
            : team.memberCount >= event.teamSizeMax
              ? 'full'
              : null;
  const { status: _status, deadlineExtendedUntil: _ext, ...shown } = team;
  return { event, code: parsed.data, team: shown, blocker };
}
