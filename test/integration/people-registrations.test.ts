import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, eventRoles, registrations } from '@/db/schema';
import { listRegistrations } from '@/lib/people/registrations';
import { reviewRegistrations } from '@/lib/people/review';
import { insertTrack, insertUser } from './helpers/domain-rows';
import { actorOf, organizedEvent, registerPerson, selection, teamOfPeople } from './helpers/people-fixture';

const rowOf = async (id: string) => (await db.select().from(registrations).where(eq(registrations.id, id)))[0]!;

describe('registrations table: search, filters, paging, sorting', () => {
  it('searches name, e-mail and affiliation in the database, with % and _ taken literally', async () => {
    const { event, organizer } = await organizedEvent();
    await registerPerson(event.id, { displayName: '王小明', affiliation: '臺灣大學' });
    await registerPerson(event.id, { displayName: 'Ada Lovelace', email: 'ada@analytical.example' });
    await registerPerson(event.id, { displayName: 'Grace', affiliation: 'Navy 100%' });
    const names = async (q: unknown) => {
      const result = await listRegistrations(organizer, event.slug, q);
      if (!result.ok) throw new Error(result.error.code);
      return result.data.rows.map((r) => r.displayName).sort();
    };
    expect(await names({ q: '小明' })).toEqual(['王小明']);
    expect(await names({ q: 'ANALYTICAL' })).toEqual(['Ada Lovelace']);
    expect(await names({ q: '臺灣' })).toEqual(['王小明']);
    expect(await names({ q: '100%' })).toEqual(['Grace']);
    expect(await names({ q: '%' })).toEqual(['Grace']);
    expect(await names({ q: '_' })).toEqual([]);
  });

  it('filters by status, minor, team and team track; pages and sorts', async () => {
    const { event, organizer } = await organizedEvent();
    const track = await insertTrack(event.id);
    const minor = await registerPerson(event.id, { displayName: 'Minor', guardianName: 'Parent', guardianContact: 'p@example.com', guardianConsentAt: new Date() });
    const inTeam = await registerPerson(event.id, { displayName: 'Teamed', status: 'admitted' });
    await teamOfPeople(event.id, [inTeam], { trackId: track.id });
    for (let i = 0; i < 27; i++) await registerPerson(event.id, { displayName: `Person ${String(i).padStart(2, '0')}`, status: 'waitlisted' });

    const list = async (q: Record<string, unknown>) => {
      const result = await listRegistrations(organizer, event.slug, q);
      if (!result.ok) throw new Error(result.error.code);
      return result.data;
    };
    expect((await list({ minor: 'yes' })).rows.map((r) => r.displayName)).toEqual(['Minor']);
    expect((await list({ minor: 'no' })).total).toBe(28);
    expect((await list({ team: 'yes' })).rows.map((r) => r.displayName)).toEqual(['Teamed']);
    expect((await list({ track: track.id })).rows.map((r) => r.displayName)).toEqual(['Teamed']);
    expect((await list({ status: 'admitted' })).rows.map((r) => r.displayName)).toEqual(['Teamed']);
    const waitlisted = await list({ status: 'waitlisted', sort: 'name', dir: 'desc' });
    expect(waitlisted.total).toBe(27);
    expect(waitlisted.pageCount).toBe(2);
    expect(waitlisted.rows).toHaveLength(25);
    expect(waitlisted.rows[0]!.displayName).toBe('Person 26');
    const second = await list({ status: 'waitlisted', sort: 'name', dir: 'desc', page: '2' });
    expect(second.rows.map((r) => r.displayName)).toEqual(['Person 01', 'Person 00']);
    // A bad URL value is no filter, not an error page.
    expect((await list({ status: 'nonsense', minor: 'maybe', page: '-4' })).total).toBe(29);
    expect(minor.registration.id).toBeTruthy();
  });

  it('is refused to a participant, a judge and another event’s organizer (not found / forbidden)', async () => {
    const { event } = await organizedEvent();
    const participant = await registerPerson(event.id);
    const judge = await insertUser();
    await db.insert(eventRoles).values({ eventId: event.id, userId: judge.id, role: 'judge' });
    const { organizer: other } = await organizedEvent();
    for (const actor of [await actorOf(participant.user.id), await actorOf(judge.id), other, null]) {
      const result = await listRegistrations(actor, event.slug, {});
      expect(result.ok).toBe(false);
      if (!result.ok) expect(['not_found', 'forbidden', 'unauthenticated']).toContain(result.error.code);
    }
  });
});

describe('bulk review', () => {
  it('decides several rows in one transaction, one audit row each; refusals are reported per row', async () => {
    const { event, organizer } = await organizedEvent({ capacity: 3, admissionMode: 'automatic' });
    const a = await registerPerson(event.id, { status: 'admitted' });
    const b = await registerPerson(event.id, { status: 'admitted' });
    const w1 = await registerPerson(event.id, { status: 'waitlisted', waitlistPosition: 1 });
    const w2 = await registerPerson(event.id, { status: 'waitlisted', waitlistPosition: 2 });
    const gone = await registerPerson(event.id, { status: 'withdrawn' });
    const { event: elsewhere } = await organizedEvent();
    const foreign = await registerPerson(elsewhere.id);

    const result = await reviewRegistrations(organizer, event.id, {
      rows: selection(w1.registration, w2.registration, gone.registration, foreign.registration, { id: a.registration.id, version: 99 }),
      decision: 'admitted',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Capacity 3: two admitted, so w1 takes the last place and w2 is refused as full.
    expect(result.data.decided.map((d) => d.id)).toEqual([w1.registration.id]);
    expect(Object.fromEntries(result.data.refused.map((r) => [r.id, r.reason]))).toEqual({
      [w2.registration.id]: 'full',
      [gone.registration.id]: 'withdrawn',
      [foreign.registration.id]: 'notFound',
      [a.registration.id]: 'stale',
    });
    expect((await rowOf(w1.registration.id)).status).toBe('admitted');
    expect((await rowOf(w1.registration.id)).waitlistPosition).toBeNull();
    expect((await rowOf(w2.registration.id)).status).toBe('waitlisted');
    const audits = await db.select().from(auditLog).where(and(eq(auditLog.eventId, event.id), eq(auditLog.action, 'registration.reviewed')));
    expect(audits.map((r) => r.entityId)).toEqual([w1.registration.id]);

    // Rejecting an admitted person frees a place; waitlisting goes to the end of the list.
    const freed = await reviewRegistrations(organizer, event.id, { rows: selection(await rowOf(b.registration.id)), decision: 'waitlisted' });
    expect(freed).toMatchObject({ ok: true, data: { refused: [] } });
    expect((await rowOf(b.registration.id)).waitlistPosition).toBe(3);
    const now = await reviewRegistrations(organizer, event.id, { rows: selection(await rowOf(w2.registration.id)), decision: 'admitted' });
    expect(now).toMatchObject({ ok: true, data: { refused: [], decided: [{ id: w2.registration.id }] } });
  });

  it('refuses bad input per field and other actors entirely', async () => {
    const { event, organizer } = await organizedEvent();
    const p = await registerPerson(event.id);
    expect(await reviewRegistrations(organizer, event.id, { rows: [], decision: 'promoted' })).toEqual({
      ok: false,
      error: { code: 'validation', fieldErrors: { rows: ['people.errors.rowsRequired'], decision: ['people.errors.decisionRequired'] } },
    });
    const participant = await actorOf(p.user.id);
    const refused = await reviewRegistrations(participant, event.id, { rows: selection(p.registration), decision: 'admitted' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(['not_found', 'forbidden']).toContain(refused.error.code);
    expect((await rowOf(p.registration.id)).status).toBe('pending');
    expect(await reviewRegistrations(null, event.id, { rows: selection(p.registration), decision: 'admitted' })).toEqual({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('in reviewed admission, a member of an applied team is decided with the team', async () => {
    const { event, organizer } = await organizedEvent({ admissionMode: 'reviewed' });
    const member = await registerPerson(event.id);
    const loner = await registerPerson(event.id);
    await teamOfPeople(event.id, [member], { status: 'applied' });
    const result = await reviewRegistrations(organizer, event.id, { rows: selection(member.registration, loner.registration), decision: 'rejected' });
    expect(result).toMatchObject({ ok: true, data: { decided: [{ id: loner.registration.id }], refused: [{ id: member.registration.id, reason: 'decidedWithTeam' }] } });
  });

  it('two organizers deciding the same rows at once: one decision per row lands, the other is stale', async () => {
    const { event, organizer } = await organizedEvent();
    const second = await insertUser();
    await db.insert(eventRoles).values({ eventId: event.id, userId: second.id, role: 'organizer' });
    const people = await Promise.all([0, 1, 2, 3].map(() => registerPerson(event.id)));
    const rows = selection(...people.map((p) => p.registration));
    const [first, other] = await Promise.all([
      reviewRegistrations(organizer, event.id, { rows, decision: 'admitted' }),
      reviewRegistrations(await actorOf(second.id), event.id, { rows, decision: 'rejected' }),
    ]);
    if (!first.ok || !other.ok) throw new Error('both should answer');
    const winner = first.data.decided.length === 4 ? first : other;
    const loser = winner === first ? other : first;
    if (!winner.ok || !loser.ok) throw new Error('unreachable');
    expect(winner.data.decided).toHaveLength(4);
    expect(loser.data.decided).toHaveLength(0);
    expect(loser.data.refused.map((r) => r.reason)).toEqual(['stale', 'stale', 'stale', 'stale']);
    const statuses = new Set((await db.select().from(registrations).where(inArray(registrations.id, people.map((p) => p.registration.id)))).map((r) => r.status));
    expect(statuses.size).toBe(1);
    const audits = await db.select().from(auditLog).where(and(eq(auditLog.eventId, event.id), eq(auditLog.action, 'registration.reviewed')));
    expect(audits).toHaveLength(4);
  });
});
