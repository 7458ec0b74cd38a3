import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileObject, hostileRuns, hostileString, hostileValue } from '../reliability/hostile-input';

/*
 * The functions lib/validation exports next to its schemas: the parsers that take request input (and so
 * get hostile input here, with the promises each makes about what it returns) and the helpers that only
 * ever see values already parsed. Every exported function must be listed in one of the two tables, so a
 * new parser cannot slip in untested: the first test fails and says which one to classify.
 */
const validationDir = path.resolve(import.meta.dirname, '../../lib/validation');
const modules = new Map<string, Record<string, unknown>>();
for (const file of readdirSync(validationDir).filter((f) => f.endsWith('.ts')).sort()) {
  modules.set(file, (await import(path.join(validationDir, file))) as Record<string, unknown>);
}
const fn = (id: string) => {
  const [file, name] = id.split('#') as [string, string];
  return modules.get(file)?.[name] as ((...args: unknown[]) => unknown) | undefined;
};

/** Helpers whose arguments are never raw request input (the typed callers pass parsed values). */
const HELPERS: Record<string, string> = {
  'auth.ts#fieldErrorsOf': 'takes a ZodError',
  'custom-answers.ts#answerField': 'builds a field name from a question id read from the database',
  'custom-answers.ts#customAnswersSchema': 'builds a schema from the organizer\'s stored questions; exercised through parseCustomAnswers',
  'custom-answers.ts#answerSchema': 'as customAnswersSchema',
  'events.ts#timelineErrors': 'takes the instants parseEventSettings produced',
  'registration.ts#localDate': 'takes a Date and a zone from the event row',
  'registration.ts#isMinorAt': 'called with a date of birth that passed the YYYY-MM-DD check',
  'submissions.ts#answerField': 're-export of custom-answers.ts#answerField',
  'submissions.ts#complianceField': 'builds a field name from a checklist item id',
  'submissions.ts#submissionCompleteness': 'takes the parsed answers and compliance map',
  'checkin.ts#normaliseCheckInCode': 'the transform inside checkInCodeSchema, which has checked it is a string',
  'checkin.ts#formatCheckInCode': 'formats a code read from the database',
};

const question = fc.record({
  id: fc.uuid().map(String),
  kind: fc.constantFrom('short_text', 'long_text', 'single_choice', 'multi_choice', 'checkbox' as const),
  isRequired: fc.boolean(),
  options: fc.array(fc.record({ value: fc.constantFrom('a', 'b', 'option-1', 'x_y'), labelZh: fc.constant('甲'), labelEn: fc.constant('A') }), { maxLength: 3 }),
});
const answersFor = (questions: { id: string }[]) => hostileObject(questions.map((q) => q.id));
const questionsAndAnswers = fc.array(question, { maxLength: 4 }).chain((qs) => fc.tuple(fc.constant(qs), answersFor(qs)));
const trimmed = (s: string) => s === s.trim();

type ParserCase = { args: fc.Arbitrary<unknown[]>; check?: (result: any, args: any[]) => void }; // eslint-disable-line @typescript-eslint/no-explicit-any
const PARSERS: Record<string, ParserCase> = {
  'custom-answers.ts#isAnswered': { args: fc.tuple(hostileValue), check: (r) => expect(typeof r).toBe('boolean') },
  'custom-answers.ts#parseCustomAnswers': { args: questionsAndAnswers, check: checkAnswers },
  'submissions.ts#parseAnswers': { args: questionsAndAnswers, check: checkAnswers },
  'custom-answers.ts#answersFromFormData': {
    args: fc.array(fc.tuple(fc.oneof(hostileString, hostileString.map((s) => `answer.${s}`)), hostileString), { maxLength: 6 }).map((entries) => {
      const form = new FormData();
      for (const [k, v] of entries) form.append(k, v);
      return [form];
    }),
    check: (r) => Object.values(r).forEach((v) => expect(typeof v === 'string' || Array.isArray(v)).toBe(true)),
  },
  'events.ts#isIanaTimeZone': { args: fc.tuple(hostileString), check: (r) => expect(typeof r).toBe('boolean') },
  'events.ts#parseEventSettings': {
    args: fc.tuple(hostileObject(['slug', 'titleZh', 'titleEn', 'timeZone', 'registrationOpensAt', 'submissionDeadline', 'teamSizeMin', 'teamSizeMax', 'capacity', 'admissionMode'])),
    check: (r) => {
      if (!('data' in r)) return expect(Object.values(r.errors).length).toBeGreaterThan(0);
      expect(r.data.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(trimmed(r.data.titleZh) && trimmed(r.data.titleEn)).toBe(true);
    },
  },
  'events.ts#parseDatasetLines': {
    args: fc.tuple(fc.array(fc.oneof(hostileString, fc.webUrl(), fc.webUrl().map((u) => `t | ${u}`)), { maxLength: 5 }).map((l) => l.join('\n'))),
    check: (r) => {
      if (r === null) return;
      // A link without a title is titled by its URL, so a title may be as long as a URL.
      expect(r.length).toBeLessThanOrEqual(20);
      // As a browser parses it (leading controls and spaces are dropped by the URL parser), it is a web link.
      for (const link of r) expect(/^https?:$/.test(new URL(link.url).protocol) && link.url.length <= 500 && link.title.length <= 500).toBe(true);
    },
  },
  'events.ts#parseOptionLines': {
    args: fc.tuple(fc.array(hostileString, { maxLength: 5 }).map((l) => l.join('\n'))),
    check: (r) => {
      if (r === null) return;
      expect(new Set(r.map((o: { value: string }) => o.value)).size).toBe(r.length);
      for (const o of r) expect(o.value).toMatch(/^[A-Za-z0-9_-]{1,40}$/);
    },
  },
  'registration.ts#normaliseSkills': { args: fc.tuple(hostileValue), check: checkTags },
  'submissions.ts#normaliseTechnologies': { args: fc.tuple(hostileValue), check: checkTags },
  'registration.ts#parseRegistration': {
    args: fc.tuple(
      fc.record({ questions: fc.array(question, { maxLength: 2 }), hackingStartsAt: fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), timeZone: fc.constantFrom('Asia/Taipei', 'UTC', 'America/New_York') }),
      hostileObject(['displayName', 'affiliation', 'skills', 'dateOfBirth', 'consentRules', 'consentData', 'guardianName', 'guardianContact', 'guardianConsent', 'answers'], {
        dateOfBirth: fc.constantFrom('2000-02-29', '2015-06-01', '1899-12-31', '2010-13-01'),
        consentRules: fc.constant('on'),
        consentData: fc.constant('on'),
      }),
    ),
    check: (r) => {
      if (!r.ok) return expect(Object.keys(r.fieldErrors).length).toBeGreaterThan(0);
      expect(trimmed(r.data.displayName) && r.data.displayName.length > 0 && [...r.data.displayName].length <= 100).toBe(true);
      checkTags(r.data.skills);
    },
  },
  'submissions.ts#isHttpUrl': {
    args: fc.tuple(fc.oneof(hostileString, fc.webUrl())),
    check: (r, [url]) => expect(!r || /^https?:$/.test(new URL(url).protocol)).toBe(true),
  },
  'submissions.ts#parseCompliance': {
    args: fc.tuple(fc.array(fc.uuid().map(String), { maxLength: 4 }), hostileValue),
    check: (r, [ids]) => {
      expect(Object.keys(r).sort()).toEqual([...new Set(ids as string[])].sort());
      Object.values(r).forEach((v) => expect(typeof v).toBe('boolean'));
    },
  },
  'judging-sheets.ts#isUuid': { args: fc.tuple(hostileValue), check: (r) => expect(typeof r).toBe('boolean') },
  'results.ts#parseAwardPicks': { args: fc.tuple(hostileObject(['version', 'pick:00000000-0000-4000-8000-000000000000:1'])) },
  'showcase.ts#parseGalleryQuery': {
    args: fc.tuple(fc.dictionary(fc.constantFrom('q', 'event', 'track', 'tech', 'year', 'award', 'page'), fc.oneof(hostileString, fc.array(hostileString, { maxLength: 2 })))),
  },
};

type Question = { id: string; kind: string; options: { value: string }[] };
function checkAnswers(r: { ok: boolean; answers?: Record<string, unknown>; fieldErrors?: Record<string, string[]> }, args: unknown[]) {
  const questions = args[0] as Question[];
  if (!r.ok) return expect(Object.keys(r.fieldErrors!).every((k) => k.startsWith('answer.'))).toBe(true);
  for (const [id, value] of Object.entries(r.answers!)) {
    const q = questions.find((x) => x.id === id)!;
    expect(q).toBeDefined();
    if (q.kind === 'checkbox') expect(typeof value).toBe('boolean');
    else if (q.kind === 'multi_choice') (value as string[]).forEach((v) => expect(q.options.some((o) => o.value === v)).toBe(true));
    else if (q.kind === 'single_choice') expect(value === '' || q.options.some((o) => o.value === value)).toBe(true);
    else expect(typeof value === 'string' && trimmed(value)).toBe(true);
  }
}

function checkTags(tags: string[]) {
  const lower = tags.map((t) => t.toLowerCase());
  expect(new Set(lower).size).toBe(tags.length);
  for (const t of tags) expect(t.length > 0 && trimmed(t) && !/\s{2}/.test(t)).toBe(true);
}

describe('hostile input against the parsers lib/validation exports', () => {
  it('classifies every exported function as a parser (tested below) or a helper of parsed values', () => {
    const unclassified: string[] = [];
    for (const [file, mod] of modules) {
      for (const [name, value] of Object.entries(mod)) {
        const id = `${file}#${name}`;
        if (typeof value === 'function' && !('_zod' in value) && !(id in PARSERS) && !(id in HELPERS)) unclassified.push(id);
      }
    }
    expect(unclassified).toEqual([]);
  });

  for (const [id, { args, check }] of Object.entries(PARSERS)) {
    it.skipIf(!fn(id))(`${id} never throws on hostile input and keeps its promises`, () => {
      fc.assert(
        fc.property(args, (values) => {
          const result = fn(id)!(...values);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          check?.(result, values);
        }),
        { numRuns: hostileRuns() },
      );
    }, 30 * hostileRuns());
  }
});
