import { sql } from 'drizzle-orm';
import { boolean, check, integer, pgTable, uuid } from 'drizzle-orm/pg-core';
import { tstz, updatedAt } from './columns';
import { events, prizes } from './events';

/**
 * Per-event settings of the results phase, kept beside `events` rather than on it so the event-settings
 * form and its version are not touched by results work. One row per event, created on first save.
 * - the people's-choice voting window (checked with the DB clock by the votes trigger, migration 0019+),
 * - whether teams may see their anonymised score breakdown after publication (off by default),
 * - which prize is the people's choice (its winners are proposed from the vote count),
 * - `awardsVersion`: optimistic concurrency for the awards page, bumped by every awards save.
 */
export const resultsSettings = pgTable(
  'results_settings',
  {
    eventId: uuid()
      .primaryKey()
      .references(() => events.id, { onDelete: 'cascade' }),
    voteOpensAt: tstz(),
    voteClosesAt: tstz(),
    showScoresToTeams: boolean().notNull().default(false),
    peoplesChoicePrizeId: uuid().references(() => prizes.id, { onDelete: 'set null' }),
    version: integer().notNull().default(1),
    awardsVersion: integer().notNull().default(1),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('results_settings_vote_window', sql`(${t.voteOpensAt} is null) = (${t.voteClosesAt} is null) and (${t.voteOpensAt} is null or ${t.voteOpensAt} < ${t.voteClosesAt})`),
    check('results_settings_versions_positive', sql`${t.version} >= 1 and ${t.awardsVersion} >= 1`),
  ],
);
