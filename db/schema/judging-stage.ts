import { sql } from 'drizzle-orm';
import { boolean, check, integer, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { tstz } from './columns';
import { judgingRounds } from './judging';
import { submissions } from './submissions';

/*
 * Presentation mode (the stage queue of a live round). These tables are created by the hand-written
 * migration 0009_judging_sheets.sql and deliberately NOT exported from db/schema/index.ts: while other
 * judging tables were still being designed in the shared tree, a generated migration would have swept
 * their half-finished tables into this one. Typed queries import this file directly. Whoever next runs
 * `drizzle-kit generate` with a quiet tree can export it from index.ts and generate a no-op migration.
 */
export const stageSlots = pgTable(
  'stage_slots',
  {
    roundId: uuid()
      .notNull()
      .references(() => judgingRounds.id, { onDelete: 'cascade' }),
    submissionId: uuid()
      .notNull()
      .references(() => submissions.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    isAbsent: boolean().notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.submissionId] }), unique('stage_slots_position_unique').on(t.roundId, t.position)],
);

export const stagePhases = ['idle', 'presentation', 'qa'] as const;
export type StagePhase = (typeof stagePhases)[number];

export const stageStates = pgTable(
  'stage_states',
  {
    roundId: uuid()
      .primaryKey()
      .references(() => judgingRounds.id, { onDelete: 'cascade' }),
    currentSubmissionId: uuid().references(() => submissions.id, { onDelete: 'set null' }),
    phase: text().$type<StagePhase>().notNull().default('idle'),
    phaseStartedAt: tstz(),
    version: integer().notNull().default(1),
    updatedAt: tstz().notNull().defaultNow(),
  },
  (t) => [
    check('stage_states_phase', sql`${t.phase} in ('idle', 'presentation', 'qa')`),
    check('stage_states_timer', sql`(${t.phase} = 'idle') = (${t.phaseStartedAt} is null)`),
  ],
);
