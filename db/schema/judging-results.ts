import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { createdAt, id, updatedAt } from './columns';
import { rankingMethod } from './enums';
import { events, tracks } from './events';
import { judgingRounds } from './judging';
import { submissions } from './submissions';

/**
 * The panel's decision on a tie the published ladder did not settle: the order they agreed for exactly
 * that group of projects under that method. `groupKey` is the group's sorted ids, so a decision only
 * applies while the tie is still the same tie (a late sheet that changes the group voids it silently
 * by no longer matching, and the group shows as undecided again).
 */
export const tieDecisions = pgTable(
  'tie_decisions',
  {
    id: id(),
    roundId: uuid()
      .notNull()
      .references(() => judgingRounds.id, { onDelete: 'cascade' }),
    method: rankingMethod().notNull(),
    groupKey: text().notNull(),
    orderedSubmissionIds: uuid().array().notNull(),
    note: text().notNull().default(''),
    decidedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    unique('tie_decisions_group_unique').on(t.roundId, t.method, t.groupKey),
    check('tie_decisions_two_or_more', sql`cardinality(${t.orderedSubmissionIds}) >= 2`),
  ],
);

/** A topic owner's domain feedback on one project of their track (no score, no vote). */
export const topicFeedback = pgTable(
  'topic_feedback',
  {
    id: id(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    trackId: uuid().references(() => tracks.id, { onDelete: 'cascade' }),
    submissionId: uuid()
      .notNull()
      .references(() => submissions.id, { onDelete: 'cascade' }),
    authorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    body: text().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('topic_feedback_one_per_author').on(t.submissionId, t.authorId),
    check('topic_feedback_body_length', sql`length(trim(${t.body})) between 1 and 4000`),
    index('topic_feedback_event_idx').on(t.eventId),
  ],
);
