import { sql } from 'drizzle-orm';
import { boolean, check, foreignKey, index, integer, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { createdAt, id, tstz, updatedAt } from './columns';
import { admissionMode, eventRole, questionKind, questionScope } from './enums';

/** Organizer-entered text is stored per locale; pages fall back to the other locale when one is empty. */
export type DatasetLink = { title: string; url: string };
export type QuestionOption = { value: string; labelZh: string; labelEn: string };

export const events = pgTable(
  'events',
  {
    id: id(),
    slug: text().notNull().unique(),
    titleZh: text().notNull().default(''),
    titleEn: text().notNull().default(''),
    summaryZh: text().notNull().default(''),
    summaryEn: text().notNull().default(''),
    descriptionZh: text().notNull().default(''),
    descriptionEn: text().notNull().default(''),
    rulesZh: text().notNull().default(''),
    rulesEn: text().notNull().default(''),
    faqZh: text().notNull().default(''),
    faqEn: text().notNull().default(''),
    venueZh: text().notNull().default(''),
    venueEn: text().notNull().default(''),
    timeZone: text().notNull().default('Asia/Taipei'),
    registrationOpensAt: tstz().notNull(),
    registrationClosesAt: tstz().notNull(),
    withdrawalDeadline: tstz(),
    hackingStartsAt: tstz().notNull(),
    submissionDeadline: tstz().notNull(),
    judgingEndsAt: tstz().notNull(),
    resultsPublishedAt: tstz(),
    teamSizeMin: integer().notNull().default(3),
    teamSizeMax: integer().notNull().default(5),
    capacity: integer(),
    admissionMode: admissionMode().notNull().default('automatic'),
    isPublished: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('events_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check('events_title_present', sql`${t.titleZh} <> '' or ${t.titleEn} <> ''`),
    check('events_team_size_min', sql`${t.teamSizeMin} between 1 and 20`),
    check('events_team_size_max', sql`${t.teamSizeMax} between ${t.teamSizeMin} and 20`),
    check('events_capacity_positive', sql`${t.capacity} is null or ${t.capacity} > 0`),
    check('events_registration_order', sql`${t.registrationOpensAt} < ${t.registrationClosesAt}`),
    check('events_hacking_order', sql`${t.hackingStartsAt} < ${t.submissionDeadline}`),
    check('events_judging_order', sql`${t.submissionDeadline} <= ${t.judgingEndsAt}`),
    check('events_registration_before_deadline', sql`${t.registrationOpensAt} < ${t.submissionDeadline}`),
    check('events_version_positive', sql`${t.version} >= 1`),
    index('events_hacking_starts_idx').on(t.hackingStartsAt),
  ],
);

/** Per-event rights. Site admins are a flag on users; everyone signed in may participate. */
export const eventRoles = pgTable(
  'event_roles',
  {
    id: id(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: eventRole().notNull(),
    /** A topic owner sees only the track their department proposed. */
    trackId: uuid().references(() => tracks.id, { onDelete: 'cascade' }),
    canVote: boolean().notNull().default(false),
    grantedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** A removed judge keeps their scores, marked; the role no longer grants access. */
    revokedAt: tstz(),
    createdAt: createdAt(),
  },
  (t) => [unique('event_roles_unique').on(t.eventId, t.userId, t.role), index('event_roles_user_idx').on(t.userId)],
);

/** Challenge topics, each proposed by a city department, with the open datasets it builds on. */
export const tracks = pgTable(
  'tracks',
  {
    id: id(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    slug: text().notNull(),
    nameZh: text().notNull().default(''),
    nameEn: text().notNull().default(''),
    descriptionZh: text().notNull().default(''),
    descriptionEn: text().notNull().default(''),
    departmentZh: text().notNull().default(''),
    departmentEn: text().notNull().default(''),
    datasetLinks: jsonb().$type<DatasetLink[]>().notNull().default([]),
    position: integer().notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    unique('tracks_event_slug_unique').on(t.eventId, t.slug),
    unique('tracks_id_event_unique').on(t.id, t.eventId),
    check('tracks_name_present', sql`${t.nameZh} <> '' or ${t.nameEn} <> ''`),
  ],
);

export const prizes = pgTable(
  'prizes',
  {
    id: id(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    trackId: uuid(),
    nameZh: text().notNull().default(''),
    nameEn: text().notNull().default(''),
    descriptionZh: text().notNull().default(''),
    descriptionEn: text().notNull().default(''),
    /** In the smallest unit of `currency` that people use (whole NT dollars). */
    amount: integer(),
    currency: text().notNull().default('TWD'),
    count: integer().notNull().default(1),
    position: integer().notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({ name: 'prizes_track_event_fk', columns: [t.trackId, t.eventId], foreignColumns: [tracks.id, tracks.eventId] }).onDelete('cascade'),
    check('prizes_amount_nonneg', sql`${t.amount} is null or ${t.amount} >= 0`),
    check('prizes_count_positive', sql`${t.count} between 1 and 100`),
    check('prizes_name_present', sql`${t.nameZh} <> '' or ${t.nameEn} <> ''`),
  ],
);

/** Organizer-defined questions on the registration form and on the submission form. */
export const customQuestions = pgTable(
  'custom_questions',
  {
    id: id(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    scope: questionScope().notNull(),
    kind: questionKind().notNull(),
    labelZh: text().notNull().default(''),
    labelEn: text().notNull().default(''),
    options: jsonb().$type<QuestionOption[]>().notNull().default([]),
    isRequired: boolean().notNull().default(false),
    position: integer().notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index('custom_questions_event_idx').on(t.eventId, t.scope)],
);

/** Items a team confirms on its submission ("repository public", ...) and reviewers later verify. */
export const complianceItems = pgTable('compliance_items', {
  id: id(),
  eventId: uuid()
    .notNull()
    .references(() => events.id, { onDelete: 'cascade' }),
  labelZh: text().notNull().default(''),
  labelEn: text().notNull().default(''),
  position: integer().notNull().default(0),
});
