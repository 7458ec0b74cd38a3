import { sql } from 'drizzle-orm';
import { check, foreignKey, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { createdAt, id, tstz } from './columns';
import { eventRole } from './enums';
import { events, tracks } from './events';
import { judgingRounds } from './judging';
import { submissions } from './submissions';

/**
 * An e-mailed invitation to judge (or to review a track as its topic owner). Only a hash of the token is
 * stored, so reading the table does not let anyone accept. Single use (acceptedAt) and expiring, both
 * decided by the database clock in the UPDATE that spends it.
 */
export const judgeInvitations = pgTable(
  'judge_invitations',
  {
    id: id(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    email: text().notNull(),
    role: eventRole().notNull(),
    trackId: uuid(),
    tokenHash: text().notNull().unique(),
    expiresAt: tstz().notNull(),
    acceptedAt: tstz(),
    acceptedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    revokedAt: tstz(),
    invitedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({ name: 'judge_invitations_track_event_fk', columns: [t.trackId, t.eventId], foreignColumns: [tracks.id, tracks.eventId] }).onDelete('cascade'),
    check('judge_invitations_email_lowercase', sql`${t.email} = lower(${t.email})`),
    check('judge_invitations_role_kind', sql`${t.role} in ('judge', 'topic_owner')`),
    check('judge_invitations_topic_owner_track', sql`(${t.role} = 'topic_owner') = (${t.trackId} is not null)`),
    index('judge_invitations_event_idx').on(t.eventId),
  ],
);

/**
 * The projects a round judges when its scope is not "every submitted project": the final round's
 * finalists, written by the organizer's "advance" step (lib/judging results, another engineer's) or by
 * hand. A preliminary round without rows here judges every submitted project (of its track, if it has one);
 * a final round without rows judges nothing yet.
 */
export const roundProjects = pgTable(
  'round_projects',
  {
    roundId: uuid()
      .notNull()
      .references(() => judgingRounds.id, { onDelete: 'cascade' }),
    submissionId: uuid()
      .notNull()
      .references(() => submissions.id, { onDelete: 'cascade' }),
    addedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.submissionId] })],
);
