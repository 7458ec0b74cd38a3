import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './auth';
import { createdAt, id, tstz, updatedAt } from './columns';
import { teamMemberRole, teamStatus } from './enums';
import { events, tracks } from './events';

export const teams = pgTable(
  'teams',
  {
    id: id(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    trackId: uuid(),
    pitch: text().notNull().default(''),
    captainId: uuid()
      .notNull()
      .references(() => users.id),
    /** The second contact person CodeFest asks every team for. */
    secondContactId: uuid().references(() => users.id, { onDelete: 'set null' }),
    inviteCode: text().notNull().unique(),
    isLookingForMembers: boolean().notNull().default(false),
    rolesNeeded: text().notNull().default(''),
    status: teamStatus().notNull().default('forming'),
    reservePosition: integer(),
    statusReason: text(),
    /** Reviewed admission: the interview slot at the workshop and the reviewers' note (organizers only). */
    interviewAt: tstz(),
    interviewLocation: text().notNull().default(''),
    reviewNote: text().notNull().default(''),
    isNoShow: boolean().notNull().default(false),
    /** A per-team deadline extension granted by an organizer (audited). */
    deadlineExtendedUntil: tstz(),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('teams_event_name_unique').on(t.eventId, sql`lower(${t.name})`),
    unique('teams_id_event_unique').on(t.id, t.eventId),
    // A team's track must belong to the team's own event.
    foreignKey({ columns: [t.trackId, t.eventId], foreignColumns: [tracks.id, tracks.eventId] }).onDelete('restrict'),
    check('teams_name_length', sql`length(trim(${t.name})) between 1 and 80`),
    check('teams_contacts_differ', sql`${t.secondContactId} is null or ${t.secondContactId} <> ${t.captainId}`),
    index('teams_event_idx').on(t.eventId),
  ],
);

/**
 * `eventId` is repeated here so the database itself can say "one team per person per event"
 * (the unique below); the composite foreign key keeps it equal to the team's event.
 * The team-size maximum is enforced by a trigger (see the custom migration), since it counts rows.
 */
export const teamMembers = pgTable(
  'team_members',
  {
    teamId: uuid().notNull(),
    eventId: uuid().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: teamMemberRole().notNull().default('member'),
    joinedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.teamId, t.userId] }),
    unique('team_members_one_team_per_event').on(t.eventId, t.userId),
    foreignKey({ columns: [t.teamId, t.eventId], foreignColumns: [teams.id, teams.eventId] }).onDelete('cascade'),
  ],
);

/** Team finder: a request from a person to a team (or an invitation from a team), accepted by the other side. */
export const teamRequests = pgTable(
  'team_requests',
  {
    id: id(),
    teamId: uuid()
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** true: the team invited the person; false: the person asked to join. */
    isInvitation: boolean().notNull(),
    message: text().notNull().default(''),
    acceptedAt: tstz(),
    declinedAt: tstz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('team_requests_single_outcome', sql`${t.acceptedAt} is null or ${t.declinedAt} is null`),
    index('team_requests_team_idx').on(t.teamId),
    index('team_requests_user_idx').on(t.userId),
    // At most one open request or invitation between a team and a person: a second one is refused by the
    // database, so two clicks at once cannot both create one.
    uniqueIndex('team_requests_pending_unique')
      .on(t.teamId, t.userId)
      .where(sql`${t.acceptedAt} is null and ${t.declinedAt} is null`),
  ],
);
