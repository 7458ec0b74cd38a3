import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, prizeSplits } from '@/db/schema';
import { declareSplit, getAwardPage } from '@/lib/adoption/team';
import { exportPayoutsCsv, getPayouts, updatePayoutSettings } from '@/lib/payouts/payouts';
import { awardFixture } from './helpers/adoption-fixture';
import { expectRefusal, insertUser } from './helpers/domain-rows';

/* Prize splits (declared by the captain, DB-checked to sum to the prize) and the organizer's payout list. */
const shares = (f: Awaited<ReturnType<typeof awardFixture>>, captain: number | string, member: number | string) => ({
  [`share_${f.users.captain.id}`]: String(captain),
  [`share_${f.users.member.id}`]: String(member),
});

describe('prize split', () => {
  it('the captain declares a split summing to the prize; members see it; a re-declaration replaces it, audited', async () => {
    const f = await awardFixture({ amount: 50000 });
    expect(await declareSplit(f.actors.captain, f.award.id, shares(f, 30000, 20000))).toEqual({ ok: true, data: { total: 50000 } });
    expect(await declareSplit(f.actors.captain, f.award.id, shares(f, 25000, 25000))).toEqual({ ok: true, data: { total: 50000 } });
    const page = await getAwardPage(f.actors.member, f.event.slug);
    expect(page.ok && page.data.awards[0]!.split.map((s) => s.amount).sort()).toEqual([25000, 25000]);
    const audit = await db.select().from(auditLog).where(eq(auditLog.eventId, f.event.id)).orderBy(auditLog.id);
    expect(audit.map((a) => a.action)).toEqual(['prize_split.declared', 'prize_split.declared']);
    expect(audit[1]!.data).toEqual({ before: { [f.users.captain.id]: 30000, [f.users.member.id]: 20000 }, after: { [f.users.captain.id]: 25000, [f.users.member.id]: 25000 } });
  });

  it('refuses a split not summing to the prize (beside the split), a fraction beside the share, a member who is not captain, an outsider', async () => {
    const f = await awardFixture({ amount: 50000 });
    expect(await declareSplit(f.actors.captain, f.award.id, shares(f, 30000, 10000))).toEqual({ ok: false, error: { code: 'validation', fieldErrors: { split: ['adoption.errors.splitSum'] } } });
    expect(await declareSplit(f.actors.captain, f.award.id, shares(f, '25000.5', 24999.5))).toEqual({
      ok: false,
      error: { code: 'validation', fieldErrors: { [`share_${f.users.captain.id}`]: ['adoption.errors.shareInvalid'], [`share_${f.users.member.id}`]: ['adoption.errors.shareInvalid'] } },
    });
    expect(await declareSplit(f.actors.member, f.award.id, shares(f, 0, 50000))).toEqual({ ok: false, error: { code: 'forbidden', fieldErrors: { form: ['adoption.errors.captainOnly'] } } });
    expect(await declareSplit(f.actors.outsider, f.award.id, shares(f, 0, 50000))).toEqual({ ok: false, error: { code: 'not_found' } });
    expect(await db.select().from(prizeSplits).where(eq(prizeSplits.awardId, f.award.id))).toEqual([]);
  });

  it('the database itself refuses a split that does not sum to the prize, or names someone outside the team (deferred trigger)', async () => {
    const f = await awardFixture({ amount: 50000 });
    await expectRefusal(db.insert(prizeSplits).values({ awardId: f.award.id, userId: f.users.captain.id, amount: 49999 }), 'prize_splits_sum_matches_prize');
    const stranger = await insertUser();
    await expectRefusal(
      db.insert(prizeSplits).values([
        { awardId: f.award.id, userId: f.users.captain.id, amount: 25000 },
        { awardId: f.award.id, userId: stranger.id, amount: 25000 },
      ]),
      'prize_splits_team_members_only',
    );
    // Row by row inside one transaction is fine: only the state at commit counts.
    await db.transaction(async (tx) => {
      await tx.insert(prizeSplits).values({ awardId: f.award.id, userId: f.users.captain.id, amount: 1 });
      await tx.insert(prizeSplits).values({ awardId: f.award.id, userId: f.users.member.id, amount: 49999 });
    });
    expect(await db.select().from(prizeSplits).where(eq(prizeSplits.awardId, f.award.id))).toHaveLength(2);
  });

  it('two declarations at once serialise on the award lock: both land in turn and the last one stands whole', async () => {
    const f = await awardFixture({ amount: 50000 });
    const results = await Promise.all([declareSplit(f.actors.captain, f.award.id, shares(f, 10000, 40000)), declareSplit(f.actors.captain, f.award.id, shares(f, 40000, 10000))]);
    expect(results.every((r) => r.ok)).toBe(true);
    const rows = await db.select().from(prizeSplits).where(eq(prizeSplits.awardId, f.award.id));
    expect(rows.reduce((sum, r) => sum + r.amount, 0)).toBe(50000);
  });
});

describe('payout list', () => {
  it('computes gross / withheld / net per person with the event rule (10% above NT$20,000, rounded down) and exports CSV', async () => {
    const f = await awardFixture({ amount: 50001 });
    let payouts = await getPayouts(f.actors.organizer, f.event.slug);
    expect(payouts.ok && payouts.data.lines.map((l) => [l.person, l.isSplitDeclared])).toEqual([[null, false]]);
    expect((await declareSplit(f.actors.captain, f.award.id, shares(f, 30001, 20000))).ok).toBe(true);
    payouts = await getPayouts(f.actors.organizer, f.event.slug);
    expect(payouts.ok && payouts.data.lines.map((l) => [l.person, l.gross, l.withheld, l.net])).toEqual([
      ['Captain', 30001, 3000, 27001],
      ['Member', 20000, 0, 20000],
    ]);
    expect(payouts.ok && payouts.data.total).toEqual({ gross: 50001, withheld: 3000, net: 47001 });

    expect(await updatePayoutSettings(f.actors.organizer, f.event.id, { ratePercent: '20', threshold: '0', version: '0' })).toEqual({ ok: true, data: { version: 1 } });
    payouts = await getPayouts(f.actors.organizer, f.event.slug);
    expect(payouts.ok && payouts.data.lines.map((l) => l.withheld)).toEqual([6000, 4000]);

    const csv = await exportPayoutsCsv(f.actors.organizer, f.event.slug);
    expect(csv.ok && csv.data.body.split('\r\n').slice(0, 3)).toEqual([
      '\uFEFFaward,team,person,gross,withheld,net,adoption_status,merged_at,paid_at',
      `金獎,${f.team.name},Captain,30001,6000,24001,pending,,`,
      `金獎,${f.team.name},Member,20000,4000,16000,pending,,`,
    ]);
  });

  it('settings: stale version refused, bad rate and threshold beside their fields; only organizers see payouts or the CSV', async () => {
    const f = await awardFixture();
    expect((await updatePayoutSettings(f.actors.organizer, f.event.id, { ratePercent: '10', threshold: '20000', version: '0' })).ok).toBe(true);
    expect(await updatePayoutSettings(f.actors.organizer, f.event.id, { ratePercent: '5', threshold: '20000', version: '0' })).toEqual({ ok: false, error: { code: 'stale_version', fieldErrors: { form: ['adoption.errors.stale'] } } });
    expect(await updatePayoutSettings(f.actors.organizer, f.event.id, { ratePercent: '101', threshold: '-1', version: '1' })).toEqual({
      ok: false,
      error: { code: 'validation', fieldErrors: { ratePercent: ['adoption.errors.rateInvalid'], threshold: ['adoption.errors.thresholdInvalid'] } },
    });
    expect(await updatePayoutSettings(f.actors.captain, f.event.id, { ratePercent: '0', threshold: '0', version: '1' })).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await getPayouts(f.actors.member, f.event.slug)).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await exportPayoutsCsv(null, f.event.slug)).toEqual({ ok: false, error: { code: 'unauthenticated' } });
    const other = await awardFixture();
    expect(await getPayouts(other.actors.organizer, f.event.slug)).toEqual({ ok: false, error: { code: 'forbidden' } });
  });
});
