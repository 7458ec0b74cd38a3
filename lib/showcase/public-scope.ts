import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { awards, events, showcaseOptOuts, submissions } from '@/db/schema';
import { resultsPublicSql } from '@/lib/results/visibility';

/*
 * The showcase's one scope rule, used by every public loader and open-data export in lib/showcase:
 *
 * - the event is published and its results are public by the database's clock (lib/results/visibility.ts:
 *   a scheduled publication shows itself at its time, an unpublished one disappears at once);
 * - the project was submitted (drafts never appear);
 * - every submitted project of such an event is listed, winners or not (as Devpost does: the work is the
 *   point of a civic hackathon), unless its captain withdrew it from the gallery; an awarded project stays
 *   listed even then, because the results are a public record.
 */
export function publicEventSql(): SQL {
  return sql`(${events.isPublished} and ${resultsPublicSql(events)})`;
}

export function publicProjectSql(): SQL {
  return sql`(${publicEventSql()} and ${submissions.status} = 'submitted'
    and (not exists (select 1 from ${showcaseOptOuts} where ${showcaseOptOuts.submissionId} = ${submissions.id})
      or exists (select 1 from ${awards} where ${awards.submissionId} = ${submissions.id})))`;
}

/** The year an event "belongs to": when hacking started, on the event's own wall clock. */
export function eventYearSql(): SQL<number> {
  return sql<number>`extract(year from ${events.hackingStartsAt} at time zone ${events.timeZone})::int`;
}
