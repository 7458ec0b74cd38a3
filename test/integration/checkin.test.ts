import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, eventRoles, registrations } from '@/db/schema';
import { loadActor, type Actor } from '@/lib/auth/actor';
import { checkIn, undoCheckIn } from '@/lib/checkin/check-in';
import { checkInCounts, findAttendeeByCode, searchAttendees } from '@/lib/checkin/queries';
import { listMyEvents } from '@/lib/events/my-events';
import { violatedConstraint } from '@/lib/db-errors';
import { insertEvent, insertUser } from './helpers/domain-rows';

/* The check-in desk against the real database: codes, refusals, the DB's own guards, undo, counts. */
const actorOf = async (user: { id: string }) => (await loadActor(user.id)) as Actor;

type Status = (typeof registrations.$inferSelect)['status'];

async function register(eventId: string, name: string, options: { status?: Status; minor?: boolean; email?: string } = {}) {
  const user = await insertUser({ name, ...(options.email ? { email: options.email } : {}) });
  const [row] = await db
    .insert(registrations)
    .values({
      eventId,
      userId: user.id,
      displayName: name,
      status: options.status ?? 'admitted',
      consentRulesAt: new Date(),
      consentDataAt: new Date(),
      ...(options.minor ? { guardianName: '王美玲', guardianContact: '0912-345-678', guardianConsentAt: new Date() } : {}),
    })
    .returning();
  return { user, registration: row! };
}

async function desk(isPublished = true) {
  const event = await insertEvent({ isPublished });
  const organizer = await insertUser();
  await db.insert(eventRoles).values({ eventId: event.id, userId: organizer.id, role: 'organizer' });
  return { event, actor: await actorOf(organizer) };
}

const ticks = (registrationId: string, extra: Record<string, string> = {}) => ({ registrationId, identityChecked: 'on', ...extra });

const audits = async (eventId: string) =>
  (await db.select({ action: auditLog.action, data: auditLog.data }).from(auditLog).where(eq(auditLog.eventId, eventId)).orderBy(auditLog.id));

describe('check-in codes', () => {
  it('gives every registration its own 16-hex-digit code, found by typing it with dashes and in lower case', async () => {
    const { event, actor } = await desk();
    const a = await register(event.id, 'Alice');
    const b = await register(event.id, 'Bob');
    expect(a.registration.checkInCode).toMatch(/^[0-9A-F]{16}$/);
    expect(a.registration.checkInCode).not.toBe(b.registration.checkInCode);
    const typed = a.registration.checkInCode.toLowerCase().match(/.{4}/g)!.join('-');
    const found = await findAttendeeByCode(actor, { id: event.id }, typed);
    expect(found.ok && found.data.registrationId).toBe(a.registration.id);
  });

  it('shows the code on the participant’s own dashboard only once admitted', async () => {
    const { event, actor } = await desk();
    const admitted = await register(event.id, 'Alice');
    const waiting = await register(event.id, 'Waiting', { status: 'waitlisted' });
    const mine = await listMyEvents(await actorOf(admitted.user));
    expect(mine.events[0]!.checkIn).toEqual({ code: admitted.registration.checkInCode, checkedInAt: null });
    expect((await listMyEvents(await actorOf(waiting.user))).events[0]!.checkIn).toBeNull();
    expect((await checkIn(actor, event.id, ticks(admitted.registration.id))).ok).toBe(true);
    expect((await listMyEvents(await actorOf(admitted.user))).events[0]!.checkIn!.checkedInAt).toBeInstanceOf(Date);
  });

  it('refuses a malformed code, an unknown code, another event’s code and a non-admitted person’s code beside the code field', async () => {
    const { event, actor } = await desk();
    const other = await desk();
    const elsewhere = await register(other.event.id, 'Elsewhere');
    const waiting = await register(event.id, 'Waiting', { status: 'waitlisted' });
    expect(await findAttendeeByCode(actor, { id: event.id }, 'not-a-code')).toEqual({
      ok: false,
      error: { code: 'validation', fieldErrors: { code: ['checkin.errors.codeInvalid'] } },
    });
    const unknown = await findAttendeeByCode(actor, { id: event.id }, '0123456789ABCDEF');
    expect(unknown).toEqual({ ok: false, error: { code: 'not_found', fieldErrors: { code: ['checkin.errors.codeUnknown'] } } });
    expect(await findAttendeeByCode(actor, { id: event.id }, elsewhere.registration.checkInCode)).toEqual(unknown);
    expect(await findAttendeeByCode(actor, { id: event.id }, waiting.registration.checkInCode)).toEqual({
      ok: false,
      error: { code: 'conflict', fieldErrors: { code: ['checkin.errors.notAdmitted'] } },
    });
  });

  it('searches admitted people by name or e-mail, taking % literally', async () => {
    const { event, actor } = await desk();
    await register(event.id, '陳小明', { email: `ming-${Date.now()}@school.example` });
    await register(event.id, '陳大華');
    await register(event.id, '陳退出', { status: 'withdrawn' });
    const byName = await searchAttendees(actor, { id: event.id }, '陳');
    expect(byName.ok && byName.data.map((a) => a.displayName)).toEqual(['陳大華', '陳小明']);
    const byMail = await searchAttendees(actor, { id: event.id }, 'SCHOOL.example');
    expect(byMail.ok && byMail.data.map((a) => a.displayName)).toEqual(['陳小明']);
    const wildcard = await searchAttendees(actor, { id: event.id }, '%%');
    expect(wildcard.ok && wildcard.data).toEqual([]);
    expect(await searchAttendees(actor, { id: event.id }, '  ')).toEqual({ ok: false, error: { code: 'validation', fieldErrors: { q: ['checkin.errors.queryRequired'] } } });
  });
});

describe('checking in', () => {
  it('checks an adult in with the identity tick, audited, and counts it', async () => {
    const { event, actor } = await desk();
    const { registration } = await register(event.id, 'Alice');
    await register(event.id, 'Bob');
    const result = await checkIn(actor, event.id, ticks(registration.id));
    expect(result.ok).toBe(true);
    const [row] = await db.select().from(registrations).where(eq(registrations.id, registration.id));
    expect(row!.checkedInAt).not.toBeNull();
    expect(row!.identityCheckedAt).not.toBeNull();
    expect(row!.guardianConsentSeenAt).toBeNull();
    expect(await audits(event.id)).toEqual([
      { action: 'registration.checked_in', data: { identityChecked: true, isMinor: false, guardianConsentSeen: false } },
    ]);
    expect(await checkInCounts(actor, { id: event.id })).toEqual({ ok: true, data: { admitted: 2, checkedIn: 1, minorsPendingConsent: 0 } });
  });

  it('refuses without the identity tick, beside that box', async () => {
    const { event, actor } = await desk();
    const { registration } = await register(event.id, 'Alice');
    expect(await checkIn(actor, event.id, { registrationId: registration.id })).toEqual({
      ok: false,
      error: { code: 'validation', fieldErrors: { identityChecked: ['checkin.errors.identityRequired'] } },
    });
  });

  it('refuses a second check-in of the same person (the database trigger), even from two desks at once', async () => {
    const { event, actor } = await desk();
    const { registration } = await register(event.id, 'Alice');
    const both = await Promise.all([checkIn(actor, event.id, ticks(registration.id)), checkIn(actor, event.id, ticks(registration.id))]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(both.find((r) => !r.ok)).toEqual({ ok: false, error: { code: 'conflict', fieldErrors: { form: ['checkin.errors.alreadyCheckedIn'] } } });
    expect(await checkIn(actor, event.id, ticks(registration.id))).toEqual({
      ok: false,
      error: { code: 'conflict', fieldErrors: { form: ['checkin.errors.alreadyCheckedIn'] } },
    });
    expect((await audits(event.id)).filter((a) => a.action === 'registration.checked_in')).toHaveLength(1);
  });

  it('refuses a minor without the consent tick (CHECK constraint), and checks them in with it', async () => {
    const { event, actor } = await desk();
    const { registration } = await register(event.id, '小華', { minor: true });
    expect(await checkInCounts(actor, { id: event.id })).toEqual({ ok: true, data: { admitted: 1, checkedIn: 0, minorsPendingConsent: 1 } });
    expect(await checkIn(actor, event.id, ticks(registration.id))).toEqual({
      ok: false,
      error: { code: 'validation', fieldErrors: { guardianConsentSeen: ['checkin.errors.consentRequired'] } },
    });
    expect(await audits(event.id)).toEqual([]);
    expect((await checkIn(actor, event.id, ticks(registration.id, { guardianConsentSeen: 'on' }))).ok).toBe(true);
    expect(await checkInCounts(actor, { id: event.id })).toEqual({ ok: true, data: { admitted: 1, checkedIn: 1, minorsPendingConsent: 0 } });
  });

  it('has the database refuse a direct write that skips the minor’s consent or the identity check', async () => {
    const { event } = await desk();
    const { registration } = await register(event.id, '小華', { minor: true });
    const write = (set: Partial<typeof registrations.$inferInsert>) =>
      db.update(registrations).set(set).where(eq(registrations.id, registration.id)).then(
        () => 'written',
        (error: unknown) => violatedConstraint(error),
      );
    expect(await write({ checkedInAt: new Date(), identityCheckedAt: new Date() })).toBe('registrations_checked_in_minor_consent');
    expect(await write({ checkedInAt: new Date(), guardianConsentSeenAt: new Date() })).toBe('registrations_checked_in_identity');
  });

  it('refuses someone who is not staff of the event, another event’s registration and a non-admitted person', async () => {
    const { event, actor } = await desk();
    const draft = await desk(false);
    const { registration, user } = await register(event.id, 'Alice');
    const participant = await actorOf(user);
    expect(await checkIn(participant, event.id, ticks(registration.id))).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await checkIn(await actorOf(user), draft.event.id, ticks(registration.id))).toEqual({ ok: false, error: { code: 'not_found' } });
    expect(await checkIn(null, event.id, ticks(registration.id))).toEqual({ ok: false, error: { code: 'unauthenticated' } });
    // The other desk's organizer names this event's registration under their own event: nothing matches.
    expect(await checkIn(draft.actor, draft.event.id, ticks(registration.id))).toEqual({ ok: false, error: { code: 'not_found' } });
    const waiting = await register(event.id, 'Waiting', { status: 'waitlisted' });
    expect(await checkIn(actor, event.id, ticks(waiting.registration.id))).toEqual({ ok: false, error: { code: 'not_found' } });
    expect(await findAttendeeByCode(participant, { id: event.id }, registration.checkInCode)).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await checkInCounts(participant, { id: draft.event.id })).toEqual({ ok: false, error: { code: 'not_found' } });
    const [row] = await db.select().from(registrations).where(and(eq(registrations.id, registration.id)));
    expect(row!.checkedInAt).toBeNull();
  });
});

describe('undoing a check-in', () => {
  it('clears the marks, keeps the undone time in the audit, allows a fresh check-in, and refuses an undo of nobody', async () => {
    const { event, actor } = await desk();
    const { registration } = await register(event.id, '小華', { minor: true });
    expect((await checkIn(actor, event.id, ticks(registration.id, { guardianConsentSeen: 'on' }))).ok).toBe(true);
    const [checked] = await db.select().from(registrations).where(eq(registrations.id, registration.id));
    expect((await undoCheckIn(actor, event.id, { registrationId: registration.id })).ok).toBe(true);
    const [row] = await db.select().from(registrations).where(eq(registrations.id, registration.id));
    expect([row!.checkedInAt, row!.identityCheckedAt, row!.guardianConsentSeenAt]).toEqual([null, null, null]);
    const log = await audits(event.id);
    expect(log.map((a) => a.action)).toEqual(['registration.checked_in', 'registration.check_in_undone']);
    expect(log[1]!.data).toEqual({ checkedInAt: checked!.checkedInAt!.toISOString() });
    expect(await undoCheckIn(actor, event.id, { registrationId: registration.id })).toEqual({
      ok: false,
      error: { code: 'conflict', fieldErrors: { form: ['checkin.errors.notCheckedIn'] } },
    });
    expect((await checkIn(actor, event.id, ticks(registration.id, { guardianConsentSeen: 'on' }))).ok).toBe(true);
  });

  it('refuses an undo by a participant', async () => {
    const { event, actor } = await desk();
    const { registration, user } = await register(event.id, 'Alice');
    expect((await checkIn(actor, event.id, ticks(registration.id))).ok).toBe(true);
    expect(await undoCheckIn(await actorOf(user), event.id, { registrationId: registration.id })).toEqual({ ok: false, error: { code: 'forbidden' } });
  });
});
