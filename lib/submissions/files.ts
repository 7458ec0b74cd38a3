import 'server-only';
import { createHash } from 'node:crypto';
import { and, count, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { events, judgeAssignments, submissionFiles, submissions, teamMembers } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { requireActor } from '@/lib/auth/guards';
import { writeAudit } from '@/lib/audit';
import { isCheckViolation } from '@/lib/db-errors';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { fieldErrorsOf } from '@/lib/validation/auth';
import { fileUploadSchema, MAX_FILE_BYTES, MAX_SCREENSHOTS } from '@/lib/validation/submissions';
import { assertTeamMayWrite, isEventOrganizer, lockSubmissionForMember } from './context';
import { detectImageType } from './magic-bytes';

export type UploadInput = { kind: unknown; altText: unknown; file: Blob | null };
const isUuid = (value: string) => /^[0-9a-f-]{36}$/i.test(value);

/**
 * A cover or screenshot for the team's project. The type is read from the bytes (never the client's
 * declared type or name); the per-kind limits are counted with the submission row locked FOR UPDATE, so
 * two uploads at once cannot both take the last free place.
 */
export async function uploadSubmissionFile(actor: Actor | null, submissionId: string, input: UploadInput): Promise<Result<{ fileId: string }>> {
  return runDomain(async () => {
    const a = requireActor(actor);
    if (!isUuid(submissionId)) throw new DomainFailure('not_found');
    const meta = fileUploadSchema.safeParse({ kind: input.kind, altText: input.altText });
    const fieldErrors: Record<string, string[]> = meta.success ? {} : (fieldErrorsOf(meta.error) as Record<string, string[]>);
    const file = input.file;
    let bytes: Buffer | null = null;
    if (!file || file.size === 0) fieldErrors.file = ['submissions.errors.fileRequired'];
    else if (file.size > MAX_FILE_BYTES) fieldErrors.file = ['submissions.errors.fileTooLarge'];
    else {
      bytes = Buffer.from(await file.arrayBuffer());
      if (!detectImageType(bytes)) fieldErrors.file = ['submissions.errors.fileTypeInvalid'];
    }
    if (!meta.success || !bytes || Object.keys(fieldErrors).length) throw new DomainFailure('validation', fieldErrors);
    const contentType = detectImageType(bytes)!;
    const { kind, altText } = meta.data;

    try {
      return await db.transaction(async (tx) => {
        const ctx = await lockSubmissionForMember(tx, a.userId, submissionId);
        assertTeamMayWrite(ctx);
        await tx.select({ id: submissions.id }).from(submissions).where(eq(submissions.id, submissionId)).for('update');
        const [{ n } = { n: 0 }] = await tx
          .select({ n: count() })
          .from(submissionFiles)
          .where(and(eq(submissionFiles.submissionId, submissionId), eq(submissionFiles.kind, kind)));
        if (kind === 'cover' && n >= 1) throw new DomainFailure('validation', { file: ['submissions.errors.coverExists'] });
        if (kind === 'screenshot' && n >= MAX_SCREENSHOTS) {
          throw new DomainFailure('validation', { file: ['submissions.errors.tooManyScreenshots'] });
        }
        const sha256 = createHash('sha256').update(bytes).digest('hex');
        const [row] = await tx
          .insert(submissionFiles)
          .values({ submissionId, kind, contentType, byteSize: bytes.length, sha256, data: bytes, altText, position: n })
          .returning({ id: submissionFiles.id });
        await writeAudit(tx, {
          actorId: a.userId,
          eventId: ctx.event.id,
          action: 'submission.file_upload',
          entityType: 'submission_file',
          entityId: row!.id,
          data: { submissionId, kind, contentType, byteSize: bytes.length, sha256 },
        });
        return { fileId: row!.id };
      });
    } catch (error) {
      if (isCheckViolation(error, 'submission_files_deadline_passed')) throw new DomainFailure('deadline_passed');
      throw error;
    }
  });
}

export async function deleteSubmissionFile(actor: Actor | null, fileId: string): Promise<Result<{ fileId: string }>> {
  return runDomain(async () => {
    const a = requireActor(actor);
    if (!isUuid(fileId)) throw new DomainFailure('not_found');
    return db.transaction(async (tx) => {
      const [file] = await tx
        .select({ submissionId: submissionFiles.submissionId, kind: submissionFiles.kind })
        .from(submissionFiles)
        .where(eq(submissionFiles.id, fileId));
      if (!file) throw new DomainFailure('not_found');
      const ctx = await lockSubmissionForMember(tx, a.userId, file.submissionId);
      // Deleting is a change to the project too, so it closes with the deadline (checked by the DB clock).
      assertTeamMayWrite(ctx);
      await tx.select({ id: submissions.id }).from(submissions).where(eq(submissions.id, file.submissionId)).for('update');
      const deleted = await tx.delete(submissionFiles).where(eq(submissionFiles.id, fileId)).returning({ id: submissionFiles.id });
      if (deleted.length === 0) throw new DomainFailure('not_found');
      await writeAudit(tx, {
        actorId: a.userId,
        eventId: ctx.event.id,
        action: 'submission.file_delete',
        entityType: 'submission_file',
        entityId: fileId,
        data: { submissionId: file.submissionId, kind: file.kind },
      });
      return { fileId };
    });
  });
}

export type ServedFile = { contentType: string; sha256: string; data: Buffer; isPublic: boolean };

/**
 * The bytes of a file, or null when the caller may not see it (the route then answers 404, so a
 * project's existence does not leak). Submitted projects are public once the event's results are
 * published; before that only the team, the event's organizers and the judges assigned to the project.
 */
export async function getFileForViewer(actor: Actor | null, fileId: string): Promise<ServedFile | null> {
  if (!isUuid(fileId)) return null;
  const [row] = await db
    .select({
      contentType: submissionFiles.contentType,
      sha256: submissionFiles.sha256,
      data: submissionFiles.data,
      submissionId: submissions.id,
      teamId: submissions.teamId,
      eventId: submissions.eventId,
      isPublic: sql<boolean>`${events.isPublished} and ${submissions.status} = 'submitted'
        and ${events.resultsPublishedAt} is not null and ${events.resultsPublishedAt} <= statement_timestamp()`,
    })
    .from(submissionFiles)
    .innerJoin(submissions, eq(submissions.id, submissionFiles.submissionId))
    .innerJoin(events, eq(events.id, submissions.eventId))
    .where(eq(submissionFiles.id, fileId));
  if (!row) return null;
  const served = { contentType: row.contentType, sha256: row.sha256, data: row.data, isPublic: row.isPublic };
  if (row.isPublic) return served;
  if (!actor) return null;
  const [member] = await db
    .select({ userId: teamMembers.userId })
    .from(teamMembers)
    .where(and(eq(teamMembers.teamId, row.teamId), eq(teamMembers.userId, actor.userId)));
  if (member) return served;
  const [assigned] = await db
    .select({ id: judgeAssignments.id })
    .from(judgeAssignments)
    .where(and(eq(judgeAssignments.submissionId, row.submissionId), eq(judgeAssignments.judgeId, actor.userId)));
  if (assigned) return served;
  return (await isEventOrganizer(db, actor.userId, actor.isSiteAdmin, row.eventId)) ? served : null;
}
