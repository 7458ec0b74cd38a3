import { sql } from 'drizzle-orm';
import { check, foreignKey, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { createdAt, id, tstz } from './columns';
import { teamStatus } from './enums';
import { teams } from './teams';

/*
 * An organizer's removal of a team (disqualified or withdrawn), with the required reason and the status the
 * team had before, so reinstating restores exactly that status. At most one open removal per team (the
 * partial unique index): two organizers removing the same team at once cannot both succeed.
 */
export const teamRemovals = pgTable(
  'team_removals',
  {
    id: id(),
    teamId: uuid().notNull(),
    eventId: uuid().notNull(),
    kind: text().$type<'disqualified' | 'withdrawn'>().notNull(),
    reason: text().notNull(),
    previousStatus: teamStatus().notNull(),
    removedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    removedAt: createdAt(),
    reinstatedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    reinstatedAt: tstz(),
  },
  (t) => [
    foreignKey({ columns: [t.teamId, t.eventId], foreignColumns: [teams.id, teams.eventId] }).onDelete('cascade'),
    check('team_removals_kind', sql`${t.kind} in ('disqualified', 'withdrawn')`),
    check('team_removals_reason_present', sql`length(trim(${t.reason})) between 1 and 2000`),
    uniqueIndex('team_removals_one_open').on(t.teamId).where(sql`${t.reinstatedAt} is null`),
    index('team_removals_event_idx').on(t.eventId),
  ],
);
