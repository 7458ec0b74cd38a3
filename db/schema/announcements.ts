import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { createdAt, id, tstz, updatedAt } from './columns';
import { announcementAudience } from './enums';
import { events } from './events';

export const announcements = pgTable(
  'announcements',
  {
    id: id(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    audience: announcementAudience().notNull().default('public'),
    titleZh: text().notNull().default(''),
    titleEn: text().notNull().default(''),
    bodyZh: text().notNull().default(''),
    bodyEn: text().notNull().default(''),
    publishedAt: tstz(),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    /** Several organizers may edit one announcement: a stale save is refused (version in the UPDATE). */
    version: integer().notNull().default(1),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('announcements_title_present', sql`${t.titleZh} <> '' or ${t.titleEn} <> ''`),
    index('announcements_event_idx').on(t.eventId, t.publishedAt),
  ],
);
