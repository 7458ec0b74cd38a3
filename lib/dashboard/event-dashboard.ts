import 'server-only';
import { and, asc, eq, isNull, notInArray, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { judgeAssignments, judgingRounds, registrations, scoreSheets, submissions, teams, tracks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { countsOf, type CheckInCounts } from '@/lib/checkin/queries';
import { requireManagedEvent } from '@/lib/events/setup-access';
import { runDomain, type Result } from '@/lib/result';
import { cumulativeByDay, type CumulativePoint } from './series';

/*
 * The numbers behind the organizer overview's charts: five grouped queries, run side by side, each one
 * aggregate in the database (no per-row work in Node). "Active" teams are those still in the running:
 * not withdrawn, rejected or disqualified.
 */
export type TrackTeams = { trackId: string | null; nameZh: string; nameEn: string; teams: number };
export type RoundProgress = { roundId: string; nameZh: string; nameEn: string; assigned: number; submitted: number };
export type EventDashboard = {
  timeZone: string;
  submissionDeadline: Date;
  registrations: CumulativePoint[];
  teamsPerTrack: TrackTeams[];
  projects: { submitted: number; drafts: number; none: number };
  judging: RoundProgress[];
  checkIns: CheckInCounts;
};

const INACTIVE_TEAMS = ['withdrawn', 'rejected', 'disqualified'] as const;

export async function loadEventDashboard(actor: Actor | null, ref: { id?: string; slug?: string }): Promise<Result<EventDashboard>> {
  return runDomain(async () => {
    const event = await requireManagedEvent(actor, ref);
    const [days, perTrack, noTrack, projects, rounds, checkIns] = await Promise.all([
      registrationsPerDay(event.id, event.timeZone),
      teamsPerTrack(event.id),
      teamsWithoutTrack(event.id),
      projectProgress(event.id),
      judgingProgress(event.id),
      countsOf(event.id),
    ]);
    return {
      timeZone: event.timeZone,
      submissionDeadline: event.submissionDeadline,
      registrations: cumulativeByDay(days),
      teamsPerTrack: noTrack > 0 ? [...perTrack, { trackId: null, nameZh: '', nameEn: '', teams: noTrack }] : perTrack,
      projects,
      judging: rounds,
      checkIns,
    };
  });
}

/** Every registration ever made (a later withdrawal still happened that day), by calendar day in the event's zone. */
function registrationsPerDay(eventId: string, timeZone: string) {
  const day = sql<string>`to_char(${registrations.createdAt} at time zone ${timeZone}, 'YYYY-MM-DD')`;
  return db
    .select({ day, count: sql<number>`count(*)::int` })
    .from(registrations)
    .where(eq(registrations.eventId, eventId))
    // By position: the zone is a bound parameter, and Postgres does not see two parameters as one expression.
    .groupBy(sql`1`);
}

function teamsPerTrack(eventId: string) {
  return db
    .select({ trackId: tracks.id, nameZh: tracks.nameZh, nameEn: tracks.nameEn, teams: sql<number>`count(${teams.id})::int` })
    .from(tracks)
    .leftJoin(teams, and(eq(teams.trackId, tracks.id), notInArray(teams.status, [...INACTIVE_TEAMS])))
    .where(eq(tracks.eventId, eventId))
    .groupBy(tracks.id)
    .orderBy(asc(tracks.position), asc(tracks.slug));
}

async function teamsWithoutTrack(eventId: string) {
  const [row] = await db
    .select({ teams: sql<number>`count(*)::int` })
    .from(teams)
    .where(and(eq(teams.eventId, eventId), isNull(teams.trackId), notInArray(teams.status, [...INACTIVE_TEAMS])));
  return row?.teams ?? 0;
}

async function projectProgress(eventId: string) {
  const [row] = await db
    .select({
      submitted: sql<number>`(count(*) filter (where ${submissions.status} = 'submitted'))::int`,
      drafts: sql<number>`(count(*) filter (where ${submissions.status} = 'draft'))::int`,
      none: sql<number>`(count(*) filter (where ${submissions.id} is null))::int`,
    })
    .from(teams)
    .leftJoin(submissions, eq(submissions.teamId, teams.id))
    .where(and(eq(teams.eventId, eventId), notInArray(teams.status, [...INACTIVE_TEAMS])));
  return row ?? { submitted: 0, drafts: 0, none: 0 };
}

/** Per open round: assignments, and how many of them have a submitted sheet (the same judge and project). */
function judgingProgress(eventId: string) {
  return db
    .select({
      roundId: judgingRounds.id,
      nameZh: judgingRounds.nameZh,
      nameEn: judgingRounds.nameEn,
      assigned: sql<number>`count(${judgeAssignments.id})::int`,
      submitted: sql<number>`(count(${scoreSheets.id}) filter (where ${scoreSheets.status} = 'submitted'))::int`,
    })
    .from(judgingRounds)
    .leftJoin(judgeAssignments, eq(judgeAssignments.roundId, judgingRounds.id))
    .leftJoin(
      scoreSheets,
      and(
        eq(scoreSheets.roundId, judgeAssignments.roundId),
        eq(scoreSheets.judgeId, judgeAssignments.judgeId),
        eq(scoreSheets.submissionId, judgeAssignments.submissionId),
      ),
    )
    .where(and(eq(judgingRounds.eventId, eventId), eq(judgingRounds.status, 'open')))
    .groupBy(judgingRounds.id)
    .orderBy(asc(judgingRounds.position));
}
