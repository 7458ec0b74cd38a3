import 'server-only';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { adoptionFollowups, adoptions, awards, prizes, submissions, teams } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit';
import { isCheckViolation } from '@/lib/db-errors';
import { isUuid, parseOrFail, requireManagedEvent } from '@/lib/events/setup-access';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { zonedLocalToInstant } from '@/lib/time/zoned-time';
import { adoptionUpdateSchema, followupSchema } from '@/lib/validation/adoption';
import { writeAdoption } from './team';

/*
 * Lateness is derived, never stored: an adoption is overdue while its due date has passed on the DATABASE's
 * clock and it is neither merged nor waived. A stored "overdue" flag would be wrong the minute after it was
 * written (and right again after an extension), so the status column never holds it.
 */
const isOverdueSql = sql<boolean>`coalesce(${adoptions.dueAt} < statement_timestamp() and ${adoptions.mergedAt} is null and ${adoptions.status} <> 'waived', false)`;

/** Every award of the event with its adoption (or none yet), lateness and follow-ups, for the organizer. */
export async function listAdoptions(actor: Actor | null, slug: string) {
  return runDomain(async () => {
    const event = await requireManagedEvent(actor, { slug });
    const rows = await db
      .select({
        award: awards,
        teamName: teams.name,
        projectTitle: submissions.title,
        amount: prizes.amount,
        prizePosition: prizes.position,
        adoption: adoptions,
        isOverdue: isOverdueSql,
      })
      .from(awards)
      .innerJoin(submissions, eq(submissions.id, awards.submissionId))
      .innerJoin(teams, eq(teams.id, submissions.teamId))
      .leftJoin(prizes, eq(prizes.id, awards.prizeId))
      .leftJoin(adoptions, eq(adoptions.awardId, awards.id))
      .where(eq(awards.eventId, event.id))
      .orderBy(asc(prizes.position), asc(awards.placement), asc(awards.id));
    const adoptionIds = rows.flatMap((r) => (r.adoption ? [r.adoption.id] : []));
    const followups = adoptionIds.length
      ? await db.select().from(adoptionFollowups).where(inArray(adoptionFollowups.adoptionId, adoptionIds)).orderBy(desc(adoptionFollowups.happenedOn), desc(adoptionFollowups.createdAt))
      : [];
    return { event, rows: rows.map((r) => ({ ...r, followups: followups.filter((f) => f.adoptionId === r.adoption?.id) })) };
  });
}

/** The award, only if the actor manages its event (another event's organizer gets "not found"). */
async function managedAward(tx: Parameters<Parameters<typeof db.transaction>[0]>[0], actor: Actor | null, awardId: unknown) {
  if (!isUuid(awardId)) throw new DomainFailure('not_found');
  const [award] = await tx.select().from(awards).where(eq(awards.id, awardId)).limit(1);
  if (!award) throw new DomainFailure('not_found');
  const event = await requireManagedEvent(actor, { id: award.eventId }, tx);
  return { award, event };
}

/*
 * The organizer's edit of one adoption: due date, target repository, PR link, review status, merge time,
 * note. Status "merged" without a typed merge time takes the DB clock; any other status clears merged_at,
 * which the adoptions_paid_after_merge check refuses once the prize was paid (money cannot be un-merged).
 */
export async function updateAdoption(actor: Actor | null, awardId: unknown, input: Record<string, unknown>): Promise<Result<{ version: number }>> {
  return runDomain(async () => {
    try {
      return await db.transaction(async (tx) => {
        const { award, event } = await managedAward(tx, actor, awardId);
        const data = parseOrFail(adoptionUpdateSchema, input);
        const fieldErrors: Record<string, string[]> = {};
        const dueAt = data.dueAt ? zonedLocalToInstant(data.dueAt, event.timeZone) : null;
        if (data.dueAt && !dueAt) fieldErrors.dueAt = ['adoption.errors.dateInvalid'];
        const typedMergedAt = data.mergedAt ? zonedLocalToInstant(data.mergedAt, event.timeZone) : null;
        if (data.mergedAt && !typedMergedAt) fieldErrors.mergedAt = ['adoption.errors.dateInvalid'];
        if (data.mergedAt && data.status !== 'merged') fieldErrors.mergedAt = ['adoption.errors.mergedNeedsStatus'];
        if (Object.keys(fieldErrors).length > 0) throw new DomainFailure('validation', fieldErrors);
        const [before] = await tx.select().from(adoptions).where(eq(adoptions.awardId, award.id)).limit(1);
        const mergedAt = data.status !== 'merged' ? null : (typedMergedAt ?? before?.mergedAt ?? sql`statement_timestamp()`);
        const row = await writeAdoption(tx, award.id, data.version, {
          dueAt,
          targetRepositoryUrl: data.targetRepositoryUrl,
          pullRequestUrl: data.pullRequestUrl || null,
          status: data.status,
          mergedAt: mergedAt as Date | null,
          note: data.note,
        });
        await writeAudit(tx, {
          actorId: actor!.userId,
          eventId: award.eventId,
          action: 'adoption.updated',
          entityType: 'adoption',
          entityId: row.id,
          data: { before: before ? pickAudited(before) : null, after: pickAudited(row) },
        });
        return { version: row.version };
      });
    } catch (error) {
      if (isCheckViolation(error, 'adoptions_paid_after_merge')) throw new DomainFailure('conflict', { status: ['adoption.errors.paidStaysMerged'] });
      throw error;
    }
  });
}

const pickAudited = (a: typeof adoptions.$inferSelect) => ({
  status: a.status,
  dueAt: a.dueAt,
  mergedAt: a.mergedAt,
  paidAt: a.paidAt,
  targetRepositoryUrl: a.targetRepositoryUrl,
  pullRequestUrl: a.pullRequestUrl,
  note: a.note,
});

/*
 * Prize money is paid only after the merge. The database decides (adoptions_paid_after_merge), not a read
 * before the write; the payment time is the DB clock. A waived adoption has no merge, so it is never paid.
 */
export async function markPaid(actor: Actor | null, awardId: unknown, input: Record<string, unknown>): Promise<Result<{ version: number }>> {
  return runDomain(async () => {
    try {
      return await db.transaction(async (tx) => {
        const { award } = await managedAward(tx, actor, awardId);
        const version = Number(input.version);
        const [before] = await tx.select().from(adoptions).where(eq(adoptions.awardId, award.id)).limit(1);
        if (!before) throw new DomainFailure('conflict', { form: ['adoption.errors.paidBeforeMerge'] });
        if (before.paidAt) throw new DomainFailure('conflict', { form: ['adoption.errors.alreadyPaid'] });
        const [row] = await tx
          .update(adoptions)
          .set({ paidAt: sql`statement_timestamp()`, version: sql`${adoptions.version} + 1`, updatedAt: sql`statement_timestamp()` })
          .where(and(eq(adoptions.id, before.id), eq(adoptions.version, Number.isInteger(version) ? version : -1)))
          .returning();
        if (!row) throw new DomainFailure('stale_version', { form: ['adoption.errors.stale'] });
        await writeAudit(tx, {
          actorId: actor!.userId,
          eventId: award.eventId,
          action: 'adoption.paid',
          entityType: 'adoption',
          entityId: row.id,
          data: { before: { paidAt: before.paidAt }, after: { paidAt: row.paidAt } },
        });
        return { version: row.version };
      });
    } catch (error) {
      if (isCheckViolation(error, 'adoptions_paid_after_merge')) throw new DomainFailure('conflict', { form: ['adoption.errors.paidBeforeMerge'] });
      throw error;
    }
  });
}

/** A later step of an adopted project: piloted, integrated into a city service, with link and day. */
export async function addFollowup(actor: Actor | null, awardId: unknown, input: Record<string, unknown>): Promise<Result<{ id: string }>> {
  return runDomain(() =>
    db.transaction(async (tx) => {
      const { award } = await managedAward(tx, actor, awardId);
      const data = parseOrFail(followupSchema, input);
      const [adoption] = await tx.select({ id: adoptions.id }).from(adoptions).where(eq(adoptions.awardId, award.id)).limit(1);
      if (!adoption) throw new DomainFailure('conflict', { form: ['adoption.errors.noAdoptionYet'] });
      const [row] = await tx.insert(adoptionFollowups).values({ adoptionId: adoption.id, ...data, recordedBy: actor!.userId }).returning();
      await writeAudit(tx, { actorId: actor!.userId, eventId: award.eventId, action: 'adoption.followup_added', entityType: 'adoption_followup', entityId: row!.id, data: { after: data } });
      return { id: row!.id };
    }),
  );
}
