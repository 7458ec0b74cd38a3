import { sql } from 'drizzle-orm';
import { check, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';
import { events } from './events';

/**
 * Automatic e-mails that must go out exactly once: the 24 h and 1 h submission-deadline reminders (per
 * team) and the "results are published" notice (per participant). The scan that finds due ones runs on
 * every app instance; the unique key decides which instance sends, so nobody gets a notice twice.
 * `subjectId` is the team for reminders and the user for the results notice.
 */
export const sentNotifications = pgTable(
  'sent_notifications',
  {
    id: id(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    kind: text().notNull(),
    subjectId: uuid().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique('sent_notifications_once').on(t.eventId, t.kind, t.subjectId),
    check('sent_notifications_kind', sql`${t.kind} in ('deadline_24h', 'deadline_1h', 'results_published')`),
  ],
);
