import { z } from 'zod';
import { answerField, parseCustomAnswers, type AnswerRules, type AnswerValue, type CustomQuestion, type ParsedAnswers } from './custom-answers';

/*
 * The project form. Messages are full catalog keys, translated by the page beside each field. Required
 * custom questions and the compliance checklist are only demanded when a project is SUBMITTED (see
 * `submissionCompleteness`): a draft saved half-way through the night must never be refused for being
 * unfinished.
 */
export const MAX_TECHNOLOGIES = 20;
export const MAX_TECHNOLOGY_LENGTH = 40;
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_SCREENSHOTS = 5;
export const FILE_KINDS = ['cover', 'screenshot'] as const;
export type SubmissionFileKind = (typeof FILE_KINDS)[number];

/** Only web links: a `javascript:` or `file:` link in a public project page would be a trap for visitors. */
export function isHttpUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
}

/** Tags from a comma/newline separated string or a list: trimmed, empty ones dropped, duplicates (any case) removed. */
export function normaliseTechnologies(input: unknown): string[] {
  // Only strings and numbers are tags: String() of a crafted JSON object ({"toString": ""}) would throw.
  const raw = Array.isArray(input)
    ? input.map((v) => (typeof v === 'string' || typeof v === 'number' ? String(v) : ''))
    : typeof input === 'string' ? input.split(/[,\n，、]/) : [];
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const candidate of raw) {
    const tag = candidate.trim().replace(/\s+/g, ' ');
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
  }
  return tags;
}

const optionalUrl = z
  .string({ error: 'submissions.errors.urlInvalid' })
  .trim()
  .max(500, { error: 'submissions.errors.urlTooLong' })
  .refine((value) => value === '' || isHttpUrl(value), { error: 'submissions.errors.urlInvalid' })
  .transform((value) => (value === '' ? null : value));

const technologiesSchema = z
  .unknown()
  .transform(normaliseTechnologies)
  .pipe(
    z
      .array(z.string().max(MAX_TECHNOLOGY_LENGTH, { error: 'submissions.errors.technologyTooLong' }))
      .max(MAX_TECHNOLOGIES, { error: 'submissions.errors.tooManyTechnologies' }),
  );

export const submissionFieldsSchema = z.object({
  title: z
    .string({ error: 'submissions.errors.titleRequired' })
    .trim()
    .min(1, { error: 'submissions.errors.titleRequired' })
    .max(120, { error: 'submissions.errors.titleTooLong' }),
  tagline: z.string().trim().max(200, { error: 'submissions.errors.taglineTooLong' }).default(''),
  description: z.string().max(20_000, { error: 'submissions.errors.descriptionTooLong' }).default(''),
  trackId: z
    .string()
    .trim()
    .default('')
    .transform((value) => (value === '' ? null : value))
    .pipe(z.uuid({ error: 'submissions.errors.trackInvalid' }).nullable()),
  repositoryUrl: optionalUrl.default(''),
  demoUrl: optionalUrl.default(''),
  videoUrl: optionalUrl.default(''),
  slidesUrl: optionalUrl.default(''),
  // Absent (an API caller, a form without the field) means no tags, like every other optional field.
  technologies: technologiesSchema.default([]),
});
export type SubmissionFields = z.output<typeof submissionFieldsSchema>;

/** `version` is absent (or 0) when the team has no project yet. */
export const versionSchema = z.coerce.number({ error: 'submissions.errors.versionInvalid' }).int().min(0).default(0);

/*
 * Custom questions are validated by the general builder in ./custom-answers (shared with registration);
 * a project draft keeps its longer limits and leaves "required" to `submissionCompleteness` at submit time.
 */
export type SubmissionQuestion = CustomQuestion;
export type { AnswerValue };
export { answerField };
export const complianceField = (itemId: string) => `compliance.${itemId}`;

const SUBMISSION_ANSWER_RULES: AnswerRules = {
  shortMax: 300,
  longMax: 5_000,
  enforceRequired: false,
  errors: {
    invalid: 'submissions.errors.answerInvalid',
    tooLong: 'submissions.errors.answerTooLong',
    choiceInvalid: 'submissions.errors.choiceInvalid',
    required: 'submissions.errors.answerRequired',
  },
};

/**
 * Validates the answers to the event's submission questions, one field error per question. Unknown keys
 * are dropped, so a crafted form cannot store answers to questions the organizer never asked.
 */
export function parseAnswers(questions: SubmissionQuestion[], input: Record<string, unknown>): ParsedAnswers {
  return parseCustomAnswers(questions, input, SUBMISSION_ANSWER_RULES);
}

/** Keeps exactly the event's checklist items, each true only if the team ticked it. */
export function parseCompliance(itemIds: string[], confirmed: unknown): Record<string, boolean> {
  const ticked = new Set(Array.isArray(confirmed) ? confirmed.filter((v) => typeof v === 'string') : []);
  return Object.fromEntries(itemIds.map((id) => [id, ticked.has(id)]));
}

const isAnswered = (value: AnswerValue | undefined) =>
  Array.isArray(value) ? value.length > 0 : typeof value === 'string' ? value.trim() !== '' : value === true;

/** What a project still lacks before it may be submitted: required answers and unticked checklist items. */
export function submissionCompleteness(
  questions: SubmissionQuestion[],
  answers: Record<string, unknown>,
  itemIds: string[],
  compliance: Record<string, boolean>,
): Record<string, string[]> {
  const missing: Record<string, string[]> = {};
  for (const q of questions) {
    if (q.isRequired && !isAnswered(answers[q.id] as AnswerValue | undefined)) {
      missing[answerField(q.id)] = ['submissions.errors.answerRequired'];
    }
  }
  for (const id of itemIds) {
    if (compliance[id] !== true) missing[complianceField(id)] = ['submissions.errors.complianceRequired'];
  }
  return missing;
}

export const extensionSchema = z.object({
  teamId: z.uuid({ error: 'submissions.errors.teamInvalid' }),
  /** A wall-clock "YYYY-MM-DDTHH:mm" of the event's zone (or an ISO instant); turned into an instant with the event's zone. */
  until: z.string({ error: 'submissions.errors.untilInvalid' }).trim().min(1, { error: 'submissions.errors.untilInvalid' }),
  reason: z
    .string({ error: 'submissions.errors.reasonRequired' })
    .trim()
    .min(1, { error: 'submissions.errors.reasonRequired' })
    .max(500, { error: 'submissions.errors.reasonTooLong' }),
});

export const fileUploadSchema = z.object({
  kind: z.enum(FILE_KINDS, { error: 'submissions.errors.fileKindInvalid' }),
  altText: z
    .string({ error: 'submissions.errors.altTextRequired' })
    .trim()
    .min(1, { error: 'submissions.errors.altTextRequired' })
    .max(300, { error: 'submissions.errors.altTextTooLong' }),
});
