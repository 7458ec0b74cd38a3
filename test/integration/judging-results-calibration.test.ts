import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { conflictsOfInterest, judgeAssignments, judgingRounds } from '@/db/schema';
import { calibrationOf, setCalibrationSample } from '@/lib/judging/calibration';
import { loadRoundData } from '@/lib/judging/results-load';
import { auditActions, expectOk, refusal } from './helpers/teams-fixtures';
import { asActor, judgedEvent, sheet } from './helpers/judging-results-fixture';

describe('calibration', () => {
  it('assigns the sample to every judge without a conflict and flags the judge far from the others', async () => {
    const fx = await judgedEvent({ judges: 5, projects: [{ title: 'Sample', track: 'A' }, { title: 'Other', track: 'A' }] });
    const [sample] = fx.projects;
    const [j1, j2, j3, j4, j5] = fx.judges;
    await db.insert(conflictsOfInterest).values({ eventId: fx.event.id, judgeId: j5!.id, teamId: sample!.teamId, source: 'declared' });
    const result = expectOk(await setCalibrationSample(asActor(fx.organizer), { roundId: fx.round.id, submissionId: sample!.id, version: fx.round.version }));
    expect(result.assigned).toBe(4);
    const assigned = await db.select().from(judgeAssignments).where(and(eq(judgeAssignments.roundId, fx.round.id), eq(judgeAssignments.submissionId, sample!.id)));
    expect(assigned.map((a) => a.judgeId).sort()).toEqual([j1!.id, j2!.id, j3!.id, j4!.id].sort());
    expect(await auditActions(fx.event.id)).toContain('judging.calibration_sample_set');

    // Three judges agree around 60; judge 4 gives 95: others' mean 60, sd 1 → 35 sds away.
    await sheet(fx, j1!.id, sample!.id, 60);
    await sheet(fx, j2!.id, sample!.id, [6.5, 5.5]);
    await sheet(fx, j3!.id, sample!.id, [5.5, 6.5]);
    await sheet(fx, j4!.id, sample!.id, [9.5, 9.5]);
    const [round] = await db.select().from(judgingRounds).where(eq(judgingRounds.id, fx.round.id));
    const view = calibrationOf(round!, await loadRoundData(db, round!));
    const status = Object.fromEntries(view.results.map((r) => [r.judgeId, r.status]));
    expect(status[j4!.id]).toBe('flagged');
    expect([status[j1!.id], status[j2!.id], status[j3!.id]]).toEqual(['ok', 'ok', 'ok']);
    expect(view.pending).toEqual([]);
  });

  it('refuses a stale version and a judge', async () => {
    const fx = await judgedEvent({ judges: 2, projects: [{ title: 'Sample', track: 'A' }] });
    const input = { roundId: fx.round.id, submissionId: fx.projects[0]!.id, version: fx.round.version };
    expect(refusal(await setCalibrationSample(asActor(fx.judges[0]!), input))).toEqual({ code: 'not_found' });
    expectOk(await setCalibrationSample(asActor(fx.organizer), input));
    expect(refusal(await setCalibrationSample(asActor(fx.organizer), { ...input, submissionId: '' }))?.code).toBe('stale_version');
  });
});
