import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { judgingRounds, roundProjects } from '@/db/schema';
import { advanceToFinal } from '@/lib/judging/advance';
import { auditActions, expectOk, refusal } from './helpers/teams-fixtures';
import { asActor, judgedEvent, sheet } from './helpers/judging-results-fixture';

/*
 * Track A: Alpha 1st, Bravo 2nd; track B: Charlie 1st, Delta and Echo tied 2nd (every method), Foxtrot last.
 * Two judges score every project; totals below are per judge (J1, J2).
 */
async function preliminaryWithFinal() {
  const fx = await judgedEvent({
    judges: 2,
    projects: [
      { title: 'Alpha', track: 'A' },
      { title: 'Bravo', track: 'A' },
      { title: 'Charlie', track: 'B' },
      { title: 'Delta', track: 'B' },
      { title: 'Echo', track: 'B' },
      { title: 'Foxtrot', track: 'B' },
    ],
  });
  const totals: Record<string, [number, number]> = { Alpha: [90, 80], Bravo: [60, 50], Charlie: [85, 95], Delta: [70, 40], Echo: [40, 70], Foxtrot: [20, 10] };
  for (const project of fx.projects) for (const [i, judge] of fx.judges.entries()) await sheet(fx, judge.id, project.id, totals[project.title]![i]!);
  const [final] = await db.insert(judgingRounds).values({ eventId: fx.event.id, kind: 'final', position: 2, nameEn: 'Final' }).returning();
  const byTitle = Object.fromEntries(fx.projects.map((p) => [p.title, p.id]));
  const scope = async () => (await db.select().from(roundProjects).where(eq(roundProjects.roundId, final!.id))).map((r) => r.submissionId).sort();
  return { fx, final: final!, byTitle, scope };
}

describe('advance to the final round', () => {
  it('writes the top N per track by the chosen method as the final’s scope, audited', async () => {
    const { fx, final, byTitle, scope } = await preliminaryWithFinal();
    const result = expectOk(await advanceToFinal(asActor(fx.organizer), { mode: 'top', fromRoundId: fx.round.id, toRoundId: final.id, perTrack: 1 }));
    expect(result.advanced.sort()).toEqual([byTitle.Alpha, byTitle.Charlie].sort());
    expect(await scope()).toEqual([byTitle.Alpha, byTitle.Charlie].sort());
    expect(await auditActions(fx.event.id)).toContain('judging.advanced');
  });

  it('lets every project tied at the cut through instead of breaking the tie', async () => {
    const { fx, final, byTitle, scope } = await preliminaryWithFinal();
    // Under the raw mean Delta and Echo both have 55 for second place in track B.
    await db.update(judgingRounds).set({ rankingMethod: 'raw_mean' }).where(eq(judgingRounds.id, fx.round.id));
    expectOk(await advanceToFinal(asActor(fx.organizer), { mode: 'top', fromRoundId: fx.round.id, toRoundId: final.id, perTrack: 2 }));
    expect(await scope()).toEqual([byTitle.Alpha, byTitle.Bravo, byTitle.Charlie, byTitle.Delta, byTitle.Echo].sort());
  });

  it('takes the organizer’s pick, replacing the previous list', async () => {
    const { fx, final, byTitle, scope } = await preliminaryWithFinal();
    const organizer = asActor(fx.organizer);
    expectOk(await advanceToFinal(organizer, { mode: 'top', fromRoundId: fx.round.id, toRoundId: final.id, perTrack: 1 }));
    expectOk(await advanceToFinal(organizer, { mode: 'pick', fromRoundId: fx.round.id, toRoundId: final.id, submissionIds: [byTitle.Bravo, byTitle.Foxtrot] }));
    expect(await scope()).toEqual([byTitle.Bravo, byTitle.Foxtrot].sort());
  });

  it('refuses a judge, a pick of nothing, and a final that is not a final', async () => {
    const { fx, final, scope } = await preliminaryWithFinal();
    expect(refusal(await advanceToFinal(asActor(fx.judges[0]!), { mode: 'top', fromRoundId: fx.round.id, toRoundId: final.id, perTrack: 1 }))).toEqual({ code: 'not_found' });
    expect(refusal(await advanceToFinal(asActor(fx.organizer), { mode: 'pick', fromRoundId: fx.round.id, toRoundId: final.id, submissionIds: [] }))?.code).toBe('validation');
    expect(refusal(await advanceToFinal(asActor(fx.organizer), { mode: 'top', fromRoundId: final.id, toRoundId: fx.round.id, perTrack: 1 }))?.code).toBe('conflict');
    expect(await scope()).toEqual([]);
  });
});
