import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersFromFormData, parseCustomAnswers, type CustomQuestion } from '@/lib/validation/custom-answers';
import { isMinorAt, parseRegistration } from '@/lib/validation/registration';
import { parseAnswers } from '@/lib/validation/submissions';

const options = ['web', 'data', 'design'].map((value) => ({ value, labelZh: value, labelEn: value }));
const q = (id: string, kind: CustomQuestion['kind'], isRequired = false): CustomQuestion => ({ id, kind, isRequired, options });
const QUESTIONS = [q('short', 'short_text', true), q('long', 'long_text'), q('one', 'single_choice', true), q('many', 'multi_choice'), q('box', 'checkbox', true)];
const VALID = { short: 'hi', long: 'x'.repeat(4000), one: 'data', many: ['web', 'design'], box: 'on' };

describe('parseCustomAnswers (registration rules)', () => {
  it('accepts a valid set and normalises it', () => {
    expect(parseCustomAnswers(QUESTIONS, VALID)).toEqual({
      ok: true,
      answers: { short: 'hi', long: 'x'.repeat(4000), one: 'data', many: ['web', 'design'], box: true },
    });
  });

  it.each([
    ['short text over 200', { short: 'x'.repeat(201) }, 'answer.short', 'registration.errors.answerTooLong'],
    ['long text over 4000', { long: 'x'.repeat(4001) }, 'answer.long', 'registration.errors.answerTooLong'],
    ['a choice not offered', { one: 'cooking' }, 'answer.one', 'registration.errors.choiceInvalid'],
    ['one of many not offered', { many: ['web', 'cooking'] }, 'answer.many', 'registration.errors.choiceInvalid'],
    ['a required text left blank', { short: '   ' }, 'answer.short', 'registration.errors.answerRequired'],
    ['a required choice left empty', { one: '' }, 'answer.one', 'registration.errors.answerRequired'],
    ['a required checkbox unticked', { box: undefined }, 'answer.box', 'registration.errors.answerRequired'],
    ['a checkbox with a strange value', { box: 'maybe' }, 'answer.box', 'registration.errors.answerInvalid'],
    ['a text that is not a string', { short: 42 }, 'answer.short', 'registration.errors.answerInvalid'],
  ])('refuses %s beside the question', (_name, change, field, message) => {
    const result = parseCustomAnswers(QUESTIONS, { ...VALID, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors).toEqual({ [field]: [message] });
  });

  it('drops answers to questions nobody asked', () => {
    const result = parseCustomAnswers(QUESTIONS, { ...VALID, injected: 'x' });
    expect(result.ok && Object.keys(result.answers).sort()).toEqual(['box', 'long', 'many', 'one', 'short']);
  });

  it('optional questions may be left out entirely', () => {
    const result = parseCustomAnswers([q('a', 'short_text'), q('b', 'multi_choice'), q('c', 'checkbox')], {});
    expect(result).toEqual({ ok: true, answers: { a: '', b: [], c: false } });
  });

  it('property: any subset of the options is a valid multiple choice; anything outside is refused', () => {
    const question = [q('m', 'multi_choice')];
    fc.assert(
      fc.property(fc.subarray(['web', 'data', 'design']), fc.string(), (chosen, extra) => {
        expect(parseCustomAnswers(question, { m: chosen }).ok).toBe(true);
        if (!['web', 'data', 'design'].includes(extra)) expect(parseCustomAnswers(question, { m: [...chosen, extra] }).ok).toBe(false);
      }),
    );
  });

  it('property: a short text is accepted exactly when its trimmed length is at most 200', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 260 }), (text) => {
        expect(parseCustomAnswers([q('s', 'short_text')], { s: text }).ok).toBe(text.trim().length <= 200);
      }),
    );
  });

  it('reads answers from FormData, repeated names as lists', () => {
    const form = new FormData();
    form.append('answer.one', 'data');
    form.append('answer.many', 'web');
    form.append('answer.many', 'design');
    form.append('displayName', 'not an answer');
    expect(answersFromFormData(form)).toEqual({ one: 'data', many: ['web', 'design'] });
  });

  it('keeps the submission rules: longer limits, required left to submit time', () => {
    expect(parseAnswers([q('s', 'short_text', true)], { s: '' })).toEqual({ ok: true, answers: { s: '' } });
    const long = parseAnswers([q('s', 'short_text')], { s: 'x'.repeat(301) });
    expect(long).toEqual({ ok: false, fieldErrors: { 'answer.s': ['submissions.errors.answerTooLong'] } });
  });
});

describe('minors and the registration form', () => {
  // Hacking starts 2027-03-20 00:30 in Taipei, which is still 2027-03-19 in UTC.
  const start = new Date('2027-03-19T16:30:00Z');
  it.each([
    ['2009-03-20', false], // 18th birthday on the first day, in Taipei
    ['2009-03-21', true],
    ['2000-01-01', false],
    ['2012-02-29', true],
  ])('born %s: minor = %s', (dob, minor) => {
    expect(isMinorAt(dob, start, 'Asia/Taipei')).toBe(minor);
  });

  it('uses the event time zone, not UTC', () => {
    expect(isMinorAt('2009-03-20', start, 'UTC')).toBe(true);
  });

  const context = { questions: [q('one', 'single_choice', true)], hackingStartsAt: start, timeZone: 'Asia/Taipei' };
  const adult = { displayName: 'Lin', dateOfBirth: '1990-05-01', consentRules: 'on', consentData: 'on', answers: { one: 'web' } };

  it('reports every problem of the form at once', () => {
    const result = parseRegistration(context, { displayName: ' ', dateOfBirth: '2012-01-01', answers: { one: 'x' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors).sort()).toEqual(
      ['answer.one', 'consentData', 'consentRules', 'displayName', 'guardianConsent', 'guardianContact', 'guardianName'].sort(),
    );
  });

  it('asks a minor for the guardian and keeps it; an adult guardian entry is dropped', () => {
    const minor = { ...adult, dateOfBirth: '2010-01-01', guardianName: '林媽媽', guardianContact: '0912-345-678', guardianConsent: 'on' };
    expect(parseRegistration(context, minor)).toMatchObject({ ok: true, data: { guardian: { name: '林媽媽', contact: '0912-345-678' } } });
    expect(parseRegistration(context, { ...adult, guardianName: 'x' })).toMatchObject({ ok: true, data: { guardian: null } });
  });

  it('refuses an impossible date of birth', () => {
    for (const dateOfBirth of ['2001-02-30', '1899-12-31', '3000-01-01', 'yesterday']) {
      const result = parseRegistration(context, { ...adult, dateOfBirth });
      expect(result).toEqual({ ok: false, fieldErrors: { dateOfBirth: ['registration.errors.dateOfBirthInvalid'] } });
    }
  });
});
