import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { bytea, createdAt, id, tstz, updatedAt } from './columns';
import { fileKind, submissionStatus } from './enums';
import { tracks } from './events';
import { teams } from './teams';

export const submissions = pgTable(
  'submissions',
  {
    id: id(),
    teamId: uuid().notNull(),
    eventId: uuid().notNull(),
    trackId: uuid(),
    slug: text().notNull(),
    title: text().notNull(),
    tagline: text().notNull().default(''),
    /** Markdown; rendered without raw HTML. */
    description: text().notNull().default(''),
    repositoryUrl: text(),
    demoUrl: text(),
    videoUrl: text(),
    slidesUrl: text(),
    technologies: text().array().notNull().default(sql`'{}'::text[]`),
    answers: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    /** compliance item id -> confirmed by the team */
    compliance: jsonb().$type<Record<string, boolean>>().notNull().default({}),
    status: submissionStatus().notNull().default('draft'),
    submittedAt: tstz(),
    version: integer().notNull().default(1),
    updatedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('submissions_one_per_team').on(t.teamId),
    unique('submissions_event_slug_unique').on(t.eventId, t.slug),
    unique('submissions_id_event_unique').on(t.id, t.eventId),
    foreignKey({ columns: [t.teamId, t.eventId], foreignColumns: [teams.id, teams.eventId] }).onDelete('cascade'),
    foreignKey({ columns: [t.trackId, t.eventId], foreignColumns: [tracks.id, tracks.eventId] }).onDelete('restrict'),
    check('submissions_title_length', sql`length(trim(${t.title})) between 1 and 120`),
    check('submissions_submitted_has_time', sql`${t.status} = 'draft' or ${t.submittedAt} is not null`),
    check('submissions_version_positive', sql`${t.version} >= 1`),
    index('submissions_event_idx').on(t.eventId, t.status),
  ],
);

/** Every save keeps a full snapshot: who, when, what. */
export const submissionRevisions = pgTable(
  'submission_revisions',
  {
    id: id(),
    submissionId: uuid()
      .notNull()
      .references(() => submissions.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    snapshot: jsonb().$type<Record<string, unknown>>().notNull(),
    editedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [unique('submission_revisions_version_unique').on(t.submissionId, t.version)],
);

/**
 * A save refused as stale (someone else saved first) is kept here, whole, so the team can reconcile the two
 * versions instead of losing what the slower member typed.
 */
export const submissionConflicts = pgTable(
  'submission_conflicts',
  {
    id: id(),
    submissionId: uuid()
      .notNull()
      .references(() => submissions.id, { onDelete: 'cascade' }),
    baseVersion: integer().notNull(),
    snapshot: jsonb().$type<Record<string, unknown>>().notNull(),
    editedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    resolvedAt: tstz(),
    createdAt: createdAt(),
  },
  (t) => [index('submission_conflicts_submission_idx').on(t.submissionId)],
);

/** Images are kept in Postgres, so several app instances serve the same files without shared disk. */
export const submissionFiles = pgTable(
  'submission_files',
  {
    id: id(),
    submissionId: uuid()
      .notNull()
      .references(() => submissions.id, { onDelete: 'cascade' }),
    kind: fileKind().notNull(),
    contentType: text().notNull(),
    byteSize: integer().notNull(),
    sha256: text().notNull(),
    data: bytea().notNull(),
    altText: text().notNull().default(''),
    position: integer().notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    check('submission_files_type', sql`${t.contentType} in ('image/png', 'image/jpeg', 'image/webp', 'image/gif')`),
    check('submission_files_size', sql`${t.byteSize} between 1 and 5242880`),
    index('submission_files_submission_idx').on(t.submissionId),
  ],
);

