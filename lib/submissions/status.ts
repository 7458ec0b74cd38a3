import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { submissionRevisions, submissions } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { requireActor } from '@/lib/auth/guards';
import { writeAudit } from '@/lib/audit';
import { isCheckViolation } from '@/lib/db-errors';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { submissionCompleteness, versionSchema } from '@/lib/validation/submissions';
import { assertTeamMayWrite, loadComplianceItemIds, loadSubmissionQuestions, lockSubmissionForMember } from './context';

export type StatusChange = { submissionId: string; version: number; status: 'draft' | 'submitted' };

/**
 * Submitting is what puts a project in front of the judges, so it asks more than a save: the team has
 * at least the event's minimum number of members, every required question is answered and every
 * checklist item is confirmed. A submitted project stays editable (and can go back to draft) until the
 * deadline; both moves bump the version, so a page showing the old status cannot silently undo them.
 */
async function changeStatus(actor: Actor | null, submissionId: string, version: unknown, to: 'draft' | 'submitted'): Promise<Result<StatusChange>> {
  return runDomain(async () => {
    const a = requireActor(actor);
    const v = versionSchema.safeParse(version);
    if (!v.success || !/^[0-9a-f-]{36}$/i.test(submissionId)) throw new DomainFailure('not_found');
    try {
      return await db.transaction(async (tx) => {
        const ctx = await lockSubmissionForMember(tx, a.userId, submissionId);
        assertTeamMayWrite(ctx);
        const [current] = await tx.select().from(submissions).where(eq(submissions.id, submissionId));
        if (!current || current.version !== v.data) throw new DomainFailure('stale_version');
        if (to === 'submitted') {
          if (ctx.memberCount < ctx.event.teamSizeMin) {
            throw new DomainFailure('validation', { team: ['submissions.errors.teamTooSmall'] });
          }
          const missing = submissionCompleteness(
            await loadSubmissionQuestions(tx, ctx.event.id),
            current.answers,
            await loadComplianceItemIds(tx, ctx.event.id),
            current.compliance,
          );
          if (Object.keys(missing).length) throw new DomainFailure('validation', missing);
        }
        const [changed] = await tx
          .update(submissions)
          .set({
            status: to,
            submittedAt: to === 'submitted' ? sql`statement_timestamp()` : null,
            version: sql`${submissions.version} + 1`,
            updatedBy: a.userId,
            updatedAt: sql`statement_timestamp()`,
          })
          .where(and(eq(submissions.id, submissionId), eq(submissions.version, v.data)))
          .returning({ version: submissions.version });
        if (!changed) throw new DomainFailure('stale_version');
        const { id: _id, teamId: _t, eventId: _e, slug: _s, version: _v, updatedBy: _u, createdAt: _c, updatedAt: _a, submittedAt: _at, ...content } = current;
        await tx.insert(submissionRevisions).values({
          submissionId,
          version: changed.version,
          snapshot: { ...content, status: to },
          editedBy: a.userId,
        });
        await writeAudit(tx, {
          actorId: a.userId,
          eventId: ctx.event.id,
          action: to === 'submitted' ? 'submission.submit' : 'submission.unsubmit',
          entityType: 'submission',
          entityId: submissionId,
          data: { version: changed.version },
        });
        return { submissionId, version: changed.version, status: to };
      });
    } catch (error) {
      if (isCheckViolation(error, 'submissions_deadline_passed')) throw new DomainFailure('deadline_passed');
      throw error;
    }
  });
}

export const submitProject = (actor: Actor | null, submissionId: string, version: unknown) =>
  changeStatus(actor, submissionId, version, 'submitted');

export const unsubmitProject = (actor: Actor | null, submissionId: string, version: unknown) =>
  changeStatus(actor, submissionId, version, 'draft');
