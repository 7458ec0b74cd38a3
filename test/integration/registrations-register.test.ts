import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, customQuestions, registrations } from '@/db/schema';
import { loadActor, type Actor } from '@/lib/auth/actor';
import { flushMail } from '@/lib/mail/outbox';
import { registerForEvent, updateRegistration } from '@/lib/registrations/register';
import { insertEvent, insertUser } from './helpers/domain-rows';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
let mailDir: string;

beforeAll(async () => {
  mailDir = await mkdtemp(path.join(tmpdir(), 'codefest-reg-mail-'));
  process.env.MAIL_DIR = mailDir;
});

async function mailsTo(address: string): Promise<{ to: string; subject: string; text: string }[]> {
  await flushMail();
  const files = (await readdir(mailDir)).sort();
  const mails = await Promise.all(files.map(async (f) => JSON.parse(await readFile(path.join(mailDir, f), 'utf8'))));
  return mails.filter((m) => m.to === address);
}

async function person(overrides: Parameters<typeof insertUser>[0] = {}): Promise<Actor> {
  const user = await insertUser(overrides);
  return (await loadActor(user.id))!;
}

/** A published event with registration open now, hacking in 20 days. */
async function openEvent(overrides: Parameters<typeof insertEvent>[0] = {}) {
  return insertEvent({ isPublished: true, ...overrides });
}

const form = (overrides: Record<string, unknown> = {}) => ({
  displayName: '林小明',
  affiliation: '臺灣大學',
  skills: 'React, 資料分析, react',
  dateOfBirth: '1995-04-01',
  consentRules: 'on',
  consentData: 'on',
  answers: {},
  ...overrides,
});

describe('registerForEvent', () => {
  it('admits at once in automatic mode, stores consent times, skills as tags, an audit row and a mail', async () => {
    const event = await openEvent();
    const actor = await person({ preferredLocale: 'en' });
    const result = await registerForEvent(actor, event.id, form());
    expect(result).toMatchObject({ ok: true, data: { status: 'admitted', waitlistPosition: null } });
    const [row] = await db.select().from(registrations).where(eq(registrations.userId, actor.userId));
    expect(row).toMatchObject({ status: 'admitted', skills: ['React', '資料分析'], affiliation: '臺灣大學', guardianName: null });
    expect(row!.consentRulesAt).toBeInstanceOf(Date);
    expect(row!.consentDataAt).toBeInstanceOf(Date);
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.entityId, row!.id), eq(auditLog.action, 'registration.created')));
    expect(audit).toHaveLength(1);
    const [mail] = await mailsTo(actor.email);
    expect(mail?.subject).toBe('You are admitted to Test event');
  });

  it('leaves a registration pending in reviewed mode', async () => {
    const event = await openEvent({ admissionMode: 'reviewed' });
    const result = await registerForEvent(await person(), event.id, form());
    expect(result).toMatchObject({ ok: true, data: { status: 'pending' } });
  });

  it('refuses before registration opens and after it closes, by the database clock', async () => {
    const now = Date.now();
    const early = await openEvent({ registrationOpensAt: new Date(now + HOUR), registrationClosesAt: new Date(now + DAY) });
    expect(await registerForEvent(await person(), early.id, form())).toEqual({
      ok: false,
      error: { code: 'closed', fieldErrors: { form: ['registration.errors.notOpenYet'] } },
    });
    const late = await openEvent({ registrationOpensAt: new Date(now - DAY), registrationClosesAt: new Date(now - 1000) });
    expect(await registerForEvent(await person(), late.id, form())).toEqual({
      ok: false,
      error: { code: 'closed', fieldErrors: { form: ['registration.errors.closed'] } },
    });
    expect(await db.select().from(registrations).where(eq(registrations.eventId, late.id))).toEqual([]);
  });

  it('answers not found for an unpublished event', async () => {
    const draft = await insertEvent({ isPublished: false });
    expect(await registerForEvent(await person(), draft.id, form())).toEqual({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses a second registration of the same person with a clear message', async () => {
    const event = await openEvent();
    const actor = await person();
    expect((await registerForEvent(actor, event.id, form())).ok).toBe(true);
    expect(await registerForEvent(actor, event.id, form())).toEqual({
      ok: false,
      error: { code: 'conflict', fieldErrors: { form: ['registration.errors.alreadyRegistered'] } },
    });
  });

  it('refuses missing consents, each beside its checkbox', async () => {
    const event = await openEvent();
    const result = await registerForEvent(await person(), event.id, form({ consentRules: undefined, consentData: '' }));
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'validation',
        fieldErrors: { consentRules: ['registration.errors.consentRulesRequired'], consentData: ['registration.errors.consentDataRequired'] },
      },
    });
  });

  it("refuses a minor (at hacking start, in the event's time zone) without a guardian, and records one when given", async () => {
    const hackingStartsAt = new Date(Date.now() + 20 * DAY);
    const event = await openEvent({ hackingStartsAt, submissionDeadline: new Date(hackingStartsAt.getTime() + DAY) });
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Taipei' }).format(hackingStartsAt);
    // Turns 18 the day after hacking starts: still a minor.
    const next = new Date(`${day}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    const dateOfBirth = `${next.getUTCFullYear() - 18}-${next.toISOString().slice(5, 10)}`;
    const minor = await person();
    const refused = await registerForEvent(minor, event.id, form({ dateOfBirth }));
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'validation',
        fieldErrors: {
          guardianName: ['registration.errors.guardianNameRequired'],
          guardianContact: ['registration.errors.guardianContactRequired'],
          guardianConsent: ['registration.errors.guardianConsentRequired'],
        },
      },
    });
    const accepted = await registerForEvent(minor, event.id, form({ dateOfBirth, guardianName: '林媽媽', guardianContact: '0912-000-111', guardianConsent: 'on' }));
    expect(accepted.ok).toBe(true);
    const [row] = await db.select().from(registrations).where(eq(registrations.userId, minor.userId));
    expect(row).toMatchObject({ guardianName: '林媽媽', guardianContact: '0912-000-111' });
    expect(row!.guardianConsentAt).toBeInstanceOf(Date);
  });

  it("validates the event's custom questions from their definition", async () => {
    const event = await openEvent();
    const options = [{ value: 'web', labelZh: '網頁', labelEn: 'Web' }];
    const [required, choice] = await db
      .insert(customQuestions)
      .values([
        { eventId: event.id, scope: 'registration', kind: 'short_text', labelEn: 'Why?', isRequired: true, position: 1 },
        { eventId: event.id, scope: 'registration', kind: 'single_choice', labelEn: 'Role', options, position: 2 },
        { eventId: event.id, scope: 'submission', kind: 'short_text', labelEn: 'Not for registration', isRequired: true },
      ])
      .returning();
    const actor = await person();
    const refused = await registerForEvent(actor, event.id, form({ answers: { [choice!.id]: 'cooking' } }));
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'validation',
        fieldErrors: { [`answer.${required!.id}`]: ['registration.errors.answerRequired'], [`answer.${choice!.id}`]: ['registration.errors.choiceInvalid'] },
      },
    });
    const ok = await registerForEvent(actor, event.id, form({ answers: { [required!.id]: '想改善城市', [choice!.id]: 'web', injected: 'x' } }));
    expect(ok.ok).toBe(true);
    const [row] = await db.select().from(registrations).where(eq(registrations.userId, actor.userId));
    expect(row!.answers).toEqual({ [required!.id]: '想改善城市', [choice!.id]: 'web' });
  });

  it('wait-lists in order once the places are taken', async () => {
    const event = await openEvent({ capacity: 2 });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await registerForEvent(await person(), event.id, form())) as { data: unknown });
    expect(statuses.map((s) => s.data)).toMatchObject([
      { status: 'admitted', waitlistPosition: null },
      { status: 'admitted', waitlistPosition: null },
      { status: 'waitlisted', waitlistPosition: 1 },
      { status: 'waitlisted', waitlistPosition: 2 },
    ]);
  });

  it('race: 30 people registering at once for 10 places: exactly 10 get in, 20 wait in positions 1..20', async () => {
    const event = await openEvent({ capacity: 10 });
    const people = await Promise.all(Array.from({ length: 30 }, () => person()));
    const started = performance.now();
    const results = await Promise.all(people.map((p) => registerForEvent(p, event.id, form())));
    const elapsed = performance.now() - started;
    expect(results.every((r) => r.ok)).toBe(true);
    const rows = await db.select().from(registrations).where(eq(registrations.eventId, event.id));
    expect(rows.filter((r) => r.status !== 'waitlisted')).toHaveLength(10);
    expect(
      rows
        .map((r) => r.waitlistPosition)
        .filter((p) => p !== null)
        .sort((a, b) => a! - b!),
    ).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    console.log(`[race] 30 concurrent registrations, capacity 10: 10 admitted, 20 waitlisted, ${elapsed.toFixed(0)} ms`);
  });
});

describe('updateRegistration', () => {
  it('saves with the loaded version and refuses a stale one', async () => {
    const event = await openEvent();
    const actor = await person();
    await registerForEvent(actor, event.id, form());
    expect(await updateRegistration(actor, event.id, form({ displayName: '新名字', version: 1 }))).toEqual({ ok: true, data: { version: 2 } });
    expect(await updateRegistration(actor, event.id, form({ displayName: '舊分頁', version: 1 }))).toEqual({
      ok: false,
      error: { code: 'stale_version', fieldErrors: { form: ['registration.errors.staleVersion'] } },
    });
    const [row] = await db.select().from(registrations).where(eq(registrations.userId, actor.userId));
    expect(row!.displayName).toBe('新名字');
  });

  it('answers not found to someone who never registered', async () => {
    const event = await openEvent();
    expect(await updateRegistration(await person(), event.id, form({ version: 1 }))).toEqual({ ok: false, error: { code: 'not_found' } });
  });
});
