import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, judgingRounds, rubricCriteria } from '@/db/schema';
import { setRoundStatus } from '@/lib/judging/rounds';
import { loadTieBreakLadder, saveTieBreakLadder } from '@/lib/judging/tie-break-ladder';
import { actorOf, setupFixture } from './helpers/judging-setup-fixture';

/** A draft preliminary (Technical 60, Application 40 split into two halves, a bonus) and a final after it. */
async function ladderFixture() {
  const f = await setupFixture({ projects: 1, judges: 1 });
  const [technical, application, bonus] = await db
    .insert(rubricCriteria)
    .values([
      { roundId: f.round.id, nameEn: 'Technical', weight: 60, position: 1 },
      { roundId: f.round.id, nameEn: 'Application', weight: 40, position: 2 },
      { roundId: f.round.id, nameEn: 'Bonus', weight: 10, isBonus: true, position: 3 },
    ])
    .returning();
  const [half] = await db
    .insert(rubricCriteria)
    .values([
      { roundId: f.round.id, parentId: application!.id, nameEn: 'Creativity', weight: 20, position: 1 },
      { roundId: f.round.id, parentId: application!.id, nameEn: 'Fit', weight: 20, position: 2 },
    ])
    .returning();
  const [final] = await db.insert(judgingRounds).values({ eventId: f.event.id, kind: 'final', position: 2, nameEn: 'Final' }).returning();
  const [finalCriterion] = await db.insert(rubricCriteria).values({ roundId: final!.id, nameEn: 'Stability', weight: 100 }).returning();
  return { ...f, technical: technical!, application: application!, bonus: bonus!, half: half!, final: final!, finalCriterion: finalCriterion! };
}

const ladderOf = async (roundId: string) => (await db.select().from(judgingRounds).where(eq(judgingRounds.id, roundId)))[0]!.tieBreakLadder;

describe('saveTieBreakLadder', () => {
  it('publishes the steps in order (blanks skipped), version-checked and audited; the editor lists what a step may name', async () => {
    const f = await ladderFixture();
    const organizer = await actorOf(f.organizer);
    const saved = await saveTieBreakLadder(organizer, f.final.id, { version: 1, steps: [`criterion:${f.finalCriterion.id}`, '', `round:${f.round.id}`, ''] });
    expect(saved).toEqual({ ok: true, data: { version: 2, steps: 2 } });
    expect(await ladderOf(f.final.id)).toEqual([
      { kind: 'criterion', criterionId: f.finalCriterion.id },
      { kind: 'round', roundId: f.round.id },
    ]);
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.entityId, f.final.id), eq(auditLog.action, 'judging.tie_break_ladder_saved')));
    expect(audit).toHaveLength(1);

    const editor = await loadTieBreakLadder(organizer, f.round.id);
    if (!editor.ok) throw new Error('refused');
    // Top-level, non-bonus criteria of this round only; every other round of the event.
    expect(editor.data.choices.criteria.map((c) => c.nameEn)).toEqual(['Technical', 'Application']);
    expect(editor.data.choices.rounds.map((r) => r.id)).toEqual([f.final.id]);
    expect(editor.data.isEditable).toBe(true);

    // Cleared again: an empty ladder sends every tie to the panel.
    expect(await saveTieBreakLadder(organizer, f.final.id, { version: 2, steps: ['', ''] })).toEqual({ ok: true, data: { version: 3, steps: 0 } });
    expect(await ladderOf(f.final.id)).toEqual([]);
  });

  it('refuses a duplicate, a sub-criterion, the bonus, another round’s criterion and the round itself, each beside its step', async () => {
    const f = await ladderFixture();
    const result = await saveTieBreakLadder(await actorOf(f.organizer), f.round.id, {
      version: 1,
      steps: [`criterion:${f.technical.id}`, `criterion:${f.technical.id}`, `criterion:${f.half.id}`, `criterion:${f.bonus.id}`],
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'validation', fieldErrors: { 'steps.1': ['judgingSetup.errors.ladderStepDuplicate'], 'steps.2': ['judgingSetup.errors.ladderStepInvalid'], 'steps.3': ['judgingSetup.errors.ladderStepInvalid'] } },
    });
    const other = await saveTieBreakLadder(await actorOf(f.organizer), f.round.id, { version: 1, steps: [`criterion:${f.finalCriterion.id}`, `round:${f.round.id}`] });
    expect(other).toEqual({
      ok: false,
      error: { code: 'validation', fieldErrors: { 'steps.0': ['judgingSetup.errors.ladderStepInvalid'], 'steps.1': ['judgingSetup.errors.ladderStepInvalid'] } },
    });
    // Not the shape of a step at all: refused by the schema, beside that step.
    expect(await saveTieBreakLadder(await actorOf(f.organizer), f.round.id, { version: 1, steps: ['', 'nonsense'] })).toEqual({
      ok: false,
      error: { code: 'validation', fieldErrors: { 'steps.1': ['judgingSetup.errors.ladderStepInvalid'] } },
    });
    expect(await ladderOf(f.round.id)).toEqual([]);
  });

  it('refuses once the round has opened, a stale version, a judge, and another event’s organizer', async () => {
    const f = await ladderFixture();
    const other = await setupFixture({ projects: 0, judges: 0 });
    const steps = [`criterion:${f.technical.id}`];
    expect(await saveTieBreakLadder(await actorOf(f.judges[0]!), f.round.id, { version: 1, steps })).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await saveTieBreakLadder(await actorOf(other.organizer), f.round.id, { version: 1, steps })).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await saveTieBreakLadder(null, f.round.id, { version: 1, steps })).toEqual({ ok: false, error: { code: 'unauthenticated' } });
    expect(await saveTieBreakLadder(await actorOf(f.organizer), f.round.id, { version: 7, steps })).toEqual({
      ok: false,
      error: { code: 'stale_version', fieldErrors: { form: ['judgingSetup.errors.staleVersion'] } },
    });
    expect((await setRoundStatus(await actorOf(f.organizer), f.round.id, { status: 'open', version: 1 })).ok).toBe(true);
    expect(await saveTieBreakLadder(await actorOf(f.organizer), f.round.id, { version: 2, steps })).toEqual({
      ok: false,
      error: { code: 'closed', fieldErrors: { form: ['judgingSetup.errors.ladderLocked'] } },
    });
    expect(await ladderOf(f.round.id)).toEqual([]);
    const editor = await loadTieBreakLadder(await actorOf(f.organizer), f.round.id);
    expect(editor.ok && editor.data.isEditable).toBe(false);
  });

  it('a save racing the opening of the round: one wins, and an opened round never gets a new ladder', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const f = await ladderFixture();
      const organizer = await actorOf(f.organizer);
      const [saved, opened] = await Promise.all([
        saveTieBreakLadder(organizer, f.round.id, { version: 1, steps: [`criterion:${f.technical.id}`] }),
        setRoundStatus(organizer, f.round.id, { status: 'open', version: 1 }),
      ]);
      expect([saved.ok, opened.ok].filter(Boolean)).toHaveLength(1);
      const [round] = await db.select().from(judgingRounds).where(eq(judgingRounds.id, f.round.id));
      expect(round!.status).toBe(opened.ok ? 'open' : 'draft');
      expect(round!.tieBreakLadder).toEqual(saved.ok ? [{ kind: 'criterion', criterionId: f.technical.id }] : []);
    }
  });
});
