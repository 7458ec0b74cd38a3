import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { adoptions, auditLog } from '@/db/schema';
import { getAwardPage, linkPullRequest } from '@/lib/adoption/team';
import { addFollowup, listAdoptions, markPaid, updateAdoption } from '@/lib/adoption/organizer';
import { actorOf, awardFixture } from './helpers/adoption-fixture';
import { expectRefusal, insertUser } from './helpers/domain-rows';

/* Adoption tracking against the real database: the team links its PR, the organizer tracks it to the payment. */
const PR = 'https://github.com/taipei-doit/city-dashboard/pull/7';
const auditActions = async (eventId: string) =>
  (await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.eventId, eventId)).orderBy(auditLog.id)).map((r) => r.action);
const adoptionOf = async (awardId: string) => (await db.select().from(adoptions).where(eq(adoptions.awardId, awardId)))[0];
const organizerInput = (overrides: Record<string, string> = {}) => ({ dueAt: '2027-06-30T18:00', targetRepositoryUrl: 'https://github.com/taipei-doit/city-dashboard', pullRequestUrl: '', status: 'pending', mergedAt: '', note: '', version: '0', ...overrides });

describe('the awarded team', () => {
  it('a member links the pull request: the adoption is created as pr_opened, audited, and shown on their award page', async () => {
    const f = await awardFixture();
    expect(await linkPullRequest(f.actors.member, f.award.id, { pullRequestUrl: PR, version: '0' })).toEqual({ ok: true, data: { version: 1 } });
    expect(await adoptionOf(f.award.id)).toMatchObject({ pullRequestUrl: PR, status: 'pr_opened', version: 1 });
    const page = await getAwardPage(f.actors.captain, f.event.slug);
    expect(page.ok && page.data.awards[0]!.adoption?.pullRequestUrl).toBe(PR);
    expect(await auditActions(f.event.id)).toEqual(['adoption.pr_linked']);
  });

  it('refuses a non-member (not found, nothing written), a bad URL beside the field, and a stale version', async () => {
    const f = await awardFixture();
    expect(await linkPullRequest(f.actors.outsider, f.award.id, { pullRequestUrl: PR, version: '0' })).toEqual({ ok: false, error: { code: 'not_found' } });
    expect(await linkPullRequest(f.actors.organizer, f.award.id, { pullRequestUrl: PR, version: '0' })).toEqual({ ok: false, error: { code: 'not_found' } });
    expect(await getAwardPage(f.actors.outsider, f.event.slug)).toEqual({ ok: false, error: { code: 'not_found' } });
    expect(await linkPullRequest(f.actors.member, f.award.id, { pullRequestUrl: 'javascript:alert(1)', version: '0' })).toEqual({
      ok: false,
      error: { code: 'validation', fieldErrors: { pullRequestUrl: ['adoption.errors.pullRequestUrl'] } },
    });
    expect(await adoptionOf(f.award.id)).toBeUndefined();
    expect((await linkPullRequest(f.actors.member, f.award.id, { pullRequestUrl: PR, version: '0' })).ok).toBe(true);
    // The captain's tab still shows the page from before: version 0 is stale now.
    expect(await linkPullRequest(f.actors.captain, f.award.id, { pullRequestUrl: `${PR}0`, version: '0' })).toEqual({ ok: false, error: { code: 'stale_version', fieldErrors: { form: ['adoption.errors.stale'] } } });
    expect((await adoptionOf(f.award.id))!.pullRequestUrl).toBe(PR);
  });

  it('two members linking at once from the same page: exactly one lands', async () => {
    const f = await awardFixture();
    const results = await Promise.all([
      linkPullRequest(f.actors.member, f.award.id, { pullRequestUrl: `${PR}1`, version: '0' }),
      linkPullRequest(f.actors.captain, f.award.id, { pullRequestUrl: `${PR}2`, version: '0' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error.code === 'stale_version')).toHaveLength(1);
  });

  it('a merged adoption refuses a new link', async () => {
    const f = await awardFixture();
    expect((await updateAdoption(f.actors.organizer, f.award.id, organizerInput({ status: 'merged', pullRequestUrl: PR }))).ok).toBe(true);
    expect(await linkPullRequest(f.actors.member, f.award.id, { pullRequestUrl: `${PR}9`, version: '1' })).toEqual({ ok: false, error: { code: 'conflict', fieldErrors: { pullRequestUrl: ['adoption.errors.settled'] } } });
  });
});

describe('the organizer', () => {
  it('sets the due date in the event zone; lateness is derived from the DB clock, and a merge ends it', async () => {
    const f = await awardFixture();
    expect((await updateAdoption(f.actors.organizer, f.award.id, organizerInput({ dueAt: '2027-06-30T18:00' }))).ok).toBe(true);
    expect((await adoptionOf(f.award.id))!.dueAt!.toISOString()).toBe('2027-06-30T10:00:00.000Z');
    // Push the due date into the past behind the app's back: the list must say overdue without any write.
    await db.update(adoptions).set({ dueAt: sql`statement_timestamp() - interval '1 minute'` }).where(eq(adoptions.awardId, f.award.id));
    let list = await listAdoptions(f.actors.organizer, f.event.slug);
    expect(list.ok && list.data.rows[0]!.isOverdue).toBe(true);
    expect((await adoptionOf(f.award.id))!.status).toBe('pending');
    expect((await updateAdoption(f.actors.organizer, f.award.id, organizerInput({ dueAt: '2020-01-01T00:00', status: 'merged', mergedAt: '2020-01-02T10:00', version: '1' }))).ok).toBe(true);
    list = await listAdoptions(f.actors.organizer, f.event.slug);
    expect(list.ok && list.data.rows[0]!.isOverdue).toBe(false);
    expect((await adoptionOf(f.award.id))!.mergedAt!.toISOString()).toBe('2020-01-02T02:00:00.000Z');
  });

  it('refuses another event’s organizer and a participant (not found / forbidden), a stale version, a merge time without the merged status', async () => {
    const f = await awardFixture();
    const other = await awardFixture();
    expect(await updateAdoption(other.actors.organizer, f.award.id, organizerInput())).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await updateAdoption(f.actors.captain, f.award.id, organizerInput())).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await listAdoptions(f.actors.member, f.event.slug)).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await updateAdoption(f.actors.organizer, f.award.id, organizerInput({ mergedAt: '2027-01-01T10:00' }))).toEqual({
      ok: false,
      error: { code: 'validation', fieldErrors: { mergedAt: ['adoption.errors.mergedNeedsStatus'] } },
    });
    expect((await updateAdoption(f.actors.organizer, f.award.id, organizerInput())).ok).toBe(true);
    expect(await updateAdoption(f.actors.organizer, f.award.id, organizerInput({ status: 'in_review' }))).toEqual({ ok: false, error: { code: 'stale_version', fieldErrors: { form: ['adoption.errors.stale'] } } });
    expect((await adoptionOf(f.award.id))!.status).toBe('pending');
  });

  it('cannot mark paid before the merge (the domain and the database both refuse), pays after it, once, and cannot un-merge a paid prize', async () => {
    const f = await awardFixture();
    expect(await markPaid(f.actors.organizer, f.award.id, { version: '0' })).toEqual({ ok: false, error: { code: 'conflict', fieldErrors: { form: ['adoption.errors.paidBeforeMerge'] } } });
    expect((await updateAdoption(f.actors.organizer, f.award.id, organizerInput({ status: 'in_review' }))).ok).toBe(true);
    expect(await markPaid(f.actors.organizer, f.award.id, { version: '1' })).toEqual({ ok: false, error: { code: 'conflict', fieldErrors: { form: ['adoption.errors.paidBeforeMerge'] } } });
    await expectRefusal(db.update(adoptions).set({ paidAt: new Date() }).where(eq(adoptions.awardId, f.award.id)), 'adoptions_paid_after_merge');
    expect(await markPaid(f.actors.member, f.award.id, { version: '1' })).toEqual({ ok: false, error: { code: 'forbidden' } });

    expect((await updateAdoption(f.actors.organizer, f.award.id, organizerInput({ status: 'merged', version: '1' }))).ok).toBe(true);
    expect(await markPaid(f.actors.organizer, f.award.id, { version: '2' })).toEqual({ ok: true, data: { version: 3 } });
    const paid = (await adoptionOf(f.award.id))!;
    expect(paid.paidAt).not.toBeNull();
    expect(paid.mergedAt!.getTime()).toBeLessThanOrEqual(paid.paidAt!.getTime());
    expect(await markPaid(f.actors.organizer, f.award.id, { version: '3' })).toEqual({ ok: false, error: { code: 'conflict', fieldErrors: { form: ['adoption.errors.alreadyPaid'] } } });
    expect(await updateAdoption(f.actors.organizer, f.award.id, organizerInput({ status: 'waived', version: '3' }))).toEqual({
      ok: false,
      error: { code: 'conflict', fieldErrors: { status: ['adoption.errors.paidStaysMerged'] } },
    });
    expect(await auditActions(f.event.id)).toEqual(['adoption.updated', 'adoption.updated', 'adoption.paid']);
  });

  it('a waived adoption is never paid (it has no merge)', async () => {
    const f = await awardFixture();
    expect((await updateAdoption(f.actors.organizer, f.award.id, organizerInput({ status: 'waived', note: 'City withdrew the repository' }))).ok).toBe(true);
    expect(await markPaid(f.actors.organizer, f.award.id, { version: '1' })).toEqual({ ok: false, error: { code: 'conflict', fieldErrors: { form: ['adoption.errors.paidBeforeMerge'] } } });
  });

  it('records follow-ups (piloted, integrated) with link and day, after the adoption exists; refuses a bad day and an outsider', async () => {
    const f = await awardFixture();
    const followup = { kind: 'piloted', happenedOn: '2027-08-01', url: 'https://www.gov.taipei/news/1', note: 'Pilot in Da-an' };
    expect(await addFollowup(f.actors.organizer, f.award.id, followup)).toEqual({ ok: false, error: { code: 'conflict', fieldErrors: { form: ['adoption.errors.noAdoptionYet'] } } });
    expect((await updateAdoption(f.actors.organizer, f.award.id, organizerInput({ status: 'merged' }))).ok).toBe(true);
    expect((await addFollowup(f.actors.organizer, f.award.id, followup)).ok).toBe(true);
    expect((await addFollowup(f.actors.organizer, f.award.id, { ...followup, kind: 'integrated', happenedOn: '2027-12-01' })).ok).toBe(true);
    expect(await addFollowup(f.actors.organizer, f.award.id, { ...followup, happenedOn: '2027-02-30' })).toEqual({ ok: false, error: { code: 'validation', fieldErrors: { happenedOn: ['adoption.errors.dayInvalid'] } } });
    const stranger = await actorOf(await insertUser());
    expect(await addFollowup(stranger, f.award.id, followup)).toEqual({ ok: false, error: { code: 'forbidden' } });
    const list = await listAdoptions(f.actors.organizer, f.event.slug);
    expect(list.ok && list.data.rows[0]!.followups.map((x) => x.kind)).toEqual(['integrated', 'piloted']);
  });
});
