import { describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditLog, events, rateLimitHits, resultsSettings, submissions, votes } from '@/db/schema';
import { getAwardsPage } from '@/lib/results/awards';
import { castVote, getVotePage, VOTE_LIMIT } from '@/lib/results/votes';
import { insertUser } from './helpers/domain-rows';
import { asActor } from './helpers/judging-results-fixture';
import { awardsEvent, setVoteWindow } from './helpers/results-fixture';

const voter = async () => asActor(await insertUser());

describe("people's choice votes", () => {
  it('records one final vote, audited; a second vote is refused and the first kept', async () => {
    const fx = await awardsEvent();
    await setVoteWindow(fx.event.id, -60, 3600);
    const me = await voter();
    expect(await castVote(me, fx.event.slug, { submissionId: fx.byTitle.A1.id })).toEqual({ ok: true, data: { submissionId: fx.byTitle.A1.id } });
    expect(await castVote(me, fx.event.slug, { submissionId: fx.byTitle.B1.id })).toMatchObject({ ok: false, error: { code: 'conflict', fieldErrors: { form: ['results.errors.alreadyVoted'] } } });
    const rows = await db.select().from(votes).where(eq(votes.eventId, fx.event.id));
    expect(rows.map((r) => r.submissionId)).toEqual([fx.byTitle.A1.id]);
    expect(await db.select().from(auditLog).where(and(eq(auditLog.eventId, fx.event.id), eq(auditLog.action, 'vote.cast')))).toHaveLength(1);
    const page = await getVotePage(me, fx.event.slug);
    expect(page.ok && page.data.myVote).toBe(fx.byTitle.A1.id);
  });

  it('20 concurrent votes by one account leave exactly one vote', async () => {
    const fx = await awardsEvent();
    await setVoteWindow(fx.event.id, -60, 3600);
    const me = await voter();
    const targets = [fx.byTitle.A1.id, fx.byTitle.A2.id, fx.byTitle.B1.id, fx.byTitle.B2.id];
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => castVote(me, fx.event.slug, { submissionId: targets[i % 4]! })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error.code === 'conflict')).toHaveLength(19);
    const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(votes).where(and(eq(votes.eventId, fx.event.id), eq(votes.userId, me.userId)));
    expect(count!.n).toBe(1);
    expect(await db.select().from(auditLog).where(and(eq(auditLog.eventId, fx.event.id), eq(auditLog.action, 'vote.cast')))).toHaveLength(1);
  });

  it('refuses a vote for your own team, in the domain and in the database itself', async () => {
    const fx = await awardsEvent();
    await setVoteWindow(fx.event.id, -60, 3600);
    const captain = asActor(fx.byTitle.A1.captain);
    expect(await castVote(captain, fx.event.slug, { submissionId: fx.byTitle.A1.id })).toMatchObject({ ok: false, error: { code: 'forbidden', fieldErrors: { submissionId: ['results.errors.ownTeam'] } } });
    await expect(db.insert(votes).values({ eventId: fx.event.id, userId: captain.userId, submissionId: fx.byTitle.A1.id })).rejects.toMatchObject({ cause: { constraint_name: 'votes_not_own_team' } });
    // Another team's project is fine.
    expect((await castVote(captain, fx.event.slug, { submissionId: fx.byTitle.B1.id })).ok).toBe(true);
  });

  it('refuses votes before the window opens, after it closes, and when no window is set (DB clock)', async () => {
    const fx = await awardsEvent();
    const me = await voter();
    const closed = { ok: false, error: { code: 'closed', fieldErrors: { form: ['results.errors.voteClosed'] } } };
    expect(await castVote(me, fx.event.slug, { submissionId: fx.byTitle.A1.id })).toMatchObject(closed);
    await setVoteWindow(fx.event.id, 60, 3600);
    expect(await castVote(me, fx.event.slug, { submissionId: fx.byTitle.A1.id })).toMatchObject(closed);
    expect((await getVotePage(me, fx.event.slug)).ok && (await getVotePage(me, fx.event.slug))).toMatchObject({ data: { phase: 'before' } });
    await setVoteWindow(fx.event.id, -3600, 60);
    expect(await castVote(me, fx.event.slug, { submissionId: fx.byTitle.A1.id })).toMatchObject(closed);
    // The window closes by the database's clock, to the second.
    await setVoteWindow(fx.event.id, -60, 61.5);
    expect((await castVote(me, fx.event.slug, { submissionId: fx.byTitle.A1.id })).ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1600));
    expect(await castVote(await voter(), fx.event.slug, { submissionId: fx.byTitle.A1.id })).toMatchObject(closed);
    expect(await db.select().from(votes).where(eq(votes.eventId, fx.event.id))).toHaveLength(1);
  });

  it('a vote racing the organizer closing the window waits for the close and is refused (settings row FOR SHARE)', async () => {
    const fx = await awardsEvent();
    await setVoteWindow(fx.event.id, -60, 3600);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let closedInTx!: () => void;
    const closed = new Promise<void>((resolve) => (closedInTx = resolve));
    const closing = db.transaction(async (tx) => {
      await tx.update(resultsSettings).set({ voteClosesAt: sql`statement_timestamp()` }).where(eq(resultsSettings.eventId, fx.event.id));
      closedInTx();
      await held;
    });
    await closed;
    const vote = castVote(await voter(), fx.event.slug, { submissionId: fx.byTitle.A1.id });
    await new Promise((resolve) => setTimeout(resolve, 200));
    release();
    await closing;
    expect(await vote).toMatchObject({ ok: false, error: { code: 'closed' } });
  });

  it('refuses anonymous callers, a draft project, another event\'s project, and an unpublished event', async () => {
    const fx = await awardsEvent();
    const other = await awardsEvent();
    await setVoteWindow(fx.event.id, -60, 3600);
    expect(await castVote(null, fx.event.slug, { submissionId: fx.byTitle.A1.id })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await castVote(await voter(), fx.event.slug, { submissionId: 'not-a-uuid' })).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { submissionId: ['results.errors.projectRequired'] } } });
    await db.update(submissions).set({ status: 'draft' }).where(eq(submissions.id, fx.byTitle.B2.id));
    expect(await castVote(await voter(), fx.event.slug, { submissionId: fx.byTitle.B2.id })).toMatchObject({ ok: false, error: { fieldErrors: { submissionId: ['results.errors.projectInvalid'] } } });
    expect(await castVote(await voter(), fx.event.slug, { submissionId: other.byTitle.A1.id })).toMatchObject({ ok: false, error: { fieldErrors: { submissionId: ['results.errors.projectInvalid'] } } });
    await db.update(events).set({ isPublished: false }).where(eq(events.id, fx.event.id));
    expect(await castVote(await voter(), fx.event.slug, { submissionId: fx.byTitle.A1.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await db.select().from(votes).where(eq(votes.eventId, fx.event.id))).toHaveLength(0);
  });

  it('is rate-limited per account', async () => {
    const fx = await awardsEvent();
    await setVoteWindow(fx.event.id, -60, 3600);
    const me = await voter();
    await db.insert(rateLimitHits).values({ key: `vote:${me.userId}`, windowStart: sql`to_timestamp(floor(extract(epoch from statement_timestamp()) / ${VOTE_LIMIT.windowSeconds}::int) * ${VOTE_LIMIT.windowSeconds}::int)`, count: VOTE_LIMIT.limit });
    expect(await castVote(me, fx.event.slug, { submissionId: fx.byTitle.A1.id })).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
  });

  it('counts stay hidden until publication; the people\'s-choice prize is proposed from them, ties flagged', async () => {
    const fx = await awardsEvent();
    await setVoteWindow(fx.event.id, -60, 3600, fx.prizes.peoples.id);
    for (const id of [fx.byTitle.B2.id, fx.byTitle.B2.id, fx.byTitle.A2.id]) expect((await castVote(await voter(), fx.event.slug, { submissionId: id })).ok).toBe(true);
    const before = await getVotePage(null, fx.event.slug);
    expect(before.ok && before.data.counts).toBeNull();
    const page = await getAwardsPage(fx.organizerActor, fx.event.slug);
    const peoples = page.ok ? page.data.proposals.find((p) => p.prizeId === fx.prizes.peoples.id) : null;
    expect(peoples).toEqual({ prizeId: fx.prizes.peoples.id, source: 'votes', places: [{ placement: 1, submissionId: fx.byTitle.B2.id, isTied: false }] });
    expect((await castVote(await voter(), fx.event.slug, { submissionId: fx.byTitle.A2.id })).ok).toBe(true);
    const tied = await getAwardsPage(fx.organizerActor, fx.event.slug);
    expect(tied.ok && tied.data.proposals.find((p) => p.prizeId === fx.prizes.peoples.id)!.places[0]!.isTied).toBe(true);

    await db.update(events).set({ resultsPublishedAt: sql`statement_timestamp()` }).where(eq(events.id, fx.event.id));
    const after = await getVotePage(null, fx.event.slug);
    expect(after.ok && after.data.counts).toMatchObject({ [fx.byTitle.B2.id]: 2, [fx.byTitle.A2.id]: 2, [fx.byTitle.A1.id]: 0 });
  });
});
