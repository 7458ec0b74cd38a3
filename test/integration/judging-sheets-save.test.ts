import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, conflictsOfInterest, judgeAssignments, judgingRounds, registrations, scores, scoreSheets } from '@/db/schema';
import { saveSheet, submitSheet } from '@/lib/judging/sheets';
import { getJudgeQueue } from '@/lib/judging/queue';
import { loadJudgeSheetContext } from '@/lib/judging/sheet-context';
import { addMember, expectRefusal, insertSubmission, insertTeam, insertUser } from './helpers/domain-rows';
import { fullScores, sheetsFixture } from './helpers/judging-sheets-fixture';

const input = (version: number, scoreValues: Record<string, string>, extra: { privateNote?: string; feedback?: string } = {}) => ({
  version,
  privateNote: extra.privateNote ?? '',
  feedback: extra.feedback ?? '',
  scores: scoreValues,
});

describe('saveSheet / submitSheet', () => {
  it('autosaves a draft (blanks allowed), computes the weighted total, then submits and locks', async () => {
    const f = await sheetsFixture();
    const judge = await f.actor(f.judges[0]!);
    const { submission } = f.projects[0]!;
    const first = await saveSheet(judge, f.round.id, submission.id, input(0, { [f.criteria.creativity.id]: '8' }, { privateNote: 'strong data work' }));
    expect(first).toMatchObject({ ok: true, data: { version: 1, total: 16, status: 'draft' } });
    const second = await saveSheet(judge, f.round.id, submission.id, input(1, fullScores(f), { privateNote: 'strong data work', feedback: 'Great demo' }));
    expect(second).toMatchObject({ ok: true, data: { version: 2, total: 81 } });
    const submitted = await submitSheet(judge, f.round.id, submission.id, input(2, fullScores(f), { feedback: 'Great demo' }));
    expect(submitted).toMatchObject({ ok: true, data: { version: 3, status: 'submitted', total: 81 } });

    const [sheet] = await db.select().from(scoreSheets).where(eq(scoreSheets.judgeId, judge.userId));
    expect(sheet).toMatchObject({ status: 'submitted', feedback: 'Great demo', version: 3 });
    expect(sheet!.submittedAt).toBeInstanceOf(Date);
    const saved = await db.select().from(scores).where(eq(scores.sheetId, sheet!.id));
    expect(saved.map((s) => s.value).sort()).toEqual([4, 5, 6, 8]);
    const audits = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, sheet!.id));
    expect(audits.map((a) => a.action).sort()).toEqual(['judging.sheet_save', 'judging.sheet_save', 'judging.sheet_submit']);

    // The locked sheet refuses a change through the domain layer and directly in the database.
    expect(await saveSheet(judge, f.round.id, submission.id, input(3, fullScores(f)))).toEqual({ ok: false, error: { code: 'conflict' } });
    await expectRefusal(db.update(scoreSheets).set({ feedback: 'sneaky' }).where(eq(scoreSheets.id, sheet!.id)), 'score_sheets_locked');
    await expectRefusal(db.update(scores).set({ value: 1 }).where(eq(scores.sheetId, sheet!.id)), 'score_sheets_locked');

    const queue = await getJudgeQueue(judge, f.event.slug);
    if (!queue.ok) throw new Error('queue refused');
    expect(queue.data.rounds[0]).toMatchObject({ done: 1, items: [{ status: 'not_started' }, { status: 'submitted' }] });
  });

  it('submit requires every leaf criterion (the parent is not scored itself); each blank is its own field error', async () => {
    const f = await sheetsFixture();
    const judge = await f.actor(f.judges[0]!);
    const result = await submitSheet(judge, f.round.id, f.projects[0]!.submission.id, input(0, { [f.criteria.creativity.id]: '8' }));
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'validation',
        fieldErrors: {
          [`score.${f.criteria.fit.id}`]: ['judgingSheets.errors.scoreRequired'],
          [`score.${f.criteria.technical.id}`]: ['judgingSheets.errors.scoreRequired'],
          [`score.${f.criteria.bonus.id}`]: ['judgingSheets.errors.scoreRequired'],
        },
      },
    });
    expect(await db.select().from(scoreSheets).where(eq(scoreSheets.roundId, f.round.id))).toHaveLength(0);
  });

  it('refuses an out-of-range value per criterion scale (5 on 0..5 is fine, 6 is not) and a non-number', async () => {
    const f = await sheetsFixture();
    const judge = await f.actor(f.judges[0]!);
    const result = await saveSheet(judge, f.round.id, f.projects[0]!.submission.id, input(0, { [f.criteria.technical.id]: '6', [f.criteria.creativity.id]: '7.555', [f.criteria.bonus.id]: '11' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.fieldErrors).toEqual({
      [`score.${f.criteria.technical.id}`]: ['judgingSheets.errors.scoreRange'],
      [`score.${f.criteria.creativity.id}`]: ['judgingSheets.errors.scoreNumber'],
      [`score.${f.criteria.bonus.id}`]: ['judgingSheets.errors.scoreRange'],
    });
    // The database refuses it too (the range trigger), whatever the domain layer let through.
    const ok = await saveSheet(judge, f.round.id, f.projects[0]!.submission.id, input(0, { [f.criteria.technical.id]: '5' }));
    if (!ok.ok) throw new Error('refused');
    await expectRefusal(db.update(scores).set({ value: 5.5 }).where(eq(scores.sheetId, ok.data.sheetId)), 'scores_value_within_scale');
  });

  it('refuses a project the judge is not assigned to, as not found, in the domain layer and in the database', async () => {
    const f = await sheetsFixture();
    const judge = await f.actor(f.judges[0]!);
    const captain = await insertUser();
    const unassigned = await insertSubmission(await insertTeam(f.event.id, captain.id));
    expect(await saveSheet(judge, f.round.id, unassigned.id, input(0, fullScores(f)))).toEqual({ ok: false, error: { code: 'not_found' } });
    await expectRefusal(db.insert(scoreSheets).values({ roundId: f.round.id, judgeId: judge.userId, submissionId: unassigned.id }), 'score_sheets_assigned');
  });

  it('refuses a conflicted project (a declared team conflict) even when an assignment slipped through', async () => {
    const f = await sheetsFixture();
    const judge = await f.actor(f.judges[0]!);
    const { team, submission } = f.projects[0]!;
    await db.insert(conflictsOfInterest).values({ eventId: f.event.id, judgeId: judge.userId, teamId: team.id, reason: 'my student' });
    expect(await saveSheet(judge, f.round.id, submission.id, input(0, fullScores(f)))).toEqual({ ok: false, error: { code: 'not_found' } });
    await expect(loadJudgeSheetContext(db, judge, f.round.id, submission.id)).rejects.toMatchObject({ code: 'not_found' });
    await expectRefusal(db.insert(scoreSheets).values({ roundId: f.round.id, judgeId: judge.userId, submissionId: submission.id }), 'score_sheets_conflicted');
  });

  it('refuses a project whose member registered with an affiliation the judge declared, and a team the judge belongs to', async () => {
    const f = await sheetsFixture();
    const [a, b] = [await f.actor(f.judges[0]!), await f.actor(f.judges[1]!)];
    const { team, submission } = f.projects[0]!;
    await db.insert(registrations).values({
      eventId: f.event.id,
      userId: team.captainId,
      displayName: 'Captain',
      // Inner and trailing spaces differ from the declaration: still the same affiliation (migration 0014).
      affiliation: 'National  Taiwan University ',
      consentRulesAt: new Date(),
      consentDataAt: new Date(),
    });
    await addMember(team, team.captainId);
    await db.insert(conflictsOfInterest).values({ eventId: f.event.id, judgeId: a.userId, affiliation: 'national taiwan university', source: 'declared' });
    expect(await saveSheet(a, f.round.id, submission.id, input(0, fullScores(f)))).toEqual({ ok: false, error: { code: 'not_found' } });
    await expectRefusal(db.insert(scoreSheets).values({ roundId: f.round.id, judgeId: a.userId, submissionId: submission.id }), 'score_sheets_conflicted');
    // Judge B joins the other team: an automatic conflict, whatever was declared.
    await addMember(f.projects[1]!.team, b.userId);
    expect(await saveSheet(b, f.round.id, f.projects[1]!.submission.id, input(0, fullScores(f)))).toEqual({ ok: false, error: { code: 'not_found' } });
    // The other project stays scoreable for both.
    expect((await saveSheet(a, f.round.id, f.projects[1]!.submission.id, input(0, fullScores(f)))).ok).toBe(true);
  });

  it('refuses scoring after the round closes (status) and once closesAt has passed by the database clock', async () => {
    const f = await sheetsFixture();
    const judge = await f.actor(f.judges[0]!);
    const { submission } = f.projects[0]!;
    const saved = await saveSheet(judge, f.round.id, submission.id, input(0, { [f.criteria.fit.id]: '3' }));
    if (!saved.ok) throw new Error('refused');
    await db.update(judgingRounds).set({ closesAt: new Date(Date.now() - 1000), opensAt: new Date(Date.now() - 7200_000) }).where(eq(judgingRounds.id, f.round.id));
    expect(await saveSheet(judge, f.round.id, submission.id, input(1, fullScores(f)))).toEqual({ ok: false, error: { code: 'closed' } });
    await db.update(judgingRounds).set({ status: 'closed', closesAt: null }).where(eq(judgingRounds.id, f.round.id));
    expect(await submitSheet(judge, f.round.id, submission.id, input(1, fullScores(f)))).toEqual({ ok: false, error: { code: 'closed' } });
    await expectRefusal(db.update(scores).set({ value: 4 }).where(eq(scores.sheetId, saved.data.sheetId)), 'score_sheets_round_open');
    const [sheet] = await db.select().from(scoreSheets).where(eq(scoreSheets.id, saved.data.sheetId));
    expect(sheet!.version).toBe(1);
  });

  it("never lets a judge touch another judge's sheet: the sheet is always the actor's own", async () => {
    const f = await sheetsFixture();
    const [a, b] = [await f.actor(f.judges[0]!), await f.actor(f.judges[1]!)];
    const { submission } = f.projects[0]!;
    const saved = await saveSheet(a, f.round.id, submission.id, input(0, fullScores(f), { privateNote: 'A only' }));
    if (!saved.ok) throw new Error('refused');
    // B saving "version 1" writes B's own new sheet context: no sheet yet, so the version is stale, and A's is untouched.
    expect(await saveSheet(b, f.round.id, submission.id, input(1, { [f.criteria.fit.id]: '0' }))).toEqual({ ok: false, error: { code: 'stale_version' } });
    const ctx = await loadJudgeSheetContext(db, b, f.round.id, submission.id);
    expect(ctx.sheet).toBeNull();
    expect(ctx.values.size).toBe(0);
    // B removed from the assignment sees nothing at all.
    await db.delete(judgeAssignments).where(and(eq(judgeAssignments.judgeId, b.userId), eq(judgeAssignments.submissionId, submission.id)));
    await expect(loadJudgeSheetContext(db, b, f.round.id, submission.id)).rejects.toMatchObject({ code: 'not_found' });
    const [sheetA] = await db.select().from(scoreSheets).where(eq(scoreSheets.id, saved.data.sheetId));
    expect(sheetA).toMatchObject({ judgeId: a.userId, privateNote: 'A only', version: 1 });
  });

  it('refuses a participant, an organizer without the judge role, and nobody', async () => {
    const f = await sheetsFixture();
    const participant = await f.actor(await insertUser());
    const organizer = await f.actor(f.organizer);
    const { submission } = f.projects[0]!;
    expect(await saveSheet(participant, f.round.id, submission.id, input(0, fullScores(f)))).toEqual({ ok: false, error: { code: 'not_found' } });
    expect(await saveSheet(organizer, f.round.id, submission.id, input(0, fullScores(f)))).toEqual({ ok: false, error: { code: 'not_found' } });
    expect(await saveSheet(null, f.round.id, submission.id, input(0, fullScores(f)))).toEqual({ ok: false, error: { code: 'unauthenticated' } });
    expect(await getJudgeQueue(participant, f.event.slug)).toEqual({ ok: false, error: { code: 'not_found' } });
  });
});
