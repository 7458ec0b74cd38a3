import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, eventRoles, judgeInvitations } from '@/db/schema';
import { acceptInvitation, hashInvitationToken, inviteJudge, previewInvitation, withdrawInvitation } from '@/lib/judging/invitations';
import { loadJudgesPanel } from '@/lib/judging/judges';
import { insertUser } from './helpers/domain-rows';
import { actorOf, setupFixture, type SetupFixture } from './helpers/judging-setup-fixture';

const origin = 'http://localhost:3000';

/** Invites `email` and returns the raw token (the table holds only its hash, so the test sets one it knows). */
async function invite(f: SetupFixture, email: string) {
  const result = await inviteJudge(await actorOf(f.organizer), f.event.id, { email, role: 'judge' }, { origin });
  if (!result.ok) throw new Error(`invite refused: ${result.error.code}`);
  const token = `test-token-${crypto.randomUUID()}`;
  await db.update(judgeInvitations).set({ tokenHash: hashInvitationToken(token) }).where(eq(judgeInvitations.id, result.data.invitationId));
  return { token, invitationId: result.data.invitationId };
}

const rolesOf = (eventId: string, userId: string) => db.select().from(eventRoles).where(and(eq(eventRoles.eventId, eventId), eq(eventRoles.userId, userId)));

describe('withdrawInvitation', () => {
  it('the organizer withdraws a pending invitation (audited); its link then says so and grants nothing', async () => {
    const f = await setupFixture({ projects: 1, judges: 0 });
    const invitee = await insertUser();
    const { token, invitationId } = await invite(f, invitee.email);
    const organizer = await actorOf(f.organizer);

    expect(await withdrawInvitation(organizer, f.event.id, invitationId)).toEqual({ ok: true, data: { invitationId } });
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.entityId, invitationId), eq(auditLog.action, 'judging.invitation_withdrawn')));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: f.organizer.id, eventId: f.event.id });

    expect((await previewInvitation(token))?.state).toBe('revoked');
    expect(await acceptInvitation(await actorOf(invitee), token)).toEqual({
      ok: false,
      error: { code: 'conflict', fieldErrors: { form: ['judgingSetup.errors.invitationRevoked'] } },
    });
    expect(await rolesOf(f.event.id, invitee.id)).toHaveLength(0);
    const panel = await loadJudgesPanel(organizer, f.event.id);
    // Still listed for the record, marked withdrawn.
    expect(panel.ok && panel.data.invitations.map((i) => ({ id: i.id, isWithdrawn: i.revokedAt !== null }))).toEqual([{ id: invitationId, isWithdrawn: true }]);

    // Twice: nothing left to withdraw.
    expect(await withdrawInvitation(organizer, f.event.id, invitationId)).toEqual({
      ok: false,
      error: { code: 'conflict', fieldErrors: { form: ['judgingSetup.errors.invitationRevoked'] } },
    });
  });

  it('refuses an accepted invitation, a judge, an anonymous caller, and another event (not found)', async () => {
    const f = await setupFixture({ projects: 1, judges: 1 });
    const other = await setupFixture({ projects: 1, judges: 0 });
    const invitee = await insertUser();
    const { invitationId } = await invite(f, invitee.email);

    expect(await withdrawInvitation(await actorOf(f.judges[0]!), f.event.id, invitationId)).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await withdrawInvitation(null, f.event.id, invitationId)).toEqual({ ok: false, error: { code: 'unauthenticated' } });
    // The other event's organizer, through their own event: the invitation is not theirs to see.
    expect(await withdrawInvitation(await actorOf(other.organizer), other.event.id, invitationId)).toEqual({ ok: false, error: { code: 'not_found' } });
    expect(await withdrawInvitation(await actorOf(f.organizer), f.event.id, 'not-a-uuid')).toEqual({ ok: false, error: { code: 'not_found' } });
    const [row] = await db.select().from(judgeInvitations).where(eq(judgeInvitations.id, invitationId));
    expect(row!.revokedAt).toBeNull();

    const acceptor = await insertUser();
    const accepted = await invite(f, acceptor.email);
    expect((await acceptInvitation(await actorOf(acceptor), accepted.token)).ok).toBe(true);
    expect(await withdrawInvitation(await actorOf(f.organizer), f.event.id, accepted.invitationId)).toEqual({
      ok: false,
      error: { code: 'conflict', fieldErrors: { form: ['judgingSetup.errors.invitationUsed'] } },
    });
    expect(await rolesOf(f.event.id, acceptor.id)).toMatchObject([{ role: 'judge', revokedAt: null }]);
  });

  it('withdraw and accept at once: exactly one wins, and the outcome is consistent', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const f = await setupFixture({ projects: 1, judges: 0 });
      const invitee = await insertUser();
      const { token, invitationId } = await invite(f, invitee.email);
      const [withdrawn, accepted] = await Promise.all([withdrawInvitation(await actorOf(f.organizer), f.event.id, invitationId), acceptInvitation(await actorOf(invitee), token)]);
      expect([withdrawn.ok, accepted.ok].filter(Boolean)).toHaveLength(1);
      const [row] = await db.select().from(judgeInvitations).where(eq(judgeInvitations.id, invitationId));
      const roles = await rolesOf(f.event.id, invitee.id);
      if (accepted.ok) {
        expect(row).toMatchObject({ revokedAt: null });
        expect(roles).toHaveLength(1);
      } else {
        expect(row!.acceptedAt).toBeNull();
        expect(roles).toHaveLength(0);
      }
    }
  });
});
