import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { events, registrations, teamMembers, teams, tracks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { requireEventRole } from '@/lib/auth/guards';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { teamIdSchema } from './schemas';

export const BOARD_LISTS = ['applied', 'document_passed', 'admitted', 'reserve', 'rejected', 'withdrawn'] as const;
export type BoardList = (typeof BOARD_LISTS)[number];

export type BoardTeam = {
  id: string;
  name: string;
  status: BoardList;
  trackZh: string | null;
  trackEn: string | null;
  reservePosition: number | null;
  interviewAt: Date | null;
  interviewLocation: string;
  reviewNote: string;
  isNoShow: boolean;
  members: { userId: string; displayName: string; affiliation: string; isCaptain: boolean }[];
};

/**
 * The organizer's admission board: the teams of each list with their members. Organizers of the event and
 * site admins only; the guard answers not found for an unpublished event to anyone else.
 */
export async function getAdmissionBoard(actor: Actor | null, slug: string): Promise<Result<{ event: typeof events.$inferSelect; now: Date; lists: Record<BoardList, BoardTeam[]>; formingCount: number }>> {
  return runDomain(async () => {
    const [found] = await db.select({ id: events.id }).from(events).where(eq(events.slug, slug));
    if (!found) throw new DomainFailure('not_found');
    const event = await requireEventRole(actor, found.id, 'organizer');
    const [{ now }] = (await db.execute(sql`select statement_timestamp() as now`)) as unknown as [{ now: string }];
    const rows = await db
      .select({
        id: teams.id,
        name: teams.name,
        status: teams.status,
        trackZh: tracks.nameZh,
        trackEn: tracks.nameEn,
        reservePosition: teams.reservePosition,
        interviewAt: teams.interviewAt,
        interviewLocation: teams.interviewLocation,
        reviewNote: teams.reviewNote,
        isNoShow: teams.isNoShow,
        captainId: teams.captainId,
      })
      .from(teams)
      .leftJoin(tracks, eq(tracks.id, teams.trackId))
      .where(eq(teams.eventId, event.id))
      .orderBy(sql`${teams.reservePosition} asc nulls last`, asc(teams.name));
    const listed = rows.filter((r): r is typeof r & { status: BoardList } => (BOARD_LISTS as readonly string[]).includes(r.status));
    const members = listed.length
      ? await db
          .select({ teamId: teamMembers.teamId, userId: teamMembers.userId, displayName: registrations.displayName, affiliation: registrations.affiliation })
          .from(teamMembers)
          .leftJoin(registrations, and(eq(registrations.userId, teamMembers.userId), eq(registrations.eventId, teamMembers.eventId)))
          .where(inArray(teamMembers.teamId, listed.map((r) => r.id)))
          .orderBy(asc(teamMembers.joinedAt))
      : [];
    const lists = Object.fromEntries(BOARD_LISTS.map((l) => [l, [] as BoardTeam[]])) as Record<BoardList, BoardTeam[]>;
    for (const { captainId, ...row } of listed) {
      lists[row.status].push({
        ...row,
        members: members
          .filter((m) => m.teamId === row.id)
          .map((m) => ({ userId: m.userId, displayName: m.displayName ?? '', affiliation: m.affiliation ?? '', isCaptain: m.userId === captainId })),
      });
    }
    return { event, now: new Date(now), lists, formingCount: rows.filter((r) => r.status === 'forming').length };
  });
}

export type AdmissionPanelData = {
  eventId: string;
  slug: string;
  status: (typeof teams.$inferSelect)['status'];
  reservePosition: number | null;
  interviewAt: Date | null;
  interviewLocation: string;
  isNoShow: boolean;
  isCaptain: boolean;
  memberCount: number;
  teamSizeMin: number;
  timeZone: string;
  withdrawalDeadline: Date;
  canApply: boolean;
  canWithdraw: boolean;
};

/**
 * What a member sees of their team's admission. Null when the actor is not in the team (not found, as
 * for any outsider) or when the event admits automatically (there is nothing to apply for).
 */
export async function getAdmissionPanel(actor: Actor | null, teamId: string): Promise<AdmissionPanelData | null> {
  if (!actor || !teamIdSchema.safeParse(teamId).success) return null;
  const [row] = await db
    .select({
      status: teams.status,
      reservePosition: teams.reservePosition,
      interviewAt: teams.interviewAt,
      interviewLocation: teams.interviewLocation,
      isNoShow: teams.isNoShow,
      captainId: teams.captainId,
      eventId: events.id,
      slug: events.slug,
      admissionMode: events.admissionMode,
      teamSizeMin: events.teamSizeMin,
      timeZone: events.timeZone,
      registrationClosesAt: events.registrationClosesAt,
      withdrawalDeadline: sql<Date>`coalesce(${events.withdrawalDeadline}, ${events.hackingStartsAt})`.mapWith(events.createdAt),
      now: sql<Date>`statement_timestamp()`.mapWith(events.createdAt),
      memberCount: sql<number>`(select count(*) from ${teamMembers} where ${teamMembers.teamId} = ${teams.id})`.mapWith(Number),
      isMember: sql<boolean>`exists(select 1 from ${teamMembers} where ${teamMembers.teamId} = ${teams.id} and ${teamMembers.userId} = ${actor.userId})`,
    })
    .from(teams)
    .innerJoin(events, eq(events.id, teams.eventId))
    .where(eq(teams.id, teamId));
  if (!row || !row.isMember || row.admissionMode !== 'reviewed') return null;
  const isCaptain = row.captainId === actor.userId;
  return {
    eventId: row.eventId,
    slug: row.slug,
    status: row.status,
    reservePosition: row.reservePosition,
    interviewAt: row.interviewAt,
    interviewLocation: row.interviewLocation,
    isNoShow: row.isNoShow,
    isCaptain,
    memberCount: row.memberCount,
    teamSizeMin: row.teamSizeMin,
    timeZone: row.timeZone,
    withdrawalDeadline: row.withdrawalDeadline,
    canApply: isCaptain && row.status === 'forming' && row.memberCount >= row.teamSizeMin && row.now < row.registrationClosesAt,
    canWithdraw: isCaptain && ['applied', 'document_passed', 'admitted', 'reserve'].includes(row.status) && row.now < row.withdrawalDeadline,
  };
}
