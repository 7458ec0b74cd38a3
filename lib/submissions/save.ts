import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { submissionConflicts, submissionRevisions, submissions, tracks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { requireActor } from '@/lib/auth/guards';
import { writeAudit } from '@/lib/audit';
import { isCheckViolation } from '@/lib/db-errors';
import { DomainFailure, ok, runDomain, type DomainError, type Result } from '@/lib/result';
import { fieldErrorsOf } from '@/lib/validation/auth';
import {
  parseAnswers,
  parseCompliance,
  submissionCompleteness,
  submissionFieldsSchema,
  versionSchema,
  type AnswerValue,
  type SubmissionFields,
} from '@/lib/validation/submissions';
import {
  assertTeamMayWrite,
  loadComplianceItemIds,
  loadSubmissionQuestions,
  lockSubmissionForMember,
  lockTeamOfActor,
  type TeamContext,
} from './context';

export type SubmissionInput = {
  fields: Record<string, unknown>;
  answers: Record<string, unknown>;
  /** Ids of the checklist items the team ticked. */
  compliance: unknown;
  version: unknown;
  /** A kept conflict this save reconciles (the member merged it in the form): marked resolved when the save goes through. */
  resolvesConflictId?: unknown;
};
/** What is saved, kept whole in revisions and conflicts. */
export type SubmissionContent = SubmissionFields & { answers: Record<string, AnswerValue>; compliance: Record<string, boolean> };
export type Saved = { submissionId: string; version: number };
/** A stale save also says where its refused content was kept, so the page can offer to reconcile. */
export type SaveResult = Result<Saved> | { ok: false; error: DomainError; conflictId: string };

const isUuid = (value: string) => /^[0-9a-f-]{36}$/i.test(value);

type WriteOutcome = { kind: 'saved'; saved: Saved } | { kind: 'stale'; conflictId: string };

const slugBase = (title: string) =>
  title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '');

function contentColumns(content: SubmissionContent) {
  const { answers, compliance, ...fields } = content;
  return { ...fields, answers: answers as Record<string, unknown>, compliance };
}

/*
 * The write shared by a save and by "keep mine" in a reconcile. The version check is in the UPDATE
 * itself (0 rows = someone saved first); the refused content is then kept in submission_conflicts and
 * COMMITTED, so the slower member's work survives even though their save did not go through.
 */
async function writeContent(
  tx: Tx,
  ctx: TeamContext,
  actorId: string,
  content: SubmissionContent,
  version: number,
  resolvesConflictId?: string,
): Promise<WriteOutcome> {
  const [current] = await tx.select().from(submissions).where(eq(submissions.teamId, ctx.team.id));
  if (current?.status === 'submitted') {
    // A submitted project stays complete: an edit may not untick the checklist behind the judges' backs.
    const missing = submissionCompleteness(
      await loadSubmissionQuestions(tx, ctx.event.id),
      content.answers,
      await loadComplianceItemIds(tx, ctx.event.id),
      content.compliance,
    );
    if (Object.keys(missing).length) throw new DomainFailure('validation', missing);
  }

  let saved: { id: string; version: number } | undefined;
  if (version === 0) {
    const slug = `${slugBase(content.title) || 'project'}-${ctx.team.id.slice(0, 8)}`;
    [saved] = await tx
      .insert(submissions)
      .values({ teamId: ctx.team.id, eventId: ctx.event.id, slug, ...contentColumns(content), updatedBy: actorId })
      .onConflictDoNothing({ target: submissions.teamId })
      .returning({ id: submissions.id, version: submissions.version });
  } else if (current) {
    [saved] = await tx
      .update(submissions)
      .set({ ...contentColumns(content), version: sql`${submissions.version} + 1`, updatedBy: actorId, updatedAt: sql`statement_timestamp()` })
      .where(and(eq(submissions.id, current.id), eq(submissions.version, version)))
      .returning({ id: submissions.id, version: submissions.version });
  }

  if (!saved) {
    // Another member created or saved the project first (or the page's version never existed).
    const [latest] = await tx.select({ id: submissions.id }).from(submissions).where(eq(submissions.teamId, ctx.team.id));
    if (!latest) throw new DomainFailure('stale_version');
    const [conflict] = await tx
      .insert(submissionConflicts)
      .values({ submissionId: latest.id, baseVersion: version, snapshot: content, editedBy: actorId })
      .returning({ id: submissionConflicts.id });
    await writeAudit(tx, {
      actorId,
      eventId: ctx.event.id,
      action: 'submission.save_conflict',
      entityType: 'submission',
      entityId: latest.id,
      data: { baseVersion: version, conflictId: conflict!.id },
    });
    return { kind: 'stale', conflictId: conflict!.id };
  }

  // The status goes into the snapshot too, so the history says which versions the judges could see.
  await tx.insert(submissionRevisions).values({
    submissionId: saved.id,
    version: saved.version,
    snapshot: { ...content, status: current?.status ?? 'draft' },
    editedBy: actorId,
  });
  if (resolvesConflictId) {
    await tx
      .update(submissionConflicts)
      .set({ resolvedAt: sql`statement_timestamp()` })
      .where(
        and(
          eq(submissionConflicts.id, resolvesConflictId),
          eq(submissionConflicts.submissionId, saved.id),
          isNull(submissionConflicts.resolvedAt),
        ),
      );
  }
  await writeAudit(tx, {
    actorId,
    eventId: ctx.event.id,
    action: 'submission.save',
    entityType: 'submission',
    entityId: saved.id,
    data: { version: saved.version, title: content.title, resolvedConflictId: resolvesConflictId ?? null },
  });
  return { kind: 'saved', saved: { submissionId: saved.id, version: saved.version } };
}

async function parseContent(tx: Tx, eventId: string, input: SubmissionInput): Promise<SubmissionContent> {
  const fields = submissionFieldsSchema.safeParse(input.fields);
  const answers = parseAnswers(await loadSubmissionQuestions(tx, eventId), input.answers ?? {});
  const fieldErrors = { ...(fields.success ? {} : fieldErrorsOf(fields.error)), ...(answers.ok ? {} : answers.fieldErrors) };
  if (!fields.success || !answers.ok) throw new DomainFailure('validation', fieldErrors);
  if (fields.data.trackId) {
    const [track] = await tx
      .select({ id: tracks.id })
      .from(tracks)
      .where(and(eq(tracks.id, fields.data.trackId), eq(tracks.eventId, eventId)));
    if (!track) throw new DomainFailure('validation', { trackId: ['submissions.errors.trackInvalid'] });
  }
  const compliance = parseCompliance(await loadComplianceItemIds(tx, eventId), input.compliance);
  return { ...fields.data, answers: answers.answers, compliance };
}

/** The deadline trigger is the last word: a write that reaches the table after the deadline is refused there. */
async function withDeadlineMapping<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    if (isCheckViolation(error, 'submissions_deadline_passed') || isCheckViolation(error, 'submission_files_deadline_passed')) {
      throw new DomainFailure('deadline_passed');
    }
    throw error;
  }
}

function toSaveResult(result: Result<WriteOutcome>): SaveResult {
  if (!result.ok) return result;
  if (result.data.kind === 'stale') return { ok: false, error: { code: 'stale_version' }, conflictId: result.data.conflictId };
  return ok(result.data.saved);
}

/**
 * Any member of the team creates or edits its project, from the start of hacking until the team's
 * deadline. `version` is the version the member's page was showing (0 before the first save).
 */
export async function saveSubmission(actor: Actor | null, eventId: string, input: SubmissionInput): Promise<SaveResult> {
  const result = await runDomain(() =>
    withDeadlineMapping(async () => {
      const a = requireActor(actor);
      const version = versionSchema.safeParse(input.version);
      if (!version.success) throw new DomainFailure('validation', { version: ['submissions.errors.versionInvalid'] });
      return db.transaction(async (tx) => {
        const ctx = await lockTeamOfActor(tx, a.userId, eventId);
        assertTeamMayWrite(ctx);
        const content = await parseContent(tx, eventId, input);
        const resolves = typeof input.resolvesConflictId === 'string' && isUuid(input.resolvesConflictId) ? input.resolvesConflictId : undefined;
        return writeContent(tx, ctx, a.userId, content, version.data, resolves);
      });
    }),
  );
  return toSaveResult(result);
}

/**
 * Settles a stale save. "mine" writes the kept content on top of `version` (the latest the member has
 * now seen); "theirs" drops it. Either way the conflict is marked resolved in the same transaction.
 */
export async function resolveConflict(
  actor: Actor | null,
  conflictId: string,
  choice: 'mine' | 'theirs',
  version: unknown,
): Promise<SaveResult> {
  const result = await runDomain(() =>
    withDeadlineMapping(async () => {
      const a = requireActor(actor);
      const parsedVersion = versionSchema.safeParse(version);
      if (!parsedVersion.success || !isUuid(conflictId)) throw new DomainFailure('not_found');
      return db.transaction(async (tx) => {
        const [conflict] = await tx.select().from(submissionConflicts).where(eq(submissionConflicts.id, conflictId)).for('update');
        if (!conflict) throw new DomainFailure('not_found');
        const ctx = await lockSubmissionForMember(tx, a.userId, conflict.submissionId);
        if (conflict.resolvedAt) throw new DomainFailure('conflict');
        assertTeamMayWrite(ctx);
        const outcome: WriteOutcome =
          choice === 'mine'
            ? await writeContent(tx, ctx, a.userId, conflict.snapshot as SubmissionContent, parsedVersion.data)
            : { kind: 'saved', saved: { submissionId: conflict.submissionId, version: parsedVersion.data } };
        if (outcome.kind === 'saved') {
          await tx
            .update(submissionConflicts)
            .set({ resolvedAt: sql`statement_timestamp()` })
            .where(and(eq(submissionConflicts.id, conflictId), isNull(submissionConflicts.resolvedAt)));
          await writeAudit(tx, {
            actorId: a.userId,
            eventId: ctx.event.id,
            action: 'submission.conflict_resolved',
            entityType: 'submission',
            entityId: conflict.submissionId,
            data: { conflictId, choice },
          });
        }
        return outcome;
      });
    }),
  );
  return toSaveResult(result);
}
