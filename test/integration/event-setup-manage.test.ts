import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, eventRoles, events } from '@/db/schema';
import { loadActor, type Actor } from '@/lib/auth/actor';
import { createEvent, getEventForSetup, setEventPublished, updateEventSettings } from '@/lib/events/manage';
import { insertEvent, insertUser } from './helpers/domain-rows';

/*
 * Event creation, edits and publication against the real database: who may, what the form refuses (and
 * where it says so), the version check in the UPDATE, and the audit rows.
 */
const actorOf = async (user: { id: string }) => (await loadActor(user.id)) as Actor;
const siteAdmin = async () => actorOf(await insertUser({ isSiteAdmin: true }));

/** A valid form as the browser sends it: strings, the timeline as Asia/Taipei wall clocks. */
function form(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    slug: `setup-${randomUUID().slice(0, 8)}`,
    titleZh: '臺北程式節 測試',
    titleEn: 'CodeFest test',
    timeZone: 'Asia/Taipei',
    registrationOpensAt: '2027-03-01T09:00',
    registrationClosesAt: '2027-04-01T18:00',
    withdrawalDeadline: '2027-04-05T23:59',
    hackingStartsAt: '2027-04-10T09:00',
    submissionDeadline: '2027-04-11T15:00',
    judgingEndsAt: '2027-04-20T18:00',
    teamSizeMin: '3',
    teamSizeMax: '5',
    capacity: '400',
    admissionMode: 'automatic',
    ...overrides,
  };
}

describe('createEvent', () => {
  it('lets a site admin create a draft, converts the wall clocks in the event zone, grants the creator the organizer role and audits', async () => {
    const admin = await siteAdmin();
    const input = form();
    const result = await createEvent(admin, input);
    expect(result.ok).toBe(true);
    const [row] = await db.select().from(events).where(eq(events.slug, input.slug!));
    expect(row!.isPublished).toBe(false);
    // 09:00 in Taipei (UTC+8, no summer time) is 01:00 UTC.
    expect(row!.registrationOpensAt.toISOString()).toBe('2027-03-01T01:00:00.000Z');
    expect(row!.capacity).toBe(400);
    const roles = await db.select().from(eventRoles).where(eq(eventRoles.eventId, row!.id));
    expect(roles.map((r) => [r.userId, r.role])).toEqual([[admin.userId, 'organizer']]);
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.eventId, row!.id), eq(auditLog.action, 'event.created')));
    expect(audit).toHaveLength(1);
  });

  it('reads the timeline in the zone the organizer chose, across a summer-time change', async () => {
    const admin = await siteAdmin();
    const input = form({ timeZone: 'Europe/Berlin', registrationOpensAt: '2027-03-01T09:00', hackingStartsAt: '2027-04-10T09:00' });
    expect((await createEvent(admin, input)).ok).toBe(true);
    const [row] = await db.select().from(events).where(eq(events.slug, input.slug!));
    expect(row!.registrationOpensAt.toISOString()).toBe('2027-03-01T08:00:00.000Z'); // CET, UTC+1
    expect(row!.hackingStartsAt.toISOString()).toBe('2027-04-10T07:00:00.000Z'); // CEST, UTC+2
  });

  it('is refused to an organizer, a participant and an anonymous visitor', async () => {
    const organizer = await insertUser();
    const event = await insertEvent();
    await db.insert(eventRoles).values({ eventId: event.id, userId: organizer.id, role: 'organizer' });
    expect(await createEvent(await actorOf(organizer), form())).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await createEvent(await actorOf(await insertUser()), form())).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await createEvent(null, form())).toEqual({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('turns a duplicate slug into a field error (the unique constraint decides)', async () => {
    const admin = await siteAdmin();
    const existing = await insertEvent();
    const result = await createEvent(admin, form({ slug: existing.slug }));
    expect(result).toEqual({ ok: false, error: { code: 'validation', fieldErrors: { slug: ['eventSetup.errors.slugTaken'] } } });
  });

  it('refuses a malformed slug and a time zone that is not an IANA name', async () => {
    const admin = await siteAdmin();
    for (const timeZone of ['Asia/Taipeh', '+08:00', 'Mars/Olympus', '']) {
      const result = await createEvent(admin, form({ timeZone }));
      expect(result.ok || result.error.fieldErrors?.timeZone).toEqual(['eventSetup.errors.timeZoneInvalid']);
    }
    const result = await createEvent(admin, form({ slug: 'Has Spaces' }));
    expect(result.ok || result.error.fieldErrors?.slug).toEqual(['eventSetup.errors.slugInvalid']);
  });

  // Each impossible order is refused, with its message beside the field that breaks it.
  const orders: [string, Record<string, string>, string, string][] = [
    ['registration closes before it opens', { registrationClosesAt: '2027-02-28T09:00' }, 'registrationClosesAt', 'closesBeforeOpens'],
    ['registration closes when it opens', { registrationClosesAt: '2027-03-01T09:00' }, 'registrationClosesAt', 'closesBeforeOpens'],
    ['deadline before hacking starts', { submissionDeadline: '2027-04-10T08:59' }, 'submissionDeadline', 'deadlineBeforeHacking'],
    ['judging ends before the deadline', { judgingEndsAt: '2027-04-11T14:00' }, 'judgingEndsAt', 'judgingBeforeDeadline'],
    ['withdrawal deadline after hacking starts', { withdrawalDeadline: '2027-04-10T09:01' }, 'withdrawalDeadline', 'withdrawalAfterHacking'],
    ['withdrawal deadline before registration opens', { withdrawalDeadline: '2027-02-01T09:00' }, 'withdrawalDeadline', 'withdrawalBeforeOpens'],
    ['registration still open after the deadline', { registrationClosesAt: '2027-04-12T09:00' }, 'registrationClosesAt', 'closesAfterDeadline'],
    ['hacking before registration opens', { hackingStartsAt: '2027-02-01T09:00', withdrawalDeadline: '' }, 'hackingStartsAt', 'hackingBeforeRegistration'],
  ];
  it.each(orders)('refuses %s', async (_name, overrides, field, key) => {
    const input = form(overrides);
    const result = await createEvent(await siteAdmin(), input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.fieldErrors?.[field]).toContain(`eventSetup.errors.${key}`);
    expect(await db.select().from(events).where(eq(events.slug, input.slug!))).toHaveLength(0);
  });

  it('allows a judging end equal to the deadline and a withdrawal deadline equal to hacking start', async () => {
    const result = await createEvent(await siteAdmin(), form({ judgingEndsAt: '2027-04-11T15:00', withdrawalDeadline: '2027-04-10T09:00' }));
    expect(result.ok).toBe(true);
  });

  it('refuses a date that does not exist and reports every problem at once', async () => {
    const result = await createEvent(await siteAdmin(), form({ registrationOpensAt: '2027-02-30T09:00', teamSizeMin: '6', teamSizeMax: '4', titleZh: '', titleEn: '' }));
    expect(result.ok).toBe(false);
    const errors = !result.ok ? result.error.fieldErrors! : {};
    expect(errors.registrationOpensAt).toEqual(['eventSetup.errors.dateInvalid']);
    expect(errors.teamSizeMax).toEqual(['eventSetup.errors.teamSizeOrder']);
    expect(errors.titleZh).toEqual(['eventSetup.errors.titleRequired']);
  });
});

describe('updateEventSettings', () => {
  async function created() {
    const admin = await siteAdmin();
    const input = form();
    const result = await createEvent(admin, input);
    if (!result.ok) throw new Error('setup');
    return { admin, input, eventId: result.data.id };
  }

  it('saves with the current version, bumps it, and audits only what changed', async () => {
    const { admin, input, eventId } = await created();
    const result = await updateEventSettings(admin, eventId, { ...input, titleEn: 'Renamed', capacity: '', version: '1' });
    expect(result).toEqual({ ok: true, data: { slug: input.slug, version: 2 } });
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, eventId), eq(auditLog.action, 'event.updated')));
    expect(audit!.data).toMatchObject({ before: { titleEn: 'CodeFest test', capacity: 400 }, after: { titleEn: 'Renamed', capacity: null } });
    expect(Object.keys((audit!.data as { after: object }).after).sort()).toEqual(['capacity', 'titleEn']);
  });

  it('refuses a stale version: the second of two organizers editing the same version is told, nothing merges', async () => {
    const { admin, input, eventId } = await created();
    const other = await insertUser();
    await db.insert(eventRoles).values({ eventId, userId: other.id, role: 'organizer' });
    expect((await updateEventSettings(await actorOf(other), eventId, { ...input, titleEn: 'First', version: '1' })).ok).toBe(true);
    const stale = await updateEventSettings(admin, eventId, { ...input, titleEn: 'Second', version: '1' });
    expect(stale).toEqual({ ok: false, error: { code: 'stale_version' } });
    const [row] = await db.select().from(events).where(eq(events.id, eventId));
    expect([row!.titleEn, row!.version]).toEqual(['First', 2]);
  });

  it('refuses a participant, a judge and an organizer of another event (a draft answers not found)', async () => {
    const { input, eventId } = await created();
    const judge = await insertUser();
    await db.insert(eventRoles).values({ eventId, userId: judge.id, role: 'judge' });
    const elsewhere = await insertUser();
    const otherEvent = await insertEvent();
    await db.insert(eventRoles).values({ eventId: otherEvent.id, userId: elsewhere.id, role: 'organizer' });
    for (const user of [await insertUser(), judge, elsewhere]) {
      const result = await updateEventSettings(await actorOf(user), eventId, { ...input, titleEn: 'Hijack', version: '1' });
      expect(result).toEqual({ ok: false, error: { code: 'not_found' } });
    }
    expect(await getEventForSetup(await actorOf(elsewhere), input.slug!)).toEqual({ ok: false, error: { code: 'not_found' } });
    const [row] = await db.select().from(events).where(eq(events.id, eventId));
    expect(row!.titleEn).toBe('CodeFest test');
  });

  it('gives the form its timeline back as wall clocks of the event zone', async () => {
    const { admin, input } = await created();
    const result = await getEventForSetup(admin, input.slug!);
    expect(result.ok && result.data.wallClocks).toMatchObject({ registrationOpensAt: '2027-03-01T09:00', withdrawalDeadline: '2027-04-05T23:59' });
  });
});

describe('setEventPublished', () => {
  it('publishes and unpublishes, one audit row per change; a repeat changes nothing', async () => {
    const admin = await siteAdmin();
    const event = await insertEvent({ isPublished: false });
    expect(await setEventPublished(admin, event.id, true)).toEqual({ ok: true, data: { isPublished: true, changed: true } });
    expect(await setEventPublished(admin, event.id, true)).toEqual({ ok: true, data: { isPublished: true, changed: false } });
    expect(await setEventPublished(admin, event.id, false)).toEqual({ ok: true, data: { isPublished: false, changed: true } });
    const audit = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.eventId, event.id)).orderBy(auditLog.id);
    expect(audit.map((a) => a.action)).toEqual(['event.published', 'event.unpublished']);
  });

  it('refuses a participant: forbidden for a public event, not found for a draft', async () => {
    const participant = await actorOf(await insertUser());
    const published = await insertEvent({ isPublished: true });
    const draft = await insertEvent({ isPublished: false });
    expect(await setEventPublished(participant, published.id, false)).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await setEventPublished(participant, draft.id, true)).toEqual({ ok: false, error: { code: 'not_found' } });
    const rows = await db.select({ isPublished: events.isPublished }).from(events).where(eq(events.id, published.id));
    expect(rows[0]!.isPublished).toBe(true);
  });
});

describe('concurrent saves', () => {
  it('of the same version: exactly one lands, the others are told their version is stale', async () => {
    const admin = await siteAdmin();
    const input = form();
    const created = await createEvent(admin, input);
    const eventId = created.ok ? created.data.id : '';
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => updateEventSettings(admin, eventId, { ...input, titleEn: `Writer ${i}`, version: '1' })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual(Array(7).fill('stale_version'));
    const [row] = await db.select().from(events).where(eq(events.id, eventId));
    expect(row!.version).toBe(2);
    const audits = await db.select().from(auditLog).where(and(eq(auditLog.entityId, eventId), eq(auditLog.action, 'event.updated')));
    expect(audits).toHaveLength(1);
  });
});
