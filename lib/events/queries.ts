import 'server-only';
import { and, asc, count, eq, getTableColumns, sql } from 'drizzle-orm';
import { db, type DbOrTx } from '@/db/client';
import { events, prizes, teams, tracks } from '@/db/schema';

export type EventCard = {
  id: string;
  slug: string;
  titleZh: string;
  titleEn: string;
  summaryZh: string;
  summaryEn: string;
  timeZone: string;
  registrationOpensAt: Date;
  registrationClosesAt: Date;
  hackingStartsAt: Date;
  submissionDeadline: Date;
  judgingEndsAt: Date;
  resultsPublishedAt: Date | null;
  trackCount: number;
  teamCount: number;
};

export type HomeEvents = { current: EventCard[]; upcoming: EventCard[]; past: EventCard[] };

type Bucket = keyof HomeEvents;

// Teams that were turned away or left are not "taking part"; the card counts the ones still in.
const teamsTakingPart = sql`${teams.status} not in ('withdrawn', 'rejected', 'disqualified')`;

/*
 * One query: the counts come from grouped subqueries joined to the events (joined rather than correlated,
 * so Drizzle qualifies every column), and the bucket is decided in SQL with statement_timestamp(), so
 * the home page agrees with the deadlines the database enforces even when the app server's clock drifts.
 * Current = registration has opened and judging has not ended.
 */
export async function listEventsForHome(executor: DbOrTx = db): Promise<HomeEvents> {
  const trackCounts = executor
    .select({ eventId: tracks.eventId, n: count().as('track_count') })
    .from(tracks)
    .groupBy(tracks.eventId)
    .as('track_counts');
  const teamCounts = executor
    .select({ eventId: teams.eventId, n: count().as('team_count') })
    .from(teams)
    .where(teamsTakingPart)
    .groupBy(teams.eventId)
    .as('team_counts');
  const rows = await executor
    .select({
      id: events.id,
      slug: events.slug,
      titleZh: events.titleZh,
      titleEn: events.titleEn,
      summaryZh: events.summaryZh,
      summaryEn: events.summaryEn,
      timeZone: events.timeZone,
      registrationOpensAt: events.registrationOpensAt,
      registrationClosesAt: events.registrationClosesAt,
      hackingStartsAt: events.hackingStartsAt,
      submissionDeadline: events.submissionDeadline,
      judgingEndsAt: events.judgingEndsAt,
      resultsPublishedAt: events.resultsPublishedAt,
      trackCount: sql<number>`coalesce(${trackCounts.n}, 0)`.mapWith(Number),
      teamCount: sql<number>`coalesce(${teamCounts.n}, 0)`.mapWith(Number),
      bucket: sql<Bucket>`case
        when ${events.judgingEndsAt} <= statement_timestamp() then 'past'
        when ${events.registrationOpensAt} <= statement_timestamp() then 'current'
        else 'upcoming' end`,
    })
    .from(events)
    .leftJoin(trackCounts, eq(trackCounts.eventId, events.id))
    .leftJoin(teamCounts, eq(teamCounts.eventId, events.id))
    .where(eq(events.isPublished, true))
    .orderBy(asc(events.hackingStartsAt), asc(events.slug));

  const result: HomeEvents = { current: [], upcoming: [], past: [] };
  for (const { bucket, ...card } of rows) result[bucket].push(card);
  // Past events read newest first; current and upcoming soonest first (the SQL order).
  result.past.reverse();
  return result;
}

const { createdBy: _createdBy, version: _version, ...publicEventColumns } = getTableColumns(events);

export type PublicEvent = Omit<typeof events.$inferSelect, 'createdBy' | 'version'>;
export type PublicTrack = typeof tracks.$inferSelect;
export type PublicPrize = typeof prizes.$inferSelect;
export type PublicEventPage = { event: PublicEvent; tracks: PublicTrack[]; prizes: PublicPrize[]; now: Date };

/**
 * The public event page: null for a missing or unpublished event (a draft must not leak its existence).
 * `now` is the database's statement_timestamp(), read in the same statement as the event, so the page
 * can highlight the phase with the clock the deadlines use (see lib/events/phase.ts).
 */
export async function getPublicEventBySlug(slug: string, executor: DbOrTx = db): Promise<PublicEventPage | null> {
  const [row] = await executor
    .select({ ...publicEventColumns, now: sql<Date>`statement_timestamp()`.mapWith(events.createdAt) })
    .from(events)
    .where(and(eq(events.slug, slug), eq(events.isPublished, true)))
    .limit(1);
  if (!row) return null;
  const { now, ...event } = row;

  const [trackRows, prizeRows] = await Promise.all([
    executor.select().from(tracks).where(eq(tracks.eventId, event.id)).orderBy(asc(tracks.position), asc(tracks.slug)),
    executor
      .select()
      .from(prizes)
      .where(eq(prizes.eventId, event.id))
      // Overall prizes before track prizes at the same position, then the larger purse first.
      .orderBy(asc(prizes.position), sql`${prizes.trackId} is not null`, sql`${prizes.amount} desc nulls last`, asc(prizes.nameEn)),
  ]);
  return { event, tracks: trackRows, prizes: prizeRows, now };
}
