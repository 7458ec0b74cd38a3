import { z } from 'zod';
import { zonedLocalToInstant } from '@/lib/time/zoned-time';
import { fieldErrorsOf } from './auth';

/*
 * The event settings form. Messages are full catalog keys (`eventSetup.errors.*`). The timeline arrives as
 * wall-clock "YYYY-MM-DDTHH:mm" strings IN THE EVENT'S ZONE (a datetime-local input has no zone), so it can
 * only be turned into instants once the zone itself is known to be valid; `parseEventSettings` does both
 * steps and reports every problem beside its own field, never just the first.
 */
const E = (key: string) => `eventSetup.errors.${key}`;

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const ADMISSION_MODES = ['automatic', 'reviewed'] as const;
export const TIMELINE_FIELDS = [
  'registrationOpensAt',
  'registrationClosesAt',
  'withdrawalDeadline',
  'hackingStartsAt',
  'submissionDeadline',
  'judgingEndsAt',
] as const;
export type TimelineField = (typeof TIMELINE_FIELDS)[number];
export const TEXT_FIELDS = [
  'titleZh', 'titleEn', 'summaryZh', 'summaryEn', 'descriptionZh', 'descriptionEn',
  'rulesZh', 'rulesEn', 'faqZh', 'faqEn', 'venueZh', 'venueEn',
] as const;
/** Every text input of the form, for echoing what the user typed back after an error. */
export const EVENT_FORM_FIELDS = ['slug', ...TEXT_FIELDS, 'timeZone', ...TIMELINE_FIELDS, 'teamSizeMin', 'teamSizeMax', 'capacity', 'admissionMode', 'version'] as const;

/** A real IANA zone name ("Asia/Taipei", "Europe/Berlin", "UTC"); offsets like "+08:00" are refused: they have no summer time rules. */
export function isIanaTimeZone(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const text = (max: number) => z.string({ error: E('invalid') }).trim().max(max, { error: E('tooLong') }).default('');
const wallClock = z.string({ error: E('dateInvalid') }).trim();
const int = (min: number, max: number, key: string) =>
  z.coerce.number({ error: E(key) }).int({ error: E(key) }).min(min, { error: E(key) }).max(max, { error: E(key) });

const settingsSchema = z.object({
  slug: z
    .string({ error: E('slugInvalid') })
    .trim()
    .min(3, { error: E('slugInvalid') })
    .max(60, { error: E('slugInvalid') })
    .regex(SLUG_PATTERN, { error: E('slugInvalid') }),
  titleZh: text(200),
  titleEn: text(200),
  summaryZh: text(500),
  summaryEn: text(500),
  descriptionZh: text(20_000),
  descriptionEn: text(20_000),
  rulesZh: text(20_000),
  rulesEn: text(20_000),
  faqZh: text(20_000),
  faqEn: text(20_000),
  venueZh: text(300),
  venueEn: text(300),
  timeZone: z.string({ error: E('timeZoneInvalid') }).trim().refine(isIanaTimeZone, { error: E('timeZoneInvalid') }),
  registrationOpensAt: wallClock,
  registrationClosesAt: wallClock,
  withdrawalDeadline: wallClock.default(''),
  hackingStartsAt: wallClock,
  submissionDeadline: wallClock,
  judgingEndsAt: wallClock,
  teamSizeMin: int(1, 20, 'teamSizeMinInvalid'),
  teamSizeMax: int(1, 20, 'teamSizeMaxInvalid'),
  // Empty means "no limit".
  capacity: z.preprocess((v) => (v == null || (typeof v === 'string' && v.trim() === '') ? null : v), int(1, 100_000, 'capacityInvalid').nullable()),
  admissionMode: z.enum(ADMISSION_MODES, { error: E('invalid') }),
});

export type EventTimeline = {
  registrationOpensAt: Date;
  registrationClosesAt: Date;
  withdrawalDeadline: Date | null;
  hackingStartsAt: Date;
  submissionDeadline: Date;
  judgingEndsAt: Date;
};
export type EventSettings = Omit<z.infer<typeof settingsSchema>, TimelineField> & EventTimeline;
type FieldErrors = Record<string, string[] | undefined>;

/*
 * The order a CodeFest's timeline must have. The first four mirror the CHECK constraints on `events`
 * (the database refuses them anyway); the others are the app's rules: a team can only withdraw before
 * hacking starts, registration cannot stay open past the deadline, and hacking cannot start before anyone
 * could register. `field` is where the message is shown: the date the organizer most likely has to move
 * (usually the later one; for the withdrawal deadline and the close of registration, those themselves).
 */
type Rule = { before: TimelineField; after: TimelineField; strict: boolean; field: TimelineField; message: string };
export const TIMELINE_RULES: readonly Rule[] = [
  { before: 'registrationOpensAt', after: 'registrationClosesAt', strict: true, field: 'registrationClosesAt', message: E('closesBeforeOpens') },
  { before: 'hackingStartsAt', after: 'submissionDeadline', strict: true, field: 'submissionDeadline', message: E('deadlineBeforeHacking') },
  { before: 'submissionDeadline', after: 'judgingEndsAt', strict: false, field: 'judgingEndsAt', message: E('judgingBeforeDeadline') },
  { before: 'registrationOpensAt', after: 'submissionDeadline', strict: true, field: 'submissionDeadline', message: E('deadlineBeforeRegistration') },
  { before: 'registrationOpensAt', after: 'hackingStartsAt', strict: true, field: 'hackingStartsAt', message: E('hackingBeforeRegistration') },
  { before: 'registrationClosesAt', after: 'submissionDeadline', strict: false, field: 'registrationClosesAt', message: E('closesAfterDeadline') },
  { before: 'registrationOpensAt', after: 'withdrawalDeadline', strict: true, field: 'withdrawalDeadline', message: E('withdrawalBeforeOpens') },
  { before: 'withdrawalDeadline', after: 'hackingStartsAt', strict: false, field: 'withdrawalDeadline', message: E('withdrawalAfterHacking') },
];

/** Every broken rule, keyed by the field to show it beside. A missing optional date breaks no rule. */
export function timelineErrors(timeline: EventTimeline): FieldErrors {
  const errors: FieldErrors = {};
  for (const rule of TIMELINE_RULES) {
    const a = timeline[rule.before];
    const b = timeline[rule.after];
    if (!a || !b) continue;
    const ordered = rule.strict ? a < b : a <= b;
    if (!ordered) (errors[rule.field] ??= []).push(rule.message);
  }
  return errors;
}

function addError(errors: FieldErrors, field: string, message: string) {
  const list = (errors[field] ??= []);
  if (!list.includes(message)) list.push(message);
}

/** Parses the form (strings) into settings with instants; `{ errors }` holds every problem by field. */
export function parseEventSettings(input: Record<string, unknown>): { data: EventSettings } | { errors: FieldErrors } {
  const parsed = settingsSchema.safeParse(input);
  const errors: FieldErrors = parsed.success ? {} : { ...fieldErrorsOf(parsed.error) };
  const raw = parsed.success ? parsed.data : null;

  // The timeline can be read only in a valid zone; with a bad zone its own error is the one that matters.
  const zone = typeof input.timeZone === 'string' && isIanaTimeZone(input.timeZone.trim()) ? input.timeZone.trim() : null;
  const timeline: Partial<Record<TimelineField, Date | null>> = {};
  if (zone) {
    for (const field of TIMELINE_FIELDS) {
      const value = typeof input[field] === 'string' ? (input[field] as string).trim() : '';
      if (value === '') {
        if (field === 'withdrawalDeadline') timeline[field] = null;
        else addError(errors, field, E('dateRequired'));
        continue;
      }
      const instant = zonedLocalToInstant(value, zone);
      if (instant) timeline[field] = instant;
      else addError(errors, field, E('dateInvalid'));
    }
    if (TIMELINE_FIELDS.every((f) => timeline[f] !== undefined)) {
      for (const [field, messages] of Object.entries(timelineErrors(timeline as EventTimeline))) {
        for (const message of messages ?? []) addError(errors, field, message);
      }
    }
  }
  if (raw) {
    if (!raw.titleZh && !raw.titleEn) addError(errors, 'titleZh', E('titleRequired'));
    if (raw.teamSizeMax < raw.teamSizeMin) addError(errors, 'teamSizeMax', E('teamSizeOrder'));
  }
  if (!raw || Object.keys(errors).length > 0) return { errors };
  return { data: { ...raw, ...(timeline as EventTimeline) } };
}

/** The optimistic-concurrency token the edit form carries. */
export const versionSchema = z.coerce.number().int().min(1);

/* ---- Tracks, prizes, questions, compliance items, organizers: one small schema each. ---- */

const position = z.coerce.number({ error: E('positionInvalid') }).int({ error: E('positionInvalid') }).min(0, { error: E('positionInvalid') }).max(999, { error: E('positionInvalid') }).default(0);
const requiredOneOf = <T extends Record<string, unknown>>(zh: keyof T & string, en: keyof T & string) => (value: T, ctx: z.RefinementCtx) => {
  if (!value[zh] && !value[en]) ctx.addIssue({ code: 'custom', path: [zh], message: E('nameRequired') });
};
const isHttpUrl = (value: string) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
  } catch {
    return false;
  }
};

/** Dataset links are typed one per line as "title | https://…": a textarea is the simplest list a keyboard can edit. */
export function parseDatasetLines(value: string): { title: string; url: string }[] | null {
  const links = [];
  for (const line of value.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const bar = line.lastIndexOf('|');
    const title = bar < 0 ? '' : line.slice(0, bar).trim();
    const url = (bar < 0 ? line : line.slice(bar + 1)).trim();
    if (!isHttpUrl(url) || url.length > 500 || title.length > 200) return null;
    links.push({ title: title || url, url });
  }
  return links.length <= 20 ? links : null;
}

export const trackSchema = z
  .object({
    nameZh: text(120),
    nameEn: text(120),
    descriptionZh: text(5000),
    descriptionEn: text(5000),
    departmentZh: text(120),
    departmentEn: text(120),
    datasets: z
      .string()
      .default('')
      .transform((value, ctx) => {
        const links = parseDatasetLines(value);
        if (!links) ctx.addIssue({ code: 'custom', message: E('datasetsInvalid') });
        return links ?? [];
      }),
    position,
  })
  .superRefine(requiredOneOf('nameZh', 'nameEn'));

export const prizeSchema = z
  .object({
    nameZh: text(120),
    nameEn: text(120),
    descriptionZh: text(1000),
    descriptionEn: text(1000),
    trackId: z.string().trim().default('').transform((v) => (v === '' ? null : v)),
    amount: z.preprocess((v) => (v == null || (typeof v === 'string' && v.trim() === '') ? null : v), int(0, 100_000_000, 'amountInvalid').nullable()),
    count: int(1, 100, 'countInvalid').default(1),
    position,
  })
  .superRefine(requiredOneOf('nameZh', 'nameEn'))
  .superRefine((value, ctx) => {
    // A prize is money, or something described (mentoring, a pilot contract): never neither.
    if (value.amount === null && !value.descriptionZh && !value.descriptionEn) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: E('amountOrDescription') });
    }
  });

export const QUESTION_KINDS = ['short_text', 'long_text', 'single_choice', 'multi_choice', 'checkbox'] as const;
export const CHOICE_KINDS: readonly string[] = ['single_choice', 'multi_choice'];

/**
 * Options one per line, "中文 | English", or "value | 中文 | English" to keep the stored value of an
 * existing option (answers refer to it). A new option's value is its line number, stable as long as the
 * organizer appends rather than reorders; editing shows every value, so nothing is renumbered silently.
 */
export function parseOptionLines(value: string): { value: string; labelZh: string; labelEn: string }[] | null {
  const options = [];
  const lines = value.split('\n').map((l) => l.trim()).filter(Boolean);
  for (const [index, line] of lines.entries()) {
    const parts = line.split('|').map((p) => p.trim());
    const [v, zh, en] = parts.length >= 3 ? parts : [`option-${index + 1}`, parts[0] ?? '', parts[1] ?? ''];
    if (!v || !/^[A-Za-z0-9_-]{1,40}$/.test(v) || (!zh && !en) || zh!.length > 200 || en!.length > 200) return null;
    options.push({ value: v, labelZh: zh!, labelEn: en! });
  }
  if (new Set(options.map((o) => o.value)).size !== options.length || options.length > 50) return null;
  return options;
}

export const questionSchema = z
  .object({
    scope: z.enum(['registration', 'submission'], { error: E('invalid') }),
    kind: z.enum(QUESTION_KINDS, { error: E('invalid') }),
    labelZh: text(300),
    labelEn: text(300),
    options: z
      .string()
      .default('')
      .transform((value, ctx) => {
        const options = parseOptionLines(value);
        if (!options) ctx.addIssue({ code: 'custom', message: E('optionsInvalid') });
        return options ?? [];
      }),
    isRequired: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()),
    position,
  })
  .superRefine((value, ctx) => {
    if (!value.labelZh && !value.labelEn) ctx.addIssue({ code: 'custom', path: ['labelZh'], message: E('labelRequired') });
    if (CHOICE_KINDS.includes(value.kind) && value.options.length < 2) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: E('optionsTooFew') });
    }
  })
  // Only choice kinds have options; a stale list left in the box for a text question is dropped.
  .transform((value) => (CHOICE_KINDS.includes(value.kind) ? value : { ...value, options: [] }));

export const complianceItemSchema = z
  .object({ labelZh: text(300), labelEn: text(300), position })
  .superRefine((value, ctx) => {
    if (!value.labelZh && !value.labelEn) ctx.addIssue({ code: 'custom', path: ['labelZh'], message: E('labelRequired') });
  });

export const organizerGrantSchema = z.object({
  email: z.string({ error: E('emailInvalid') }).trim().toLowerCase().pipe(z.email({ error: E('emailInvalid') })),
});
