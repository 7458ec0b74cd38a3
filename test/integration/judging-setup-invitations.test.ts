import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, eventRoles, judgeAssignments, judgeInvitations, scoreSheets } from '@/db/schema';
import { acceptInvitation, hashInvitationToken, inviteJudge, previewInvitation } from '@/lib/judging/invitations';
import { removeEventRole } from '@/lib/judging/judges';
import { flushMail } from '@/lib/mail/outbox';
import { insertUser } from './helpers/domain-rows';
import { actorOf, setupFixture } from './helpers/judging-setup-fixture';

const origin = 'http://localhost:3000';

/** Invites `email` and returns the raw token, as the e-mailed link carries it (the table holds only its hash). */
async function invite(f: Awaited<ReturnType<typeof setupFixture>>, email: string) {
  const result = await inviteJudge(await actorOf(f.organizer), f.event.id, { email, role: 'judge' }, { origin });
  expect(result.ok).toBe(true);
  // The token never reaches the table; replace the stored hash with one of a token the test knows.
  const token = `test-token-${crypto.randomUUID()}`;
  await db.update(judgeInvitations).set({ tokenHash: hashInvitationToken(token) }).where(eq(judgeInvitations.id, (result as { data: { invitationId: string } }).data.invitationId));
  return { token, invitationId: (result as { data: { invitationId: string } }).data.invitationId };
}

describe('judge invitations', () => {
  it('grants the judge role to the invited address, once; the table keeps only a hash', async () => {
    const f = await setupFixture({ projects: 1, judges: 0 });
    const invitee = await insertUser({ email: `judge-${crypto.randomUUID().slice(0, 6)}@example.com` });
    const { token, invitationId } = await invite(f, invitee.email.toUpperCase());
    await flushMail();
    const [row] = await db.select().from(judgeInvitations).where(eq(judgeInvitations.id, invitationId));
    expect(row!.email).toBe(invitee.email);
    expect(row!.tokenHash).not.toContain(token);
    expect((await previewInvitation(token))?.state).toBe('valid');

    const accepted = await acceptInvitation(await actorOf(invitee), token);
    expect(accepted).toEqual({ ok: true, data: { eventSlug: f.event.slug, role: 'judge' } });
    const roles = await db.select().from(eventRoles).where(and(eq(eventRoles.eventId, f.event.id), eq(eventRoles.userId, invitee.id)));
    expect(roles.map((r) => r.role)).toEqual(['judge']);
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.eventId, f.event.id), eq(auditLog.action, 'judging.invitation_accepted')));
    expect(audit).toHaveLength(1);

    // Reused: refused, whoever tries.
    const again = await acceptInvitation(await actorOf(invitee), token);
    expect(again).toEqual({ ok: false, error: { code: 'conflict', fieldErrors: { form: ['judgingSetup.errors.invitationUsed'] } } });
    expect((await previewInvitation(token))?.state).toBe('used');
  });

  it('refuses an expired invitation (database clock) and another address', async () => {
    const f = await setupFixture({ projects: 1, judges: 0 });
    const invitee = await insertUser();
    const stranger = await insertUser();
    const { token, invitationId } = await invite(f, invitee.email);

    const wrong = await acceptInvitation(await actorOf(stranger), token);
    expect(wrong.ok || wrong.error).toEqual({ code: 'forbidden', fieldErrors: { form: ['judgingSetup.errors.invitationWrongEmail'] } });

    await db.update(judgeInvitations).set({ expiresAt: sql`statement_timestamp() - interval '1 second'` }).where(eq(judgeInvitations.id, invitationId));
    const expired = await acceptInvitation(await actorOf(invitee), token);
    expect(expired.ok || expired.error).toEqual({ code: 'deadline_passed', fieldErrors: { form: ['judgingSetup.errors.invitationExpired'] } });
    expect(await db.select().from(eventRoles).where(eq(eventRoles.userId, invitee.id))).toHaveLength(0);

    const unknown = await acceptInvitation(await actorOf(invitee), 'not-a-real-token-at-all-000000');
    expect(unknown.ok || unknown.error.code).toBe('not_found');
  });

  it('refuses invitations from anyone but the organizer, and anonymous acceptance', async () => {
    const f = await setupFixture({ projects: 1, judges: 1 });
    const judge = await actorOf(f.judges[0]!);
    const byJudge = await inviteJudge(judge, f.event.id, { email: 'x@example.com', role: 'judge' }, { origin });
    expect(byJudge.ok || byJudge.error.code).toBe('forbidden');
    const byNobody = await inviteJudge(null, f.event.id, { email: 'x@example.com', role: 'judge' }, { origin });
    expect(byNobody.ok || byNobody.error.code).toBe('unauthenticated');
    expect(await db.select().from(judgeInvitations).where(eq(judgeInvitations.eventId, f.event.id))).toHaveLength(0);
    expect((await acceptInvitation(null, 'whatever-token-0000000000')).ok).toBe(false);
  });

  it('a topic owner needs a track', async () => {
    const f = await setupFixture({ projects: 1, judges: 0 });
    const result = await inviteJudge(await actorOf(f.organizer), f.event.id, { email: 'dept@example.gov.tw', role: 'topic_owner', trackId: '' }, { origin });
    expect(result.ok || result.error).toEqual({ code: 'validation', fieldErrors: { trackId: ['judgingSetup.errors.trackRequired'] } });
  });

  it('removing a judge keeps their score sheets and releases only unstarted assignments', async () => {
    const f = await setupFixture({ projects: 2, judges: 1 });
    const judge = f.judges[0]!;
    const [a, b] = f.projects;
    await db.execute(sql`update judging_rounds set status = 'open' where id = ${f.round.id}`);
    await db.insert(judgeAssignments).values([
      { roundId: f.round.id, judgeId: judge.id, submissionId: a!.submission.id },
      { roundId: f.round.id, judgeId: judge.id, submissionId: b!.submission.id },
    ]);
    await db.insert(scoreSheets).values({ roundId: f.round.id, judgeId: judge.id, submissionId: a!.submission.id });

    const removed = await removeEventRole(await actorOf(f.organizer), f.event.id, { userId: judge.id, role: 'judge' });
    expect(removed).toEqual({ ok: true, data: { released: 1 } });
    const [role] = await db.select().from(eventRoles).where(and(eq(eventRoles.eventId, f.event.id), eq(eventRoles.userId, judge.id)));
    expect(role!.revokedAt).not.toBeNull();
    expect(await db.select().from(scoreSheets).where(eq(scoreSheets.judgeId, judge.id))).toHaveLength(1);
    expect((await db.select().from(judgeAssignments).where(eq(judgeAssignments.judgeId, judge.id))).map((r) => r.submissionId)).toEqual([a!.submission.id]);
    // Removed twice: nothing left to remove.
    expect((await removeEventRole(await actorOf(f.organizer), f.event.id, { userId: judge.id, role: 'judge' })).ok).toBe(false);
  });
});

describe('two clicks at once', () => {
  it('an invitation accepted twice concurrently grants once', async () => {
    const f = await setupFixture({ projects: 1, judges: 0 });
    const invitee = await insertUser();
    const { token } = await invite(f, invitee.email);
    const actor = await actorOf(invitee);
    const results = await Promise.all([acceptInvitation(actor, token), acceptInvitation(actor, token), acceptInvitation(actor, token)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.eventId, f.event.id), eq(auditLog.action, 'judging.invitation_accepted')));
    expect(audit).toHaveLength(1);
  });
});

describe('topic owners', () => {
  it("accepting a topic-owner invitation grants that role for the track, with no vote, and no automatic judge conflicts", async () => {
    const f = await setupFixture({ projects: 1, judges: 0 });
    const [track] = await db.execute<{ id: string }>(sql`insert into tracks (event_id, slug, name_en) values (${f.event.id}, 'mobility', 'Mobility') returning id`);
    const owner = await insertUser();
    const result = await inviteJudge(await actorOf(f.organizer), f.event.id, { email: owner.email, role: 'topic_owner', trackId: track!.id }, { origin });
    expect(result.ok).toBe(true);
    const token = `test-token-${crypto.randomUUID()}`;
    await db.update(judgeInvitations).set({ tokenHash: hashInvitationToken(token) }).where(eq(judgeInvitations.id, (result as { data: { invitationId: string } }).data.invitationId));
    expect(await acceptInvitation(await actorOf(owner), token)).toEqual({ ok: true, data: { eventSlug: f.event.slug, role: 'topic_owner' } });
    const [role] = await db.select().from(eventRoles).where(and(eq(eventRoles.eventId, f.event.id), eq(eventRoles.userId, owner.id)));
    expect(role).toMatchObject({ role: 'topic_owner', trackId: track!.id, canVote: false, revokedAt: null });
    expect((await removeEventRole(await actorOf(f.organizer), f.event.id, { userId: owner.id, role: 'topic_owner' })).ok).toBe(true);
  });
});
