import 'server-only';
import { eq, sql, type SQL } from 'drizzle-orm';
import { db, type DbOrTx } from '@/db/client';
import { events } from '@/db/schema';

/*
 * The one rule for "may the public see this event's results?", used by EVERY public reader of results
 * (winners, gallery badges, people's-choice counts, a team's score breakdown, open-data exports).
 *
 * Results are public once `events.results_published_at` is set AND is not in the future by the database's
 * clock. Scheduling a publication therefore only stores a future time: it becomes visible by itself at that
 * instant, with no cron job, because every reader compares with the DB clock. Unpublishing clears the column.
 *
 * Caching: a reader that caches must not outlive a scheduled publication, or the page would stay "not yet
 * published" after the time has come. `secondsUntilVisible` gives the lifetime such a cache may use (cap its
 * revalidate with it); publish / unpublish additionally call revalidateTag(cacheTags.eventResults(id)).
 */

type EventsTable = typeof events;

/** In-process check, for a row already loaded: `now` should be the DB clock when it matters. */
export function isResultsPublic(event: { resultsPublishedAt: Date | null }, now: Date): boolean {
  return event.resultsPublishedAt !== null && event.resultsPublishedAt.getTime() <= now.getTime();
}

/** DB-side guard for a WHERE clause: results_published_at is not null and <= now(). */
export function resultsPublicSql(eventsTable: EventsTable = events): SQL {
  return sql`(${eventsTable.resultsPublishedAt} is not null and ${eventsTable.resultsPublishedAt} <= now())`;
}

export type PublishedResults = { eventId: string; publishedAt: Date };

/**
 * Null unless the event's results are public right now (DB clock). Readers of results call this first and
 * return nothing when it is null, so an unpublished or scheduled event cannot leak through a new page.
 */
export async function publishedResultsOf(eventId: string, executor: DbOrTx = db): Promise<PublishedResults | null> {
  const [row] = await executor
    .select({ eventId: events.id, publishedAt: events.resultsPublishedAt })
    .from(events)
    .where(sql`${eq(events.id, eventId)} and ${resultsPublicSql(events)}`)
    .limit(1);
  if (!row || !row.publishedAt) return null;
  return { eventId: row.eventId, publishedAt: row.publishedAt };
}

/**
 * How long a cached "not yet public" answer may live: seconds until a scheduled publication (at least 1),
 * or null when nothing is scheduled (cache until a publish/unpublish revalidates the tag).
 */
export function secondsUntilVisible(event: { resultsPublishedAt: Date | null }, now: Date): number | null {
  if (event.resultsPublishedAt === null) return null;
  const ms = event.resultsPublishedAt.getTime() - now.getTime();
  return ms <= 0 ? null : Math.max(1, Math.ceil(ms / 1000));
}
