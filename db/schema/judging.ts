import { sql } from 'drizzle-orm';
import { boolean, check, foreignKey, index, integer, jsonb, numeric, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { createdAt, id, tstz, updatedAt } from './columns';
import { assignmentMode, conflictSource, rankingMethod, roundKind, roundStatus, sheetStatus } from './enums';
import { events, tracks } from './events';
import { submissions } from './submissions';
import { teams } from './teams';

/** One step of a round's tie-break ladder: a top-level criterion's mean points, or another round's result. */
export type TieBreakStep = { kind: 'criterion'; criterionId: string } | { kind: 'round'; roundId: string };

export const judgingRounds = pgTable(
  'judging_rounds',
  {
    id: id(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    kind: roundKind().notNull(),
    nameZh: text().notNull().default(''),
    nameEn: text().notNull().default(''),
    position: integer().notNull().default(0),
    /** null: all tracks together */
    trackId: uuid().references(() => tracks.id, { onDelete: 'cascade' }),
    status: roundStatus().notNull().default('draft'),
    assignmentMode: assignmentMode().notNull().default('all'),
    judgesPerProject: integer(),
    assignmentSeed: integer().notNull().default(1),
    rankingMethod: rankingMethod().notNull().default('rank_sum'),
    /** Top N per track advance to the next round. */
    advanceCount: integer(),
    presentationSeconds: integer(),
    qaSeconds: integer(),
    opensAt: tstz(),
    closesAt: tstz(),
    version: integer().notNull().default(1),
    /** Published before judging: rules tried in order on projects still tied (lib/judging/results.ts). */
    tieBreakLadder: jsonb().$type<TieBreakStep[]>().notNull().default([]),
    /** Calibration: the sample project every judge scores first; null when the round skips calibration. */
    calibrationSubmissionId: uuid().references(() => submissions.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    unique('judging_rounds_event_position_unique').on(t.eventId, t.position),
    check('judging_rounds_k', sql`${t.judgesPerProject} is null or ${t.judgesPerProject} between 1 and 50`),
    check('judging_rounds_k_mode', sql`${t.assignmentMode} = 'all' or ${t.judgesPerProject} is not null`),
    check('judging_rounds_times', sql`${t.opensAt} is null or ${t.closesAt} is null or ${t.opensAt} < ${t.closesAt}`),
    check('judging_rounds_timer', sql`coalesce(${t.presentationSeconds}, 0) >= 0 and coalesce(${t.qaSeconds}, 0) >= 0`),
  ],
);

/**
 * A criterion's `weight` is its points out of the round's 100 (sub-criteria split their parent's points);
 * a judge scores it on 0..scaleMax and the weighted total is score / scaleMax * weight.
 * A bonus criterion adds up to its weight on top of the 100.
 */
export const rubricCriteria = pgTable(
  'rubric_criteria',
  {
    id: id(),
    roundId: uuid()
      .notNull()
      .references(() => judgingRounds.id, { onDelete: 'cascade' }),
    parentId: uuid(),
    nameZh: text().notNull().default(''),
    nameEn: text().notNull().default(''),
    descriptionZh: text().notNull().default(''),
    descriptionEn: text().notNull().default(''),
    guidanceZh: text().notNull().default(''),
    guidanceEn: text().notNull().default(''),
    weight: numeric({ precision: 6, scale: 2, mode: 'number' }).notNull(),
    scaleMax: integer().notNull().default(10),
    isBonus: boolean().notNull().default(false),
    position: integer().notNull().default(0),
  },
  (t) => [
    foreignKey({ columns: [t.parentId], foreignColumns: [t.id] }).onDelete('cascade'),
    check('rubric_criteria_weight_range', sql`${t.weight} > 0 and ${t.weight} <= 100`),
    check('rubric_criteria_scale_range', sql`${t.scaleMax} between 1 and 100`),
    check('rubric_criteria_name_present', sql`${t.nameZh} <> '' or ${t.nameEn} <> ''`),
    index('rubric_criteria_round_idx').on(t.roundId),
  ],
);

export const judgeAssignments = pgTable(
  'judge_assignments',
  {
    id: id(),
    roundId: uuid()
      .notNull()
      .references(() => judgingRounds.id, { onDelete: 'cascade' }),
    judgeId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    submissionId: uuid()
      .notNull()
      .references(() => submissions.id, { onDelete: 'cascade' }),
    isManual: boolean().notNull().default(false),
    assignedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    unique('judge_assignments_unique').on(t.roundId, t.judgeId, t.submissionId),
    index('judge_assignments_judge_idx').on(t.judgeId, t.roundId),
  ],
);

/** A conflict names a team, or an affiliation (school, company) shared with teams. */
export const conflictsOfInterest = pgTable(
  'conflicts_of_interest',
  {
    id: id(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    judgeId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    teamId: uuid(),
    affiliation: text(),
    reason: text().notNull().default(''),
    source: conflictSource().notNull().default('declared'),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({ name: 'conflicts_team_event_fk', columns: [t.teamId, t.eventId], foreignColumns: [teams.id, teams.eventId] }).onDelete('cascade'),
    check('conflicts_target_present', sql`${t.teamId} is not null or length(trim(coalesce(${t.affiliation}, ''))) > 0`),
    index('conflicts_event_judge_idx').on(t.eventId, t.judgeId),
  ],
);

/** One sheet per (round, judge, submission); its scores are one per criterion. */
export const scoreSheets = pgTable(
  'score_sheets',
  {
    id: id(),
    roundId: uuid()
      .notNull()
      .references(() => judgingRounds.id, { onDelete: 'cascade' }),
    judgeId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    submissionId: uuid()
      .notNull()
      .references(() => submissions.id, { onDelete: 'cascade' }),
    status: sheetStatus().notNull().default('draft'),
    isAbsent: boolean().notNull().default(false),
    privateNote: text().notNull().default(''),
    feedback: text().notNull().default(''),
    submittedAt: tstz(),
    reopenedAt: tstz(),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('score_sheets_unique').on(t.roundId, t.judgeId, t.submissionId),
    check('score_sheets_submitted_has_time', sql`${t.status} = 'draft' or ${t.submittedAt} is not null`),
  ],
);

/**
 * One score per (round, judge, submission, criterion): the sheet is unique per (round, judge, submission)
 * and the score unique per (sheet, criterion). The upper bound (the criterion's scaleMax) is checked by a
 * trigger because it lives in another table.
 */
export const scores = pgTable(
  'scores',
  {
    id: id(),
    sheetId: uuid()
      .notNull()
      .references(() => scoreSheets.id, { onDelete: 'cascade' }),
    criterionId: uuid()
      .notNull()
      .references(() => rubricCriteria.id, { onDelete: 'cascade' }),
    value: numeric({ precision: 6, scale: 2, mode: 'number' }).notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [unique('scores_sheet_criterion_unique').on(t.sheetId, t.criterionId), check('scores_value_nonneg', sql`${t.value} >= 0`)],
);
