import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { createdAt, id, tstz, updatedAt } from './columns';
import { adoptionStatus } from './enums';
import { events, prizes } from './events';
import { submissions } from './submissions';

export const awards = pgTable(
  'awards',
  {
    id: id(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    prizeId: uuid().references(() => prizes.id, { onDelete: 'set null' }),
    submissionId: uuid().notNull(),
    /** 1 = first place within the prize; null for single-winner prizes */
    placement: integer(),
    titleZh: text().notNull().default(''),
    titleEn: text().notNull().default(''),
    citationZh: text().notNull().default(''),
    citationEn: text().notNull().default(''),
    awardedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    unique('awards_prize_submission_unique').on(t.prizeId, t.submissionId),
    // An award's project belongs to the award's own event.
    foreignKey({ name: 'awards_submission_event_fk', columns: [t.submissionId, t.eventId], foreignColumns: [submissions.id, submissions.eventId] }).onDelete('cascade'),
    check('awards_placement_positive', sql`${t.placement} is null or ${t.placement} >= 1`),
    index('awards_event_idx').on(t.eventId),
  ],
);

/** People's choice: one vote per signed-in account per event. */
export const votes = pgTable(
  'votes',
  {
    id: id(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    submissionId: uuid().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique('votes_one_per_user_event').on(t.eventId, t.userId),
    index('votes_submission_idx').on(t.submissionId),
    // Without this, a vote could name another event's project and slip past "one vote per event".
    foreignKey({ name: 'votes_submission_event_fk', columns: [t.submissionId, t.eventId], foreignColumns: [submissions.id, submissions.eventId] }).onDelete('cascade'),
  ],
);

/** Winners merge their work into an official city repository before the prize is paid. */
export const adoptions = pgTable(
  'adoptions',
  {
    id: id(),
    awardId: uuid()
      .notNull()
      .unique()
      .references(() => awards.id, { onDelete: 'cascade' }),
    targetRepositoryUrl: text().notNull().default(''),
    pullRequestUrl: text(),
    status: adoptionStatus().notNull().default('pending'),
    dueAt: tstz(),
    mergedAt: tstz(),
    paidAt: tstz(),
    note: text().notNull().default(''),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [check('adoptions_paid_after_merge', sql`${t.paidAt} is null or ${t.mergedAt} is not null`)],
);
