import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditLog, awards, events, judgingRounds, submissions, tieDecisions } from '@/db/schema';
import { getAwardsPage, saveAwards } from '@/lib/results/awards';
import { groupKeyOf } from '@/lib/judging/results-compute';
import { asActor } from './helpers/judging-results-fixture';
import { insertUser } from './helpers/domain-rows';
import { awardsEvent, picksForm } from './helpers/results-fixture';

const placesOf = (page: Awaited<ReturnType<typeof getAwardsPage>>, prizeId: string) => {
  if (!page.ok) throw new Error(page.error.code);
  return page.data.proposals.find((p) => p.prizeId === prizeId)!.places;
};

describe('awards: proposals from the ranking', () => {
  it('proposes overall places for an overall prize and the track winner for a track prize', async () => {
    const fx = await awardsEvent();
    const page = await getAwardsPage(fx.organizerActor, fx.event.slug);
    expect(placesOf(page, fx.prizes.overall.id).map((p) => p.submissionId)).toEqual([fx.byTitle.A1.id, fx.byTitle.B1.id]);
    expect(placesOf(page, fx.prizes.a.id).map((p) => p.submissionId)).toEqual([fx.byTitle.A1.id]);
    expect(placesOf(page, fx.prizes.b.id).map((p) => p.submissionId)).toEqual([fx.byTitle.B1.id]);
    expect(placesOf(page, fx.prizes.overall.id).some((p) => p.isTied)).toBe(false);
  });

  it('flags an undecided tie and follows the panel once it decided', async () => {
    const fx = await awardsEvent({ A1: 90, B1: 90, A2: 70, B2: 60 });
    const tied = placesOf(await getAwardsPage(fx.organizerActor, fx.event.slug), fx.prizes.overall.id);
    expect(tied.map((p) => p.isTied)).toEqual([true, true]);
    // A grand prize of one place would be an arbitrary pick between the two: still flagged.
    await db.insert(tieDecisions).values({
      roundId: fx.round.id,
      method: 'z_score',
      groupKey: groupKeyOf([fx.byTitle.A1.id, fx.byTitle.B1.id]),
      orderedSubmissionIds: [fx.byTitle.B1.id, fx.byTitle.A1.id],
    });
    const decided = placesOf(await getAwardsPage(fx.organizerActor, fx.event.slug), fx.prizes.overall.id);
    expect(decided).toEqual([
      { placement: 1, submissionId: fx.byTitle.B1.id, isTied: false },
      { placement: 2, submissionId: fx.byTitle.A1.id, isTied: false },
    ]);
  });

  it('proposes nothing while no round is closed', async () => {
    const fx = await awardsEvent();
    await db.update(judgingRounds).set({ status: 'open' }).where(eq(judgingRounds.id, fx.round.id));
    const places = placesOf(await getAwardsPage(fx.organizerActor, fx.event.slug), fx.prizes.overall.id);
    expect(places.map((p) => p.submissionId)).toEqual([null, null]);
  });
});

describe('awards: saving', () => {
  it('saves edited winners with the version, audited, and refuses a stale second save', async () => {
    const fx = await awardsEvent();
    const form = picksForm(1, { [fx.prizes.overall.id]: [fx.byTitle.A2.id, fx.byTitle.A1.id], [fx.prizes.a.id]: [fx.byTitle.A1.id] });
    const first = await saveAwards(fx.organizerActor, fx.event.id, form);
    expect(first).toEqual({ ok: true, data: { awards: 3 } });
    const rows = await db.select().from(awards).where(eq(awards.eventId, fx.event.id));
    expect(rows.map((r) => [r.prizeId, r.placement, r.submissionId]).sort()).toEqual(
      [
        [fx.prizes.overall.id, 1, fx.byTitle.A2.id],
        [fx.prizes.overall.id, 2, fx.byTitle.A1.id],
        [fx.prizes.a.id, 1, fx.byTitle.A1.id],
      ].sort(),
    );
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.eventId, fx.event.id), eq(auditLog.action, 'results.awards_saved')));
    expect(audit).toHaveLength(1);

    const stale = await saveAwards(fx.organizerActor, fx.event.id, picksForm(1, { [fx.prizes.overall.id]: [fx.byTitle.B1.id, null] }));
    expect(stale).toMatchObject({ ok: false, error: { code: 'stale_version' } });
    expect(await db.select().from(awards).where(eq(awards.eventId, fx.event.id))).toHaveLength(3);

    const page = await getAwardsPage(fx.organizerActor, fx.event.slug);
    expect(page.ok && page.data.settings.awardsVersion).toBe(2);
    expect(placesOf(page, fx.prizes.overall.id).map((p) => p.submissionId)).toEqual([fx.byTitle.A2.id, fx.byTitle.A1.id]);
  });

  it('of three concurrent saves from the same version exactly one lands', async () => {
    const fx = await awardsEvent();
    const results = await Promise.all(
      [fx.byTitle.A1.id, fx.byTitle.B1.id, fx.byTitle.A2.id].map((id) => saveAwards(fx.organizerActor, fx.event.id, picksForm(1, { [fx.prizes.a.id]: [id] }))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error.code === 'stale_version')).toHaveLength(2);
  });

  it('refuses the same project twice in one prize, a draft project, and a place beyond the prize count, beside the field', async () => {
    const fx = await awardsEvent();
    const twice = await saveAwards(fx.organizerActor, fx.event.id, picksForm(1, { [fx.prizes.overall.id]: [fx.byTitle.A1.id, fx.byTitle.A1.id] }));
    expect(twice).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { [`pick:${fx.prizes.overall.id}:2`]: ['results.errors.duplicateWinner'] } } });

    await db.update(submissions).set({ status: 'draft' }).where(eq(submissions.id, fx.byTitle.B2.id));
    const draft = await saveAwards(fx.organizerActor, fx.event.id, picksForm(1, { [fx.prizes.b.id]: [fx.byTitle.B2.id] }));
    expect(draft).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { [`pick:${fx.prizes.b.id}:1`]: ['results.errors.projectInvalid'] } } });

    const beyond = await saveAwards(fx.organizerActor, fx.event.id, picksForm(1, { [fx.prizes.a.id]: [fx.byTitle.A1.id, fx.byTitle.A2.id] }));
    expect(beyond).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await db.select().from(awards).where(eq(awards.eventId, fx.event.id))).toHaveLength(0);
  });

  it('is frozen while results are published or scheduled', async () => {
    const fx = await awardsEvent();
    await db.update(events).set({ resultsPublishedAt: new Date(Date.now() + 3600_000) }).where(eq(events.id, fx.event.id));
    const frozen = await saveAwards(fx.organizerActor, fx.event.id, picksForm(1, { [fx.prizes.a.id]: [fx.byTitle.A1.id] }));
    expect(frozen).toMatchObject({ ok: false, error: { code: 'conflict', fieldErrors: { form: ['results.errors.awardsFrozen'] } } });
  });

  it('answers not found to a judge, a participant, another event\'s organizer and an anonymous caller', async () => {
    const fx = await awardsEvent();
    const other = await awardsEvent();
    const outsiders = [asActor(fx.judges[0]!), asActor(fx.byTitle.A1.captain), other.organizerActor, asActor(await insertUser())];
    for (const actor of outsiders) {
      expect(await getAwardsPage(actor, fx.event.slug)).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(await saveAwards(actor, fx.event.id, picksForm(1, { [fx.prizes.a.id]: [fx.byTitle.A1.id] }))).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
    expect(await getAwardsPage(null, fx.event.slug)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await db.select().from(awards).where(eq(awards.eventId, fx.event.id))).toHaveLength(0);
  });
});
