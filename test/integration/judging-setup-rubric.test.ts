import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { judgingRounds, rubricCriteria } from '@/db/schema';
import { createRound, setRoundStatus, updateRound } from '@/lib/judging/rounds';
import { saveRubric } from '@/lib/judging/rubric';
import { actorOf, preliminaryRubric, setupFixture } from './helpers/judging-setup-fixture';

describe('rubric editor', () => {
  it('saves the preliminary rubric with sub-criteria and a bonus, bumping the round version', async () => {
    const f = await setupFixture({ projects: 1, judges: 1 });
    const saved = await saveRubric(await actorOf(f.organizer), f.round.id, preliminaryRubric(1));
    expect(saved).toEqual({ ok: true, data: { version: 2 } });
    const rows = await db.select().from(rubricCriteria).where(eq(rubricCriteria.roundId, f.round.id)).orderBy(asc(rubricCriteria.position));
    expect(rows.map((r) => [r.nameEn, r.weight, r.isBonus])).toEqual([
      ['Service application', 40, false],
      ['Creativity', 20, false],
      ['Fit', 20, false],
      ['Visual design', 30, false],
      ['Technical completeness', 30, false],
      ['Bonus', 10, true],
    ]);
    const parent = rows[0]!;
    expect(rows.filter((r) => r.parentId === parent.id).map((r) => r.nameEn)).toEqual(['Creativity', 'Fit']);

    // A second save keeps the ids of rows it names (the tie-break ladder refers to criteria by id).
    const again = preliminaryRubric(2);
    again.criteria = again.criteria.map((c) => ({ ...c, key: rows.find((r) => r.nameEn === c.nameEn)!.id, parentKey: c.parentKey ? parent.id : undefined }));
    again.criteria[3]!.nameEn = 'Visual and interaction design';
    expect((await saveRubric(await actorOf(f.organizer), f.round.id, again)).ok).toBe(true);
    const after = await db.select().from(rubricCriteria).where(eq(rubricCriteria.roundId, f.round.id));
    expect(after.map((r) => r.id).sort()).toEqual(rows.map((r) => r.id).sort());
  });

  it('refuses weights that do not add up to 100, with the actual sum beside the total', async () => {
    const f = await setupFixture({ projects: 1, judges: 1 });
    const result = await saveRubric(await actorOf(f.organizer), f.round.id, preliminaryRubric(1, { visual: 20 }));
    expect(result.ok || result.error).toEqual({ code: 'validation', fieldErrors: { total: ['judgingSetup.errors.sumNot100?actual=90'] } });
    expect(await db.select().from(rubricCriteria).where(eq(rubricCriteria.roundId, f.round.id))).toHaveLength(0);
  });

  it('refuses sub-criteria that do not split their parent exactly, and two bonuses', async () => {
    const f = await setupFixture({ projects: 1, judges: 1 });
    const input = preliminaryRubric(1);
    input.criteria[1]!.weight = 25;
    input.criteria.push({ key: 'new-7', nameZh: '另一加分', nameEn: 'Another bonus', weight: 5, scaleMax: 10, isBonus: true });
    const result = await saveRubric(await actorOf(f.organizer), f.round.id, input);
    expect(result.ok || result.error.fieldErrors).toEqual({
      'criteria.0.weight': ['judgingSetup.errors.childrenSum?actual=45&expected=40'],
      'criteria.6.isBonus': ['judgingSetup.errors.oneBonus'],
    });
  });

  it('refuses a stale version and a non-organizer', async () => {
    const f = await setupFixture({ projects: 1, judges: 1 });
    expect((await saveRubric(await actorOf(f.organizer), f.round.id, preliminaryRubric(1))).ok).toBe(true);
    const stale = await saveRubric(await actorOf(f.organizer), f.round.id, preliminaryRubric(1, { visual: 30 }));
    expect(stale.ok || stale.error).toEqual({ code: 'stale_version', fieldErrors: { form: ['judgingSetup.errors.staleVersion'] } });
    const byJudge = await saveRubric(await actorOf(f.judges[0]!), f.round.id, preliminaryRubric(2));
    expect(byJudge.ok || byJudge.error.code).toBe('forbidden');
    const unknownRound = await saveRubric(await actorOf(f.organizer), crypto.randomUUID(), preliminaryRubric(2));
    expect(unknownRound.ok || unknownRound.error.code).toBe('not_found');
  });
});

describe('rounds', () => {
  it('creates, edits (version-checked), opens only with a valid rubric, and closes with the database clock', async () => {
    const f = await setupFixture({ projects: 1, judges: 1 });
    const organizer = await actorOf(f.organizer);
    const settings = { kind: 'final', nameZh: '決賽', nameEn: 'Final', trackId: '', assignmentMode: 'all', judgesPerProject: '', assignmentSeed: '3', rankingMethod: 'rank_sum', advanceCount: '', presentationSeconds: '300', qaSeconds: '180' };
    const created = await createRound(organizer, f.event.id, settings);
    expect(created.ok).toBe(true);
    const roundId = (created as { data: { roundId: string } }).data.roundId;
    const [round] = await db.select().from(judgingRounds).where(eq(judgingRounds.id, roundId));
    expect(round).toMatchObject({ kind: 'final', position: 2, presentationSeconds: 300, qaSeconds: 180, status: 'draft' });

    const kMissing = await updateRound(organizer, roundId, { ...settings, assignmentMode: 'k_judges', version: 1 });
    expect(kMissing.ok || kMissing.error.fieldErrors).toEqual({ judgesPerProject: ['judgingSetup.errors.kRequired'] });
    expect((await updateRound(organizer, roundId, { ...settings, assignmentMode: 'k_judges', judgesPerProject: '3', version: 1 })).ok).toBe(true);
    const stale = await updateRound(organizer, roundId, { ...settings, version: 1 });
    expect(stale.ok || stale.error.code).toBe('stale_version');

    const notReady = await setRoundStatus(organizer, roundId, { status: 'open', version: 2 });
    expect(notReady.ok || notReady.error.fieldErrors).toEqual({ form: ['judgingSetup.errors.rubricNotReady'] });
    expect((await saveRubric(organizer, roundId, preliminaryRubric(2))).ok).toBe(true);
    expect((await setRoundStatus(organizer, roundId, { status: 'open', version: 3 })).ok).toBe(true);
    expect((await setRoundStatus(organizer, roundId, { status: 'closed', version: 4 })).ok).toBe(true);
    const [closed] = await db.select().from(judgingRounds).where(eq(judgingRounds.id, roundId));
    expect(closed!.status).toBe('closed');
    expect(closed!.closesAt).not.toBeNull();

    // A closed round keeps its rubric and settings.
    const rubricAfter = await saveRubric(organizer, roundId, preliminaryRubric(5));
    expect(rubricAfter.ok || rubricAfter.error.code).toBe('closed');
    const settingsAfter = await updateRound(organizer, roundId, { ...settings, version: 5 });
    expect(settingsAfter.ok || settingsAfter.error.code).toBe('closed');
  });

  it('refuses a judge and an anonymous caller', async () => {
    const f = await setupFixture({ projects: 1, judges: 1 });
    const settings = { kind: 'preliminary', nameEn: 'Extra', assignmentMode: 'all', assignmentSeed: '1', rankingMethod: 'raw_mean' };
    expect((await createRound(await actorOf(f.judges[0]!), f.event.id, settings)).ok).toBe(false);
    expect((await createRound(null, f.event.id, settings)).ok).toBe(false);
    expect((await setRoundStatus(await actorOf(f.judges[0]!), f.round.id, { status: 'closed', version: 1 })).ok).toBe(false);
    const [round] = await db.select().from(judgingRounds).where(eq(judgingRounds.id, f.round.id));
    expect(round!.status).toBe('draft');
  });
});

describe('two organizers at once', () => {
  it('two rubric saves from the same version: exactly one lands, the other is told it is stale', async () => {
    const f = await setupFixture({ projects: 1, judges: 1 });
    const organizer = await actorOf(f.organizer);
    const results = await Promise.all([saveRubric(organizer, f.round.id, preliminaryRubric(1)), saveRubric(organizer, f.round.id, preliminaryRubric(1, { visual: 30 }))]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual(['stale_version']);
    expect(await db.select().from(rubricCriteria).where(eq(rubricCriteria.roundId, f.round.id))).toHaveLength(6);
  });
});
