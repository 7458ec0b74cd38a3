import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, registrations } from '@/db/schema';
import { loadActor, type Actor } from '@/lib/auth/actor';
import { flushMail } from '@/lib/mail/outbox';
import { registerForEvent } from '@/lib/registrations/register';
import { withdrawRegistration } from '@/lib/registrations/withdraw';
import { addMember, insertEvent, insertTeam, insertUser } from './helpers/domain-rows';

let mailDir: string;
beforeAll(async () => {
  mailDir = await mkdtemp(path.join(tmpdir(), 'codefest-withdraw-mail-'));
  process.env.MAIL_DIR = mailDir;
});

async function subjectsTo(address: string): Promise<string[]> {
  await flushMail();
  const files = (await readdir(mailDir)).sort();
  const mails = await Promise.all(files.map(async (f) => JSON.parse(await readFile(path.join(mailDir, f), 'utf8'))));
  return mails.filter((m) => m.to === address).map((m) => m.subject);
}

const person = async (locale: 'zh-TW' | 'en' = 'en'): Promise<Actor> => (await loadActor((await insertUser({ preferredLocale: locale })).id))!;
const form = { displayName: 'Chen', dateOfBirth: '1990-01-01', consentRules: 'on', consentData: 'on' };
const statusOf = async (actor: Actor) =>
  (await db.select({ status: registrations.status, position: registrations.waitlistPosition }).from(registrations).where(eq(registrations.userId, actor.userId)))[0];

describe('withdrawRegistration', () => {
  it('frees the place for the first person on the waitlist, who is admitted and told by e-mail', async () => {
    const event = await insertEvent({ isPublished: true, capacity: 1 });
    const [first, second, third] = [await person(), await person(), await person()];
    for (const p of [first, second, third]) await registerForEvent(p, event.id, form);
    expect(await statusOf(second)).toEqual({ status: 'waitlisted', position: 1 });

    expect(await withdrawRegistration(first, event.id)).toEqual({ ok: true, data: { promoted: true } });
    expect(await statusOf(first)).toEqual({ status: 'withdrawn', position: null });
    expect(await statusOf(second)).toEqual({ status: 'admitted', position: null });
    expect(await statusOf(third)).toEqual({ status: 'waitlisted', position: 2 });
    expect(await subjectsTo(second.email)).toContain('A place opened up: you are admitted to Test event');
    expect(await subjectsTo(first.email)).toContain('Registration withdrawn: Test event');
    const actions = (await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.eventId, event.id))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['registration.withdrawn', 'registration.promoted']));
  });

  it('does not promote in reviewed mode (teams are admitted by organizers there)', async () => {
    const event = await insertEvent({ isPublished: true, capacity: 1, admissionMode: 'reviewed' });
    const [first, second] = [await person(), await person()];
    for (const p of [first, second]) await registerForEvent(p, event.id, form);
    expect(await withdrawRegistration(first, event.id)).toEqual({ ok: true, data: { promoted: false } });
    expect(await statusOf(second)).toMatchObject({ status: 'waitlisted' });
  });

  it('refuses someone still in a team, saying to leave the team first', async () => {
    const event = await insertEvent({ isPublished: true });
    const actor = await person();
    await registerForEvent(actor, event.id, form);
    const team = await insertTeam(event.id, actor.userId);
    await addMember(team, actor.userId);
    expect(await withdrawRegistration(actor, event.id)).toEqual({
      ok: false,
      error: { code: 'conflict', fieldErrors: { form: ['registration.errors.leaveTeamFirst'] } },
    });
    expect(await statusOf(actor)).toMatchObject({ status: 'admitted' });
  });

  it('answers not found to someone not registered, and refuses withdrawing twice', async () => {
    const event = await insertEvent({ isPublished: true });
    expect(await withdrawRegistration(await person(), event.id)).toEqual({ ok: false, error: { code: 'not_found' } });
    const actor = await person();
    await registerForEvent(actor, event.id, form);
    expect((await withdrawRegistration(actor, event.id)).ok).toBe(true);
    expect(await withdrawRegistration(actor, event.id)).toMatchObject({ ok: false, error: { code: 'closed' } });
  });

  it('refuses an anonymous caller', async () => {
    const event = await insertEvent({ isPublished: true });
    expect(await withdrawRegistration(null, event.id)).toEqual({ ok: false, error: { code: 'unauthenticated' } });
  });
});
