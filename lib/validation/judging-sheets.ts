import { z } from 'zod';

/*
 * A judge's sheet as the form sends it: every leaf criterion's score as typed (blank = not scored yet),
 * the private note, the feedback and the sheet version the form was loaded at (0 = no sheet yet).
 * Range checks need the criterion's scale, so lib/judging/sheet-values.ts does them per criterion.
 */
export const NOTE_MAX = 4000;

export const sheetTextSchema = z.object({
  version: z.coerce.number().int().min(0),
  privateNote: z.string().max(NOTE_MAX, { error: 'judgingSheets.errors.noteTooLong' }).default(''),
  feedback: z.string().max(NOTE_MAX, { error: 'judgingSheets.errors.noteTooLong' }).default(''),
});

/** A score as typed: blank, or a number with at most two decimals (numeric(6,2) in the database). */
export const scoreTextSchema = z
  .string()
  .trim()
  .refine((text) => text === '' || /^\d{1,3}(\.\d{1,2})?$/.test(text), { error: 'judgingSheets.errors.scoreNumber' });

export const reopenSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(3, { error: 'judgingSheets.errors.reasonRequired' })
    .max(500, { error: 'judgingSheets.errors.reasonTooLong' }),
});

export const isUuid = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f-]{36}$/i.test(value);

/** The organizer's stage command: who is on stage and which timer phase runs. */
export const stageCommandSchema = z.object({
  submissionId: z.string().uuid(),
  phase: z.enum(['idle', 'presentation', 'qa']),
  version: z.coerce.number().int().min(1),
});
