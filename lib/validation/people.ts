import { z } from 'zod';

/*
 * Inputs of the organizer's people and teams tools. Search parameters come from the URL: a value that
 * does not parse falls back to "no filter" (.catch) instead of an error page, since anyone can edit a URL.
 * Mutations report every issue per field with full catalog keys, shown beside the field.
 */
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).optional().catch(undefined);
const search = z.string().trim().max(100).optional().catch(undefined);
const page = z.coerce.number().int().min(1).max(100_000).catch(1);
const trackFilter = z.union([z.uuid(), z.literal('none')]).optional().catch(undefined);

export const REGISTRATION_STATUSES = ['pending', 'admitted', 'reserve', 'waitlisted', 'rejected', 'withdrawn'] as const;
export const REGISTRATION_SORTS = ['registered', 'name', 'affiliation', 'status'] as const;

export const registrationQuerySchema = z.object({
  q: search,
  status: optionalEnum(REGISTRATION_STATUSES),
  track: trackFilter,
  minor: optionalEnum(['yes', 'no'] as const),
  team: optionalEnum(['yes', 'no'] as const),
  sort: z.enum(REGISTRATION_SORTS).catch('registered'),
  dir: z.enum(['asc', 'desc']).catch('asc'),
  page,
});
export type RegistrationQuery = z.output<typeof registrationQuerySchema>;

export const TEAM_STATUSES = ['forming', 'applied', 'document_passed', 'admitted', 'reserve', 'rejected', 'withdrawn', 'disqualified'] as const;
export const SUBMISSION_STATES = ['none', 'draft', 'submitted'] as const;

export const teamQuerySchema = z.object({
  q: search,
  status: optionalEnum(TEAM_STATUSES),
  track: trackFilter,
  submission: optionalEnum(SUBMISSION_STATES),
  page,
});
export type TeamQuery = z.output<typeof teamQuerySchema>;

/** A selected row is "<registration id>:<version it was shown at>", so a decision on a stale row is refused. */
const selectedRow = z
  .string()
  .regex(/^[0-9a-f-]{36}:\d{1,9}$/i, { error: 'people.errors.rowsRequired' })
  .transform((value) => {
    const [id, version] = value.split(':') as [string, string];
    return { id: id.toLowerCase(), version: Number(version) };
  });

export const REVIEW_DECISIONS = ['admitted', 'waitlisted', 'rejected'] as const;

export const reviewRegistrationsSchema = z.object({
  rows: z
    .array(selectedRow, { error: 'people.errors.rowsRequired' })
    .min(1, { error: 'people.errors.rowsRequired' })
    .max(200, { error: 'people.errors.tooManyRows' }),
  decision: z.enum(REVIEW_DECISIONS, { error: 'people.errors.decisionRequired' }),
});
export type ReviewRegistrationsInput = z.output<typeof reviewRegistrationsSchema>;

const version = z.coerce.number({ error: 'people.errors.stale' }).int().min(1, { error: 'people.errors.stale' });

export const removeTeamSchema = z.object({
  teamId: z.uuid({ error: 'people.errors.teamRequired' }),
  version,
  kind: z.enum(['disqualified', 'withdrawn'], { error: 'people.errors.kindRequired' }),
  reason: z
    .string({ error: 'people.errors.reasonRequired' })
    .trim()
    .min(1, { error: 'people.errors.reasonRequired' })
    .max(2000, { error: 'people.errors.reasonTooLong' }),
});

export const reinstateTeamSchema = z.object({ teamId: z.uuid({ error: 'people.errors.teamRequired' }), version });

export const EXPORT_DATASETS = ['registrations', 'teams', 'submissions'] as const;
export type ExportDataset = (typeof EXPORT_DATASETS)[number];
export const exportRequestSchema = z.object({ dataset: z.enum(EXPORT_DATASETS), format: z.enum(['csv', 'json']).catch('csv') });
