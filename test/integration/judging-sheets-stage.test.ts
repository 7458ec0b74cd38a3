import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, judgingRounds, scoreSheets } from '@/db/schema';
import { getStageForJudge, getStageForOrganizer, initStageQueue, markAbsent, moveStageSlot, setStage } from '@/lib/judging/presentation';
import { saveSheet } from '@/lib/judging/sheets';
import { insertUser } from './helpers/domain-rows';
import { sheetsFixture } from './helpers/judging-sheets-fixture';

describe('presentation mode', () => {
  it('builds the queue, reorders it, puts a team on stage with a database-clock timer, and judges see it', async () => {
    const f = await sheetsFixture();
    const organizer = await f.actor(f.organizer);
    const judge = await f.actor(f.judges[0]!);
    expect(await initStageQueue(organizer, f.round.id)).toEqual({ ok: true, data: { count: 2 } });
    expect(await initStageQueue(organizer, f.round.id)).toEqual({ ok: false, error: { code: 'conflict' } });

    const before = await getStageForOrganizer(organizer, f.event.slug, f.round.id);
    if (!before.ok) throw new Error('refused');
    const [first, second] = before.data.stage!.slots;
    expect(await moveStageSlot(organizer, f.round.id, second!.submissionId, 'up')).toEqual({ ok: true, data: null });
    const after = await getStageForOrganizer(organizer, f.event.slug, f.round.id);
    if (!after.ok) throw new Error('refused');
    expect(after.data.stage!.slots.map((s) => s.submissionId)).toEqual([second!.submissionId, first!.submissionId]);

    const started = await setStage(organizer, f.round.id, { submissionId: second!.submissionId, phase: 'presentation', version: 1 });
    expect(started).toEqual({ ok: true, data: { version: 2 } });
    // A second organizer pressing from a page loaded before: refused, the running timer kept.
    expect(await setStage(organizer, f.round.id, { submissionId: first!.submissionId, phase: 'presentation', version: 1 })).toEqual({
      ok: false,
      error: { code: 'stale_version' },
    });
    const seen = await getStageForJudge(judge, f.event.slug, f.round.id);
    if (!seen.ok) throw new Error('refused');
    expect(seen.data.stage.current?.submissionId).toBe(second!.submissionId);
    expect(seen.data.stage.state?.phase).toBe('presentation');
    expect(seen.data.isAssigned).toBe(true);
    const startedAt = seen.data.stage.state!.phaseStartedAt!.getTime();
    expect(Math.abs(seen.data.stage.serverNow.getTime() - startedAt)).toBeLessThan(5000);
  });

  it('marks an absent team: every sheet of the team in the round carries it, opened or not', async () => {
    const f = await sheetsFixture();
    const organizer = await f.actor(f.organizer);
    const { submission } = f.projects[0]!;
    await saveSheet(await f.actor(f.judges[0]!), f.round.id, submission.id, { version: 0, privateNote: 'half done', feedback: '', scores: {} });
    await initStageQueue(organizer, f.round.id);
    expect(await markAbsent(organizer, f.round.id, submission.id, true)).toEqual({ ok: true, data: { sheets: 2 } });
    const sheets = await db.select().from(scoreSheets).where(and(eq(scoreSheets.roundId, f.round.id), eq(scoreSheets.submissionId, submission.id)));
    expect(sheets.map((s) => s.isAbsent)).toEqual([true, true]);
    expect(sheets.find((s) => s.judgeId === f.judges[0]!.id)?.privateNote).toBe('half done');
    const audits = await db.select().from(auditLog).where(and(eq(auditLog.entityId, f.round.id), eq(auditLog.action, 'judging.stage_absent')));
    expect(audits).toHaveLength(1);
    expect(await markAbsent(organizer, f.round.id, submission.id, false)).toEqual({ ok: true, data: { sheets: 2 } });
  });

  it('refuses a judge or a participant running the stage, and a closed round marking absence', async () => {
    const f = await sheetsFixture();
    const organizer = await f.actor(f.organizer);
    const judge = await f.actor(f.judges[0]!);
    const participant = await f.actor(await insertUser());
    expect(await initStageQueue(judge, f.round.id)).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await initStageQueue(participant, f.round.id)).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await getStageForOrganizer(judge, f.event.slug)).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await getStageForJudge(participant, f.event.slug)).toEqual({ ok: false, error: { code: 'not_found' } });
    await initStageQueue(organizer, f.round.id);
    await db.update(judgingRounds).set({ status: 'closed' }).where(eq(judgingRounds.id, f.round.id));
    expect(await markAbsent(organizer, f.round.id, f.projects[1]!.submission.id, true)).toEqual({ ok: false, error: { code: 'closed' } });
  });
});
