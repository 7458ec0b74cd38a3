import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { judgingRounds, scores, scoreSheets } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { requireEventCapability } from '@/lib/auth/guards';
import { writeAudit } from '@/lib/audit';
import { violatedConstraint } from '@/lib/db-errors';
import { DomainFailure, runDomain, type FieldErrors, type Result } from '@/lib/result';
import { fieldErrorsOf } from '@/lib/validation/auth';
import { isUuid, reopenSchema, sheetTextSchema } from '@/lib/validation/judging-sheets';
import { loadJudgeSheetContext, type JudgeSheetContext } from './sheet-context';
import { leavesOf, weightedTotal } from './sheet-total';
import { parseSheetScores } from './sheet-values';

export type SheetInput = { version: unknown; privateNote: unknown; feedback: unknown; scores: Record<string, unknown> };
export type SavedSheet = { sheetId: string; version: number; savedAt: Date; total: number; status: 'draft' | 'submitted' };

/* The database's refusals (0009_judging_sheets.sql) as the expected failures they are. */
const REFUSALS: Record<string, DomainFailure> = {
  score_sheets_round_open: new DomainFailure('closed'),
  score_sheets_assigned: new DomainFailure('not_found'),
  score_sheets_conflicted: new DomainFailure('not_found'),
  score_sheets_locked: new DomainFailure('conflict'),
};

/** Autosave of a draft: the whole sheet as the form holds it, against the version the form was loaded at. */
export function saveSheet(actor: Actor | null, roundId: string, submissionId: string, input: SheetInput): Promise<Result<SavedSheet>> {
  return writeSheet(actor, roundId, submissionId, input, false);
}

/** Saves and submits in one step: every leaf criterion must be scored; the sheet then locks. */
export function submitSheet(actor: Actor | null, roundId: string, submissionId: string, input: SheetInput): Promise<Result<SavedSheet>> {
  return writeSheet(actor, roundId, submissionId, input, true);
}

/**
 * One transaction: the sheet row is written first with `version = $expected` in the UPDATE itself (or
 * inserted when the form had no sheet yet, version 0), so of N concurrent saves from one loaded form exactly
 * one matches and the rest are refused as stale (never merged, never silently overwritten). The scores
 * follow under that row's lock. The triggers decide the round being open, the assignment, the conflict and
 * the lock by the database clock, whatever this code checked.
 */
async function writeSheet(actor: Actor | null, roundId: string, submissionId: string, input: SheetInput, submit: boolean): Promise<Result<SavedSheet>> {
  return runDomain(async () => {
    const text = sheetTextSchema.safeParse({ version: input.version, privateNote: input.privateNote ?? '', feedback: input.feedback ?? '' });
    try {
      return await db.transaction(async (tx) => {
        const ctx = await loadJudgeSheetContext(tx, actor, roundId, submissionId);
        const { values, fieldErrors } = parseSheetScores(ctx.criteria, input.scores ?? {}, { requireAll: submit });
        const errors: FieldErrors = { ...(text.success ? {} : fieldErrorsOf(text.error)), ...fieldErrors };
        if (!text.success || Object.keys(fieldErrors).length > 0) throw new DomainFailure('validation', errors);
        // Scores are written while the sheet is still a draft (a submitted sheet refuses score writes).
        let sheet = await writeSheetRow(tx, ctx, text.data);
        await writeScores(tx, ctx, sheet.id, values);
        if (submit) sheet = await markSubmitted(tx, sheet.id);
        const leaves = leavesOf(ctx.criteria);
        const { total } = weightedTotal(ctx.criteria, values);
        await writeAudit(tx, {
          actorId: ctx.judgeId,
          eventId: ctx.event.id,
          action: submit ? 'judging.sheet_submit' : 'judging.sheet_save',
          entityType: 'score_sheet',
          entityId: sheet.id,
          data: { roundId, submissionId, version: sheet.version, scored: values.size, of: leaves.length },
        });
        return { sheetId: sheet.id, version: sheet.version, savedAt: sheet.updatedAt, total, status: sheet.status };
      });
    } catch (error) {
      const refusal = REFUSALS[violatedConstraint(error) ?? ''];
      if (refusal) throw refusal;
      throw error;
    }
  });
}

type SheetText = { version: number; privateNote: string; feedback: string };

const returning = { id: scoreSheets.id, version: scoreSheets.version, updatedAt: scoreSheets.updatedAt, status: scoreSheets.status };

async function markSubmitted(tx: Tx, sheetId: string) {
  const [row] = await tx
    .update(scoreSheets)
    .set({ status: 'submitted', submittedAt: sql`statement_timestamp()` })
    .where(eq(scoreSheets.id, sheetId))
    .returning(returning);
  return row!;
}

async function writeSheetRow(tx: Tx, ctx: JudgeSheetContext, text: SheetText) {
  if (text.version === 0) {
    const [inserted] = await tx
      .insert(scoreSheets)
      .values({
        roundId: ctx.round.id,
        judgeId: ctx.judgeId,
        submissionId: ctx.submissionId,
        privateNote: text.privateNote,
        feedback: text.feedback,
        updatedAt: sql`statement_timestamp()`,
      })
      .onConflictDoNothing()
      .returning(returning);
    if (!inserted) throw new DomainFailure('stale_version');
    return inserted;
  }
  if (!ctx.sheet) throw new DomainFailure('stale_version');
  if (ctx.sheet.status === 'submitted') throw new DomainFailure('conflict');
  const [updated] = await tx
    .update(scoreSheets)
    .set({
      privateNote: text.privateNote,
      feedback: text.feedback,
      version: sql`${scoreSheets.version} + 1`,
      updatedAt: sql`statement_timestamp()`,
    })
    .where(and(eq(scoreSheets.id, ctx.sheet.id), eq(scoreSheets.version, text.version)))
    .returning(returning);
  if (!updated) throw new DomainFailure('stale_version');
  return updated;
}

async function writeScores(tx: Tx, ctx: JudgeSheetContext, sheetId: string, values: Map<string, number>) {
  const leafIds = leavesOf(ctx.criteria).map((c) => c.id);
  const kept = [...values.keys()];
  // A leaf cleared in the form is cleared here too: the saved sheet is exactly what the judge sees.
  const cleared = leafIds.filter((id) => !values.has(id));
  if (cleared.length > 0) await tx.delete(scores).where(and(eq(scores.sheetId, sheetId), inArray(scores.criterionId, cleared)));
  if (kept.length === 0) return;
  await tx
    .insert(scores)
    .values(kept.map((criterionId) => ({ sheetId, criterionId, value: values.get(criterionId)! })))
    .onConflictDoUpdate({
      target: [scores.sheetId, scores.criterionId],
      set: { value: sql`excluded.value`, updatedAt: sql`statement_timestamp()` },
      setWhere: sql`${scores.value} is distinct from excluded.value`,
    });
}

export type ReopenInput = { reason: unknown };

/** An organizer reopens a submitted sheet so its judge can change it; the reason is kept in the audit log. */
export async function reopenSheet(actor: Actor | null, sheetId: string, input: ReopenInput): Promise<Result<{ version: number }>> {
  return runDomain(async () => {
    if (!isUuid(sheetId)) throw new DomainFailure('not_found');
    const parsed = reopenSchema.safeParse({ reason: input.reason ?? '' });
    return db.transaction(async (tx) => {
      const [row] = await tx
        .select({ sheet: scoreSheets, eventId: judgingRounds.eventId })
        .from(scoreSheets)
        .innerJoin(judgingRounds, eq(judgingRounds.id, scoreSheets.roundId))
        .where(eq(scoreSheets.id, sheetId))
        .for('update', { of: scoreSheets });
      if (!row) throw new DomainFailure('not_found');
      try {
        await requireEventCapability(actor, row.eventId, 'judging.manage', tx);
      } catch (error) {
        // A judge (or anyone else) does not learn that this sheet exists.
        if (error instanceof DomainFailure && error.code === 'forbidden') throw new DomainFailure('not_found');
        throw error;
      }
      if (!parsed.success) throw new DomainFailure('validation', fieldErrorsOf(parsed.error));
      if (row.sheet.status !== 'submitted') throw new DomainFailure('conflict');
      const [updated] = await tx
        .update(scoreSheets)
        .set({ status: 'draft', submittedAt: null, reopenedAt: sql`statement_timestamp()`, version: sql`${scoreSheets.version} + 1` })
        .where(eq(scoreSheets.id, sheetId))
        .returning({ version: scoreSheets.version });
      await writeAudit(tx, {
        actorId: actor!.userId,
        eventId: row.eventId,
        action: 'judging.sheet_reopen',
        entityType: 'score_sheet',
        entityId: sheetId,
        data: { reason: parsed.data.reason, judgeId: row.sheet.judgeId, submissionId: row.sheet.submissionId, roundId: row.sheet.roundId },
      });
      return { version: updated!.version };
    });
  });
}
