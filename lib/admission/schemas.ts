import { z } from 'zod';

/* Inputs of the admission operations; messages are full catalog keys, shown beside each field. */
const note = z.preprocess((v) => v ?? '', z.string().trim().max(2000, { error: 'admission.errors.noteTooLong' }));
const teamIds = z
  .array(z.uuid({ error: 'admission.errors.teamsRequired' }), { error: 'admission.errors.teamsRequired' })
  .min(1, { error: 'admission.errors.teamsRequired' })
  .max(200, { error: 'admission.errors.tooManyTeams' });

export const teamIdSchema = z.uuid();

export const documentReviewSchema = z.object({
  teamIds,
  decision: z.enum(['document_passed', 'reserve', 'rejected'], { error: 'admission.errors.decisionRequired' }),
  note,
});

export const finalDecisionSchema = z.object({
  teamIds,
  decision: z.enum(['admitted', 'reserve', 'rejected'], { error: 'admission.errors.decisionRequired' }),
  note,
});

export const interviewSchema = z.object({
  teamId: z.uuid({ error: 'admission.errors.teamsRequired' }),
  /** A datetime-local value is wall-clock time in the event's zone; the domain converts it. */
  at: z
    .string({ error: 'admission.errors.interviewAtRequired' })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: 'admission.errors.interviewAtRequired' }),
  location: z
    .string({ error: 'admission.errors.locationRequired' })
    .trim()
    .min(1, { error: 'admission.errors.locationRequired' })
    .max(200, { error: 'admission.errors.locationTooLong' }),
});

export const noShowSchema = z.object({
  teamId: z.uuid(),
  isNoShow: z.preprocess((v) => v === true || v === 'true' || v === 'on', z.boolean()),
});

export const reviewNoteSchema = z.object({ teamId: z.uuid(), note });
