import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { judgingRounds, submissions } from '@/db/schema';
import { getJudgeQueue } from '@/lib/judging/queue';
import { saveSheet, submitSheet } from '@/lib/judging/sheets';
import { fullScores, sheetsFixture } from './helpers/judging-sheets-fixture';

const input = (version: number, scoreValues: Record<string, string>) => ({ version, privateNote: '', feedback: '', scores: scoreValues });

async function queueOf(f: Awaited<ReturnType<typeof sheetsFixture>>, judgeIndex: number) {
  const result = await getJudgeQueue(await f.actor(f.judges[judgeIndex]!), f.event.slug);
  if (!result.ok) throw new Error(`queue refused: ${result.error.code}`);
  return result.data.rounds[0]!.items.map((i) => ({ title: i.title, status: i.status, isCalibration: i.isCalibration }));
}

describe('getJudgeQueue: the calibration sample first', () => {
  it('lists the sample before drafts and unstarted projects until the judge submits it, for every judge', async () => {
    const f = await sheetsFixture();
    const [first, second] = f.projects.map((p) => p.submission);
    await db.update(submissions).set({ title: 'Alpha project' }).where(eq(submissions.id, first!.id));
    await db.update(submissions).set({ title: 'Beta project' }).where(eq(submissions.id, second!.id));

    // Without a sample: by title.
    expect(await queueOf(f, 0)).toEqual([
      { title: 'Alpha project', status: 'not_started', isCalibration: false },
      { title: 'Beta project', status: 'not_started', isCalibration: false },
    ]);

    // Beta becomes the sample: first for both judges, even ahead of a draft.
    await db.update(judgingRounds).set({ calibrationSubmissionId: second!.id }).where(eq(judgingRounds.id, f.round.id));
    const judge = await f.actor(f.judges[0]!);
    expect(await saveSheet(judge, f.round.id, first!.id, input(0, { [f.criteria.creativity.id]: '5' }))).toMatchObject({ ok: true });
    expect(await queueOf(f, 0)).toEqual([
      { title: 'Beta project', status: 'not_started', isCalibration: true },
      { title: 'Alpha project', status: 'draft', isCalibration: false },
    ]);
    expect((await queueOf(f, 1))[0]).toEqual({ title: 'Beta project', status: 'not_started', isCalibration: true });

    // Once submitted, the sample sorts with the other submitted sheets (after the draft).
    expect(await submitSheet(judge, f.round.id, second!.id, input(0, fullScores(f)))).toMatchObject({ ok: true });
    expect(await queueOf(f, 0)).toEqual([
      { title: 'Alpha project', status: 'draft', isCalibration: false },
      { title: 'Beta project', status: 'submitted', isCalibration: true },
    ]);
  });
});
