import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { adoptions, prizeSplits, teamMembers } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { requireActor } from '@/lib/auth/guards';
import { writeAudit } from '@/lib/audit';
import { isCheckViolation, isUniqueViolation } from '@/lib/db-errors';
import { parseOrFail } from '@/lib/events/setup-access';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { linkPullRequestSchema, shareAmount } from '@/lib/validation/adoption';
import { loadAwardsOfTeam, requireAwardMember } from './awarded-team';

/** The award page of a team member: their team's awards in the event, or "not found" for everyone else. */
export async function getAwardPage(actor: Actor | null, slug: string) {
  return runDomain(async () => {
    const awards = await loadAwardsOfTeam(requireActor(actor), slug);
    if (awards.length === 0) throw new DomainFailure('not_found');
    return { event: awards[0]!.event, awards };
  });
}

/** Writes the adoption row of an award: inserts it when the form saw none (version 0), else updates it at `version`. */
export async function writeAdoption(tx: Tx, awardId: string, version: number, values: Partial<typeof adoptions.$inferInsert>) {
  if (version === 0) {
    try {
      const [row] = await tx.insert(adoptions).values({ awardId, ...values }).returning();
      return row!;
    } catch (error) {
      // Someone created it since the form was drawn: the form is stale.
      if (isUniqueViolation(error)) throw new DomainFailure('stale_version', { form: ['adoption.errors.stale'] });
      throw error;
    }
  }
  const [row] = await tx
    .update(adoptions)
    .set({ ...values, version: sql`${adoptions.version} + 1`, updatedAt: sql`statement_timestamp()` })
    .where(and(eq(adoptions.awardId, awardId), eq(adoptions.version, version)))
    .returning();
  if (!row) throw new DomainFailure('stale_version', { form: ['adoption.errors.stale'] });
  return row;
}

/*
 * A member of the winning team links the pull request into the city's repository. Linking moves a pending
 * adoption to pr_opened; a merged or waived adoption is settled and refuses new links.
 */
export async function linkPullRequest(actor: Actor | null, awardId: unknown, input: Record<string, unknown>): Promise<Result<{ version: number }>> {
  return runDomain(() =>
    db.transaction(async (tx) => {
      const { award, actor: a } = await requireAwardMember(actor, awardId, tx, { lock: true });
      const data = parseOrFail(linkPullRequestSchema, input);
      const [before] = await tx.select().from(adoptions).where(eq(adoptions.awardId, award.id)).limit(1);
      if (before && (before.status === 'merged' || before.status === 'waived')) {
        throw new DomainFailure('conflict', { pullRequestUrl: ['adoption.errors.settled'] });
      }
      const status = !before || before.status === 'pending' ? 'pr_opened' : before.status;
      const row = await writeAdoption(tx, award.id, data.version, { pullRequestUrl: data.pullRequestUrl, status });
      await writeAudit(tx, {
        actorId: a.userId,
        eventId: award.eventId,
        action: 'adoption.pr_linked',
        entityType: 'adoption',
        entityId: row.id,
        data: { before: before ? { pullRequestUrl: before.pullRequestUrl, status: before.status } : null, after: { pullRequestUrl: row.pullRequestUrl, status: row.status } },
      });
      return { version: row.version };
    }),
  );
}

/*
 * The captain declares how the prize is split: whole NT$ per member, summing to the prize amount. The award
 * row is locked FOR UPDATE so two declarations serialise; the rows are replaced as a whole and the deferred
 * trigger prize_splits_sum_matches_prize re-checks the sum and the membership at commit. Members see the
 * split; only the captain may change it. No bank details are asked for or kept.
 */
export async function declareSplit(actor: Actor | null, awardId: unknown, input: Record<string, unknown>): Promise<Result<{ total: number }>> {
  return runDomain(async () => {
    try {
      return await db.transaction(async (tx) => {
        const ctx = await requireAwardMember(actor, awardId, tx, { lock: true });
        if (!ctx.isCaptain) throw new DomainFailure('forbidden', { form: ['adoption.errors.captainOnly'] });
        if (ctx.amount === null || ctx.amount <= 0) throw new DomainFailure('conflict', { form: ['adoption.errors.noPrizeMoney'] });
        const members = await tx.select({ userId: teamMembers.userId }).from(teamMembers).where(eq(teamMembers.teamId, ctx.teamId));
        const fieldErrors: Record<string, string[]> = {};
        const shares = members.map((m) => {
          const parsed = shareAmount.safeParse(input[`share_${m.userId}`] ?? '');
          if (!parsed.success) fieldErrors[`share_${m.userId}`] = ['adoption.errors.shareInvalid'];
          return { userId: m.userId, amount: parsed.success ? parsed.data : 0 };
        });
        if (Object.keys(fieldErrors).length > 0) throw new DomainFailure('validation', fieldErrors);
        const total = shares.reduce((sum, s) => sum + s.amount, 0);
        if (total !== ctx.amount) throw new DomainFailure('validation', { split: ['adoption.errors.splitSum'] });
        const before = await tx.select({ userId: prizeSplits.userId, amount: prizeSplits.amount }).from(prizeSplits).where(eq(prizeSplits.awardId, ctx.award.id));
        await tx.delete(prizeSplits).where(eq(prizeSplits.awardId, ctx.award.id));
        await tx.insert(prizeSplits).values(shares.map((s) => ({ awardId: ctx.award.id, userId: s.userId, amount: s.amount, declaredBy: ctx.actor.userId })));
        await writeAudit(tx, {
          actorId: ctx.actor.userId,
          eventId: ctx.award.eventId,
          action: 'prize_split.declared',
          entityType: 'award',
          entityId: ctx.award.id,
          data: { before: Object.fromEntries(before.map((s) => [s.userId, s.amount])), after: Object.fromEntries(shares.map((s) => [s.userId, s.amount])) },
        });
        return { total };
      });
    } catch (error) {
      // The commit-time trigger: a member left the team or the prize amount changed under us.
      if (isCheckViolation(error)) throw new DomainFailure('conflict', { split: ['adoption.errors.splitSum'] });
      throw error;
    }
  });
}
