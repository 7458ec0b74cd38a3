import { z } from 'zod';
import { parseCustomAnswers, REGISTRATION_ANSWER_RULES, type Answers, type CustomQuestion } from './custom-answers';

/*
 * The registration form. One schema per event, built from what the event is: its custom questions and
 * the day hacking starts (in the event's time zone), which decides who is a minor and so must bring a
 * guardian's consent in the same form. The page shows the guardian section when the date of birth makes
 * the person a minor; this schema demands it regardless of what the page showed.
 */
export const MAX_SKILLS = 20;
export const MAX_SKILL_LENGTH = 40;
export const ADULT_AGE = 18;

/** Tags from a comma/newline separated string or a list: trimmed, empty and duplicate (any case) dropped. */
export function normaliseSkills(input: unknown): string[] {
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

/** The calendar day of `instant` in `timeZone`, as YYYY-MM-DD. */
export function localDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/**
 * Under 18 on the day hacking starts, in the event's time zone (a birthday is a calendar day where the
 * person lives, not an instant in UTC). Comparing YYYY-MM-DD strings is comparing dates.
 */
export function isMinorAt(dateOfBirth: string, hackingStartsAt: Date, timeZone: string): boolean {
  const [year, rest] = [Number(dateOfBirth.slice(0, 4)), dateOfBirth.slice(4)];
  const eighteenth = `${String(year + ADULT_AGE).padStart(4, '0')}${rest}`;
  return eighteenth > localDate(hackingStartsAt, timeZone);
}

const checked = (v: unknown) => v === true || v === 'on' || v === 'true';
const isRealDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

export type RegistrationContext = { questions: CustomQuestion[]; hackingStartsAt: Date; timeZone: string };

const optionalText = (max: number, tooLong: string) =>
  z.preprocess((v) => v ?? '', z.string().trim().max(max, { error: tooLong }));
const tick = z.unknown().optional().transform(checked);

/** The fields every event asks for; the event-specific parts are checked by `parseRegistration`. */
export const registrationFieldsSchema = z.object({
  displayName: z
    .string({ error: 'registration.errors.displayNameRequired' })
    .trim()
    .min(1, { error: 'registration.errors.displayNameRequired' })
    .max(100, { error: 'registration.errors.displayNameTooLong' }),
  affiliation: optionalText(200, 'registration.errors.affiliationTooLong'),
  skills: z
    .unknown()
    .optional()
    .transform(normaliseSkills)
    .pipe(
      z
        .array(z.string().max(MAX_SKILL_LENGTH, { error: 'registration.errors.skillTooLong' }))
        .max(MAX_SKILLS, { error: 'registration.errors.tooManySkills' }),
    ),
  dateOfBirth: z
    .string({ error: 'registration.errors.dateOfBirthRequired' })
    .trim()
    .min(1, { error: 'registration.errors.dateOfBirthRequired' })
    .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isRealDate(v) && v >= '1900-01-01' && v <= localDate(new Date(), 'UTC'), {
      error: 'registration.errors.dateOfBirthInvalid',
    }),
  consentRules: tick.refine(Boolean, { error: 'registration.errors.consentRulesRequired' }),
  consentData: tick.refine(Boolean, { error: 'registration.errors.consentDataRequired' }),
  guardianName: optionalText(100, 'registration.errors.guardianNameTooLong'),
  guardianContact: optionalText(200, 'registration.errors.guardianContactTooLong'),
  guardianConsent: tick,
});

export type RegistrationInput = {
  displayName: string;
  affiliation: string;
  skills: string[];
  dateOfBirth: string;
  answers: Answers;
  /** Only for a minor; an adult's guardian fields are not kept (data we do not need is data we cannot leak). */
  guardian: { name: string; contact: string } | null;
};

export type ParsedRegistration = { ok: true; data: RegistrationInput } | { ok: false; fieldErrors: Record<string, string[]> };

/**
 * Every problem of the whole form at once (fields, guardian, custom answers), each under its field's name,
 * so the person fixes everything in one pass instead of discovering errors one submit at a time.
 */
export function parseRegistration(context: RegistrationContext, raw: Record<string, unknown>): ParsedRegistration {
  const fieldErrors: Record<string, string[]> = {};
  const add = (field: string, message: string) => (fieldErrors[field] ??= []).push(message);

  const fields = registrationFieldsSchema.safeParse(raw);
  if (!fields.success) for (const issue of fields.error.issues) add(String(issue.path[0] ?? 'form'), issue.message);

  const answersInput = raw.answers && typeof raw.answers === 'object' ? (raw.answers as Record<string, unknown>) : {};
  const answers = parseCustomAnswers(context.questions, answersInput, REGISTRATION_ANSWER_RULES);
  if (!answers.ok) for (const [field, messages] of Object.entries(answers.fieldErrors)) messages.forEach((m) => add(field, m));

  if (!fields.success || !answers.ok) {
    // The guardian check needs a valid date of birth; report it too when the date itself was fine.
    const dob = typeof raw.dateOfBirth === 'string' ? raw.dateOfBirth.trim() : '';
    if (fields.success || !fieldErrors.dateOfBirth) guardianIssues(context, dob, raw, add);
    return { ok: false, fieldErrors };
  }
  const input = fields.data;
  guardianIssues(context, input.dateOfBirth, input, add);
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };

  const isMinor = isMinorAt(input.dateOfBirth, context.hackingStartsAt, context.timeZone);
  return {
    ok: true,
    data: {
      displayName: input.displayName,
      affiliation: input.affiliation,
      skills: input.skills,
      dateOfBirth: input.dateOfBirth,
      answers: answers.answers,
      guardian: isMinor ? { name: input.guardianName, contact: input.guardianContact } : null,
    },
  };
}

/** A minor must bring all three: the guardian's name, a way to reach them, and their consent. */
function guardianIssues(context: RegistrationContext, dob: string, raw: Record<string, unknown>, add: (f: string, m: string) => void) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dob) || !isMinorAt(dob, context.hackingStartsAt, context.timeZone)) return;
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  if (!text(raw.guardianName)) add('guardianName', 'registration.errors.guardianNameRequired');
  if (!text(raw.guardianContact)) add('guardianContact', 'registration.errors.guardianContactRequired');
  if (!checked(raw.guardianConsent)) add('guardianConsent', 'registration.errors.guardianConsentRequired');
}

export const versionSchema = z.coerce.number({ error: 'registration.errors.versionInvalid' }).int().min(1);
