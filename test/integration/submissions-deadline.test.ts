import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, eventRoles, events, submissionFiles, submissions, teams } from '@/db/schema';
import { loadActor, type Actor } from '@/lib/auth/actor';
import { grantExtension, revokeExtension } from '@/lib/submissions/extensions';
import { saveSubmission, type SubmissionInput } from '@/lib/submissions/save';
import { expectRefusal, insertHackingTeam, insertSubmission, insertUser } from './helpers/domain-rows';

const actorOf = async (user: { id: string }) => (await loadActor(user.id)) as Actor;
const input = (version: number, title = '防災地圖'): SubmissionInput => ({ fields: { title }, answers: {}, compliance: [], version });
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

/** Moves the event's deadline to a second ago, by the database's clock. */
async function closeEvent(eventId: string) {
  await db.update(events).set({ submissionDeadline: sql`statement_timestamp() - interval '1 second'` }).where(eq(events.id, eventId));
}

async function organizerOf(eventId: string) {
  const user = await insertUser();
  await db.insert(eventRoles).values({ eventId, userId: user.id, role: 'organizer' });
  return actorOf(user);
}

describe('the submission deadline, enforced by the database', () => {
  it('refuses a save through the domain layer once the deadline has passed', async () => {
    const { event, members } = await insertHackingTeam();
    const a = await actorOf(members[0]!);
    const saved = await saveSubmission(a, event.id, input(0));
    expect(saved.ok).toBe(true);
    await closeEvent(event.id);
    expect(await saveSubmission(a, event.id, input(1, 'late'))).toEqual({ ok: false, error: { code: 'deadline_passed' } });
  });

  it('refuses a direct UPDATE, INSERT and file write by the trigger, whatever the application does', async () => {
    const { event, team } = await insertHackingTeam();
    const submission = await insertSubmission(team);
    await closeEvent(event.id);
    await expectRefusal(db.update(submissions).set({ title: 'late' }).where(eq(submissions.id, submission.id)), 'submissions_deadline_passed');
    await expectRefusal(
      db.insert(submissionFiles).values({ submissionId: submission.id, kind: 'cover', contentType: 'image/png', byteSize: png.length, sha256: 'x', data: png }),
      'submission_files_deadline_passed',
    );
    const other = await insertHackingTeam();
    await closeEvent(other.event.id);
    await expectRefusal(insertSubmission(other.team), 'submissions_deadline_passed');
  });

  it('compares with statement_timestamp(): a transaction begun before the deadline cannot write after it', async () => {
    const { event, team } = await insertHackingTeam();
    const submission = await insertSubmission(team);
    await db.update(events).set({ submissionDeadline: sql`statement_timestamp() + interval '1 second'` }).where(eq(events.id, event.id));
    const write = db.transaction(async (tx) => {
      // now() is frozen here, before the deadline; the UPDATE runs after it.
      await tx.execute(sql`select now()`);
      await tx.execute(sql`select pg_sleep(1.5)`);
      await tx.update(submissions).set({ title: 'one second too late' }).where(eq(submissions.id, submission.id));
    });
    await expectRefusal(write, 'submissions_deadline_passed');
    const [row] = await db.select().from(submissions).where(eq(submissions.id, submission.id));
    expect(row!.title).toBe('Project');
  });
});

describe('per-team extensions', () => {
  it('lets exactly the extended team save after the event deadline, until revoked', async () => {
    const extended = await insertHackingTeam();
    const event = extended.event;
    const otherCaptain = await insertUser();
    const otherMember = await insertUser();
    const [otherTeam] = await db.insert(teams).values({ eventId: event.id, captainId: otherCaptain.id, name: 'Other team', inviteCode: `x${Date.now()}`, status: 'admitted' }).returning();
    await db.execute(sql`insert into team_members (team_id, event_id, user_id) values (${otherTeam!.id}, ${event.id}, ${otherCaptain.id}), (${otherTeam!.id}, ${event.id}, ${otherMember.id})`);
    const a = await actorOf(extended.members[0]!);
    const b = await actorOf(otherCaptain);
    expect((await saveSubmission(a, event.id, input(0))).ok).toBe(true);
    expect((await saveSubmission(b, event.id, input(0))).ok).toBe(true);

    await closeEvent(event.id);
    const organizer = await organizerOf(event.id);
    const until = new Date(Date.now() + 3600_000);
    const granted = await grantExtension(organizer, { teamId: extended.team.id, until: until.toISOString(), reason: '現場停電 40 分鐘' });
    expect(granted).toMatchObject({ ok: true });
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.action, 'team.deadline_extended'));
    expect(audit).toMatchObject({ actorId: organizer.userId, entityId: extended.team.id, data: expect.objectContaining({ reason: '現場停電 40 分鐘' }) });

    expect(await saveSubmission(a, event.id, input(1, 'extended'))).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await saveSubmission(b, event.id, input(1, 'not extended'))).toEqual({ ok: false, error: { code: 'deadline_passed' } });

    expect((await revokeExtension(organizer, extended.team.id)).ok).toBe(true);
    expect(await saveSubmission(a, event.id, input(2, 'after revocation'))).toEqual({ ok: false, error: { code: 'deadline_passed' } });
  });

  it('refuses a non-organizer, an unknown team, and a time not after the event deadline', async () => {
    const { event, team, members } = await insertHackingTeam();
    const member = await actorOf(members[0]!);
    const later = new Date(event.submissionDeadline.getTime() + 3600_000).toISOString();
    expect(await grantExtension(member, { teamId: team.id, until: later, reason: 'please' })).toEqual({ ok: false, error: { code: 'forbidden' } });
    const organizer = await organizerOf(event.id);
    expect(await grantExtension(organizer, { teamId: crypto.randomUUID(), until: later, reason: 'x' })).toEqual({ ok: false, error: { code: 'not_found' } });
    expect(await grantExtension(organizer, { teamId: team.id, until: event.submissionDeadline.toISOString(), reason: 'x' })).toEqual({
      ok: false,
      error: { code: 'validation', fieldErrors: { until: ['submissions.errors.untilBeforeDeadline'] } },
    });
    expect(await grantExtension(organizer, { teamId: team.id, until: later, reason: ' ' })).toMatchObject({
      ok: false,
      error: { code: 'validation', fieldErrors: { reason: ['submissions.errors.reasonRequired'] } },
    });
    const [row] = await db.select().from(teams).where(eq(teams.id, team.id));
    expect(row!.deadlineExtendedUntil).toBeNull();
  });
});
