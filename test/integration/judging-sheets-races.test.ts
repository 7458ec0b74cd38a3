import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, scores, scoreSheets } from '@/db/schema';
import { reopenSheet, saveSheet, submitSheet } from '@/lib/judging/sheets';
import { fullScores, sheetsFixture } from './helpers/judging-sheets-fixture';

describe('concurrent autosaves and reopening', () => {
  it('of 20 concurrent saves from one loaded form (same version), exactly one lands and 19 are stale; nothing is lost or mixed', async () => {
    const f = await sheetsFixture();
    const judge = await f.actor(f.judges[0]!);
    const { submission } = f.projects[0]!;
    const base = await saveSheet(judge, f.round.id, submission.id, { version: 0, privateNote: 'base', feedback: '', scores: { [f.criteria.creativity.id]: '1' } });
    if (!base.ok) throw new Error('refused');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        saveSheet(judge, f.round.id, submission.id, {
          version: 1,
          privateNote: `writer ${i}`,
          feedback: '',
          scores: { [f.criteria.creativity.id]: String(i % 11), [f.criteria.fit.id]: String(10 - (i % 11)) },
        }),
      ),
    );
    const accepted = results.flatMap((r, i) => (r.ok ? [i] : []));
    expect(accepted).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => (r.ok ? null : r.error.code))).toEqual(Array(19).fill('stale_version'));
    const winner = accepted[0]!;
    const [sheet] = await db.select().from(scoreSheets).where(eq(scoreSheets.id, base.data.sheetId));
    expect(sheet).toMatchObject({ version: 2, privateNote: `writer ${winner}` });
    // The scores are the winner's, both of them: no half-written mix of two writers.
    const rows = await db.select().from(scores).where(eq(scores.sheetId, sheet!.id));
    expect(Object.fromEntries(rows.map((r) => [r.criterionId, r.value]))).toEqual({
      [f.criteria.creativity.id]: winner % 11,
      [f.criteria.fit.id]: 10 - (winner % 11),
    });
  });

  it('of 20 concurrent first saves (no sheet yet, version 0), one creates the sheet and the rest are stale', async () => {
    const f = await sheetsFixture();
    const judge = await f.actor(f.judges[1]!);
    const { submission } = f.projects[1]!;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => saveSheet(judge, f.round.id, submission.id, { version: 0, privateNote: `n${i}`, feedback: '', scores: {} })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.select().from(scoreSheets).where(and(eq(scoreSheets.judgeId, judge.userId), eq(scoreSheets.roundId, f.round.id)))).toHaveLength(1);
  });

  it('an organizer reopens a submitted sheet with a reason (audited); the judge edits and resubmits; a judge cannot reopen', async () => {
    const f = await sheetsFixture();
    const judge = await f.actor(f.judges[0]!);
    const organizer = await f.actor(f.organizer);
    const { submission } = f.projects[0]!;
    const sent = await submitSheet(judge, f.round.id, submission.id, { version: 0, privateNote: '', feedback: '', scores: fullScores(f) });
    if (!sent.ok) throw new Error('refused');

    expect(await reopenSheet(judge, sent.data.sheetId, { reason: 'I typed 4 for 9' })).toEqual({ ok: false, error: { code: 'not_found' } });
    expect(await reopenSheet(organizer, sent.data.sheetId, { reason: ' ' })).toEqual({
      ok: false,
      error: { code: 'validation', fieldErrors: { reason: ['judgingSheets.errors.reasonRequired'] } },
    });
    const reopened = await reopenSheet(organizer, sent.data.sheetId, { reason: 'Judge asked to correct technical' });
    expect(reopened).toEqual({ ok: true, data: { version: sent.data.version + 1 } });
    expect(await reopenSheet(organizer, sent.data.sheetId, { reason: 'again' })).toEqual({ ok: false, error: { code: 'conflict' } });
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, sent.data.sheetId), eq(auditLog.action, 'judging.sheet_reopen')));
    expect(audit).toMatchObject({ actorId: organizer.userId, data: { reason: 'Judge asked to correct technical', judgeId: judge.userId } });

    // The judge's form still holds the pre-reopen version: stale, told so, not overwritten.
    expect(await saveSheet(judge, f.round.id, submission.id, { version: sent.data.version, privateNote: '', feedback: '', scores: fullScores(f) })).toEqual({
      ok: false,
      error: { code: 'stale_version' },
    });
    const again = await submitSheet(judge, f.round.id, submission.id, {
      version: sent.data.version + 1,
      privateNote: '',
      feedback: '',
      scores: { ...fullScores(f), [f.criteria.technical.id]: '5' },
    });
    expect(again).toMatchObject({ ok: true, data: { status: 'submitted', total: 93 } });
    const [sheet] = await db.select().from(scoreSheets).where(eq(scoreSheets.id, sent.data.sheetId));
    expect(sheet!.reopenedAt).toBeInstanceOf(Date);
  });
});
