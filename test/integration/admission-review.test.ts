import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, eventRoles, registrations, teams } from '@/db/schema';
import { decideAdmission, markNoShow, reviewDocuments, saveReviewNote, scheduleInterview } from '@/lib/admission/review';
import { applyForAdmission, withdrawTeam } from '@/lib/admission/team-actions';
import { loadActor, type Actor } from '@/lib/auth/actor';
import { flushMail } from '@/lib/mail/outbox';
import { addMember, insertEvent, insertTeam, insertUser } from './helpers/domain-rows';

const DAY = 24 * 3600 * 1000;
let mailDir: string;
beforeAll(async () => {
  mailDir = await mkdtemp(path.join(tmpdir(), 'codefest-admission-mail-'));
  process.env.MAIL_DIR = mailDir;
});

async function subjectsTo(address: string): Promise<string[]> {
  await flushMail();
  const files = (await readdir(mailDir)).sort();
  const mails = await Promise.all(files.map(async (f) => JSON.parse(await readFile(path.join(mailDir, f), 'utf8'))));
  return mails.filter((m) => m.to === address).map((m) => m.subject);
}

const actorOf = async (id: string): Promise<Actor> => (await loadActor(id))!;

/** A reviewed event (registration open) with an organizer. */
async function reviewedEvent(overrides: Parameters<typeof insertEvent>[0] = {}) {
  const event = await insertEvent({ isPublished: true, admissionMode: 'reviewed', teamSizeMin: 2, ...overrides });
  const organizer = await insertUser({ name: 'Organizer' });
  await db.insert(eventRoles).values({ eventId: event.id, userId: organizer.id, role: 'organizer' });
  return { event, organizer: await actorOf(organizer.id) };
}

/** A team of `size` registered (pending) members, the first its captain, in the given status. */
async function teamOf(eventId: string, size: number, status: (typeof teams.$inferInsert)['status'] = 'forming', extra: Partial<typeof teams.$inferInsert> = {}) {
  const people = [];
  for (let i = 0; i < size; i++) people.push(await insertUser({ preferredLocale: 'en' }));
  const team = await insertTeam(eventId, people[0]!.id, { status, ...extra });
  for (const p of people) {
    await addMember(team, p.id);
    await db.insert(registrations).values({ eventId, userId: p.id, displayName: p.name ?? 'x', status: 'pending', consentRulesAt: new Date(), consentDataAt: new Date() });
  }
  return { team, captain: await actorOf(people[0]!.id), member: await actorOf(people[1]?.id ?? people[0]!.id), people };
}

const teamRow = async (id: string) => (await db.select().from(teams).where(eq(teams.id, id)))[0]!;
const statusesOf = async (userIds: string[]) =>
  (await db.select({ status: registrations.status }).from(registrations).where(inArray(registrations.userId, userIds))).map((r) => r.status);

describe('applying', () => {
  it('the captain applies once the team is large enough; members are told', async () => {
    const { event } = await reviewedEvent();
    const { team, captain, member, people } = await teamOf(event.id, 2);
    expect(await applyForAdmission(member, team.id)).toEqual({ ok: false, error: { code: 'forbidden', fieldErrors: { form: ['admission.errors.captainOnly'] } } });
    expect(await applyForAdmission(captain, team.id)).toEqual({ ok: true, data: { status: 'applied' } });
    expect((await teamRow(team.id)).status).toBe('applied');
    expect(await subjectsTo(people[1]!.email!)).toContain(`${team.name} applied to Test event`);
    expect(await applyForAdmission(captain, team.id)).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('refuses a team below the minimum, an outsider (not found), and after registration closed', async () => {
    const { event } = await reviewedEvent({ teamSizeMin: 3 });
    const small = await teamOf(event.id, 2);
    expect(await applyForAdmission(small.captain, small.team.id)).toEqual({
      ok: false,
      error: { code: 'conflict', fieldErrors: { form: ['admission.errors.teamTooSmall'] } },
    });
    const outsider = await actorOf((await insertUser()).id);
    expect(await applyForAdmission(outsider, small.team.id)).toEqual({ ok: false, error: { code: 'not_found' } });

    const now = Date.now();
    const { event: closed } = await reviewedEvent({ registrationOpensAt: new Date(now - 5 * DAY), registrationClosesAt: new Date(now - 1000) });
    const late = await teamOf(closed.id, 2);
    expect(await applyForAdmission(late.captain, late.team.id)).toMatchObject({ ok: false, error: { code: 'deadline_passed' } });
  });
});

describe('organizer review', () => {
  it('document review, interview slot, final lists: registrations follow the team, audited, e-mailed', async () => {
    const { event, organizer } = await reviewedEvent();
    const a = await teamOf(event.id, 2, 'applied');
    const b = await teamOf(event.id, 2, 'applied');
    const c = await teamOf(event.id, 2, 'applied');
    expect(await reviewDocuments(organizer, event.id, { teamIds: [a.team.id, b.team.id], decision: 'document_passed', note: '' })).toEqual({ ok: true, data: { changed: 2 } });
    expect(await reviewDocuments(organizer, event.id, { teamIds: [c.team.id], decision: 'rejected', note: 'Out of scope' })).toMatchObject({ ok: true });
    expect(await statusesOf(c.people.map((p) => p.id))).toEqual(['rejected', 'rejected']);

    const interview = await scheduleInterview(organizer, { teamId: a.team.id, at: '2030-03-02T14:30', location: 'Room A' });
    expect(interview).toEqual({ ok: true, data: { interviewAt: new Date('2030-03-02T06:30:00Z') } }); // Taipei is UTC+8
    expect(await subjectsTo(a.people[0]!.email!)).toContain(`Interview slot for ${a.team.name}: Test event`);

    expect(await decideAdmission(organizer, event.id, { teamIds: [a.team.id], decision: 'admitted' })).toMatchObject({ ok: true });
    expect(await decideAdmission(organizer, event.id, { teamIds: [b.team.id], decision: 'reserve' })).toMatchObject({ ok: true });
    expect(await teamRow(a.team.id)).toMatchObject({ status: 'admitted', reservePosition: null });
    expect(await teamRow(b.team.id)).toMatchObject({ status: 'reserve', reservePosition: 1 });
    expect(await statusesOf(a.people.map((p) => p.id))).toEqual(['admitted', 'admitted']);
    expect(await statusesOf(b.people.map((p) => p.id))).toEqual(['reserve', 'reserve']);
    expect(await subjectsTo(a.people[1]!.email!)).toContain(`${a.team.name} is admitted to Test event`);
    const audit = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.eventId, event.id));
    expect(audit.map((r) => r.action)).toEqual(expect.arrayContaining(['admission.document_review', 'admission.interview', 'admission.final_decision']));

    expect(await markNoShow(organizer, { teamId: a.team.id, isNoShow: 'true' })).toEqual({ ok: true, data: { isNoShow: true } });
    expect(await saveReviewNote(organizer, { teamId: a.team.id, note: 'Strong data skills' })).toEqual({ ok: true, data: null });
    expect(await teamRow(a.team.id)).toMatchObject({ isNoShow: true, reviewNote: 'Strong data skills' });
  });

  it('refuses a decision for a team at the wrong stage, changing nothing (all or nothing)', async () => {
    const { event, organizer } = await reviewedEvent();
    const applied = await teamOf(event.id, 2, 'applied');
    const forming = await teamOf(event.id, 2, 'forming');
    expect(await reviewDocuments(organizer, event.id, { teamIds: [applied.team.id, forming.team.id], decision: 'document_passed' })).toEqual({
      ok: false,
      error: { code: 'conflict', fieldErrors: { form: ['admission.errors.wrongStage'] } },
    });
    expect((await teamRow(applied.team.id)).status).toBe('applied');
  });

  it('refuses the wrong actors: a participant, an organizer of another event, anonymous', async () => {
    const { event } = await reviewedEvent();
    const { organizer: otherOrganizer } = await reviewedEvent();
    const t = await teamOf(event.id, 2, 'applied');
    const input = { teamIds: [t.team.id], decision: 'admitted' };
    expect(await decideAdmission(t.captain, event.id, input)).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await decideAdmission(otherOrganizer, event.id, input)).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await decideAdmission(null, event.id, input)).toEqual({ ok: false, error: { code: 'unauthenticated' } });
    expect(await markNoShow(t.captain, { teamId: t.team.id, isNoShow: true })).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await scheduleInterview(otherOrganizer, { teamId: t.team.id, at: '2030-01-01T10:00', location: 'x' })).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect((await teamRow(t.team.id)).status).toBe('applied');
  });

  it("refuses a team of another event inside a bulk decision (not found)", async () => {
    const { event, organizer } = await reviewedEvent();
    const { event: other } = await reviewedEvent();
    const foreign = await teamOf(other.id, 2, 'applied');
    expect(await decideAdmission(organizer, event.id, { teamIds: [foreign.team.id], decision: 'admitted' })).toEqual({ ok: false, error: { code: 'not_found' } });
  });

  it('validates the input beside its field', async () => {
    const { event, organizer } = await reviewedEvent();
    expect(await decideAdmission(organizer, event.id, { teamIds: [], decision: 'maybe' })).toEqual({
      ok: false,
      error: { code: 'validation', fieldErrors: { teamIds: ['admission.errors.teamsRequired'], decision: ['admission.errors.decisionRequired'] } },
    });
  });
});

describe('withdrawal and reserve promotion', () => {
  it('an admitted team withdrawing before the deadline is replaced by the first reserve team, which is told', async () => {
    const { event, organizer } = await reviewedEvent({ withdrawalDeadline: new Date(Date.now() + 5 * DAY) });
    const admitted = await teamOf(event.id, 2, 'applied');
    const second = await teamOf(event.id, 2, 'applied');
    const first = await teamOf(event.id, 2, 'applied');
    await decideAdmission(organizer, event.id, { teamIds: [admitted.team.id], decision: 'admitted' });
    // Reserve order follows the order given: `first` before `second`.
    await decideAdmission(organizer, event.id, { teamIds: [first.team.id, second.team.id], decision: 'reserve' });
    expect((await teamRow(first.team.id)).reservePosition).toBe(1);

    expect(await withdrawTeam(admitted.member, admitted.team.id)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await withdrawTeam(admitted.captain, admitted.team.id)).toEqual({ ok: true, data: { promotedTeamId: first.team.id } });
    expect((await teamRow(admitted.team.id)).status).toBe('withdrawn');
    expect(await statusesOf(admitted.people.map((p) => p.id))).toEqual(['withdrawn', 'withdrawn']);
    expect(await teamRow(first.team.id)).toMatchObject({ status: 'admitted', reservePosition: null });
    expect(await statusesOf(first.people.map((p) => p.id))).toEqual(['admitted', 'admitted']);
    expect(await teamRow(second.team.id)).toMatchObject({ status: 'reserve', reservePosition: 2 });
    expect(await subjectsTo(first.people[1]!.email!)).toContain(`A place opened up: ${first.team.name} is admitted to Test event`);
    const audit = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, first.team.id));
    expect(audit.map((r) => r.action)).toContain('admission.promoted');
  });

  it('refuses a withdrawal after the withdrawal deadline (database clock); nobody is promoted', async () => {
    const { event, organizer } = await reviewedEvent({ withdrawalDeadline: new Date(Date.now() - 1000) });
    const admitted = await teamOf(event.id, 2, 'applied');
    const reserve = await teamOf(event.id, 2, 'applied');
    await decideAdmission(organizer, event.id, { teamIds: [admitted.team.id], decision: 'admitted' });
    await decideAdmission(organizer, event.id, { teamIds: [reserve.team.id], decision: 'reserve' });
    expect(await withdrawTeam(admitted.captain, admitted.team.id)).toEqual({
      ok: false,
      error: { code: 'deadline_passed', fieldErrors: { form: ['admission.errors.withdrawalClosed'] } },
    });
    expect((await teamRow(admitted.team.id)).status).toBe('admitted');
    expect((await teamRow(reserve.team.id)).status).toBe('reserve');
  });

  it('race: two admitted teams withdrawing at once promote two different reserve teams', async () => {
    const { event, organizer } = await reviewedEvent();
    const admitted = [await teamOf(event.id, 2, 'applied'), await teamOf(event.id, 2, 'applied')];
    const reserves = [await teamOf(event.id, 2, 'applied'), await teamOf(event.id, 2, 'applied'), await teamOf(event.id, 2, 'applied')];
    await decideAdmission(organizer, event.id, { teamIds: admitted.map((t) => t.team.id), decision: 'admitted' });
    await decideAdmission(organizer, event.id, { teamIds: reserves.map((t) => t.team.id), decision: 'reserve' });
    const results = await Promise.all(admitted.map((t) => withdrawTeam(t.captain, t.team.id)));
    const promoted = results.map((r) => (r.ok ? r.data.promotedTeamId : null));
    expect(new Set(promoted)).toEqual(new Set([reserves[0]!.team.id, reserves[1]!.team.id]));
    expect((await teamRow(reserves[2]!.team.id)).status).toBe('reserve');
  });
});
