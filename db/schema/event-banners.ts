import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { bytea, createdAt, id } from './columns';
import { events } from './events';

/*
 * One banner image per event (event_id unique: replacing is an upsert). Bytes live in Postgres like the
 * submission images, so every app instance serves them. Alt text is both languages or neither: both empty
 * means the organizer marked the image decorative (alt=""), never one language silently missing.
 */
export const eventBanners = pgTable(
  'event_banners',
  {
    id: id(),
    eventId: uuid()
      .notNull()
      .unique('event_banners_event_unique')
      .references(() => events.id, { onDelete: 'cascade' }),
    contentType: text().notNull(),
    byteSize: integer().notNull(),
    sha256: text().notNull(),
    data: bytea().notNull(),
    altZh: text().notNull().default(''),
    altEn: text().notNull().default(''),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    check('event_banners_type', sql`${t.contentType} in ('image/png', 'image/jpeg', 'image/webp', 'image/gif')`),
    check('event_banners_size', sql`${t.byteSize} between 1 and 5242880`),
    check('event_banners_alt_both_or_neither', sql`(${t.altZh} = '') = (${t.altEn} = '')`),
  ],
);
