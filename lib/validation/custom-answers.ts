import { z } from 'zod';
import type { QuestionOption } from '@/db/schema/events';

/*
 * Organizer-defined questions (registration and submission forms). The zod schema is BUILT FROM THE
 * DEFINITION, so the server checks exactly what the organizer asked: text length by kind, a choice among
 * the offered options, a checkbox as a boolean, and "required" where the form demands it. Unknown keys are
 * dropped, so a crafted form cannot store answers to questions nobody asked. Errors are full catalog keys,
 * reported under `answer.<questionId>`, the field's own name, so the form shows them beside the question.
 */
export type QuestionKind = 'short_text' | 'long_text' | 'single_choice' | 'multi_choice' | 'checkbox';
export type CustomQuestion = { id: string; kind: QuestionKind; isRequired: boolean; options: QuestionOption[] };
export type AnswerValue = string | string[] | boolean;
export type Answers = Record<string, AnswerValue>;

/** The form field name of a custom question, also the key its errors come back under. */
export const answerField = (questionId: string) => `answer.${questionId}`;

export type AnswerRules = {
  shortMax: number;
  longMax: number;
  /** false: "required" is checked later (a submission draft may be unfinished; see lib/validation/submissions). */
  enforceRequired: boolean;
  errors: { invalid: string; tooLong: string; choiceInvalid: string; required: string };
};

export const REGISTRATION_ANSWER_RULES: AnswerRules = {
  shortMax: 200,
  longMax: 4000,
  enforceRequired: true,
  errors: {
    invalid: 'registration.errors.answerInvalid',
    tooLong: 'registration.errors.answerTooLong',
    choiceInvalid: 'registration.errors.choiceInvalid',
    required: 'registration.errors.answerRequired',
  },
};

export const isAnswered = (value: unknown): boolean =>
  Array.isArray(value) ? value.length > 0 : typeof value === 'string' ? value.trim() !== '' : value === true;

/** FormData gives a single string for one ticked box and an array for several; both mean a list. */
const asList = (v: unknown): unknown => (Array.isArray(v) ? v : v === undefined || v === null || v === '' ? [] : [v]);

export function answerSchema(question: CustomQuestion, rules: AnswerRules): z.ZodType<AnswerValue> {
  const { errors } = rules;
  const values = new Set(question.options.map((o) => o.value));
  const text = (max: number) =>
    z.preprocess((v) => v ?? '', z.string({ error: errors.invalid }).trim().max(max, { error: errors.tooLong }));
  let schema: z.ZodType<AnswerValue>;
  switch (question.kind) {
    case 'short_text':
      schema = text(rules.shortMax);
      break;
    case 'long_text':
      schema = text(rules.longMax);
      break;
    case 'single_choice':
      schema = z.preprocess(
        (v) => v ?? '',
        z.string({ error: errors.invalid }).refine((v) => v === '' || values.has(v), { error: errors.choiceInvalid }),
      );
      break;
    case 'multi_choice':
      schema = z.preprocess(
        asList,
        z
          .array(z.string({ error: errors.invalid }), { error: errors.invalid })
          .refine((list) => list.every((v) => values.has(v)), { error: errors.choiceInvalid })
          .transform((list) => [...new Set(list)]),
      );
      break;
    case 'checkbox':
      // An unticked box is simply absent from FormData; JSON callers may send a real boolean.
      schema = z.preprocess(
        (v) => (v === undefined || v === null || v === '' || v === 'false' ? false : v === 'on' || v === 'true' ? true : v),
        z.boolean({ error: errors.invalid }),
      );
      break;
  }
  if (!rules.enforceRequired || !question.isRequired) return schema;
  return schema.refine(isAnswered, { error: errors.required });
}

/** One object schema for the whole set of questions, keyed by question id. */
export function customAnswersSchema(questions: CustomQuestion[], rules: AnswerRules = REGISTRATION_ANSWER_RULES) {
  return z.object(Object.fromEntries(questions.map((q) => [q.id, answerSchema(q, rules)])));
}

export type ParsedAnswers = { ok: true; answers: Answers } | { ok: false; fieldErrors: Record<string, string[]> };

/** Validates `input` (keyed by question id), every issue of every question, under `answer.<id>`. */
export function parseCustomAnswers(
  questions: CustomQuestion[],
  input: Record<string, unknown>,
  rules: AnswerRules = REGISTRATION_ANSWER_RULES,
): ParsedAnswers {
  const parsed = customAnswersSchema(questions, rules).safeParse(input ?? {});
  if (parsed.success) return { ok: true, answers: parsed.data as Answers };
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const questionId = String(issue.path[0] ?? '');
    const key = answerField(questionId);
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { ok: false, fieldErrors };
}

/** The `answer.<id>` entries of a FormData, keyed by question id; repeated names (multi choice) become lists. */
export function answersFromFormData(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of new Set(formData.keys())) {
    if (!name.startsWith('answer.')) continue;
    const all = formData.getAll(name).map(String);
    out[name.slice('answer.'.length)] = all.length > 1 ? all : all[0];
  }
  return out;
}
