import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { revalidateTag } from 'next/cache';
import { db, type DbOrTx } from '@/db/client';
import { awards, events, prizes, submissions } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit';
import { cacheTags } from '@/lib/cache-tags';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { zonedLocalToInstant } from '@/lib/time/zoned-time';
import { fieldErrorsOf } from '@/lib/validation/auth';
import { publishSchema, unpublishSchema } from '@/lib/validation/results';
import { requirePublisher } from './access';

/*
 * Publishing results is one transaction: the event row is locked, the awards are checked (there are some,
 * every winner is a submitted project, no prize has more places than it gives), results_published_at is
 * set, and the audit row is written. A failure anywhere leaves nothing published.
 *
 * Scheduling stores a future time in the same column: "published" means results_published_at <= the DB's
 * now() (lib/results/visibility.ts), so the results appear by themselves at that instant with no cron job.
 * Cached public readers must not outlive that instant: they bound their lifetime with secondsUntilVisible
 * and are tagged cacheTags.eventResults, which publish/unpublish expire right after the commit.
 */
async function checkAwards(tx: DbOrTx, eventId: string): Promise<void> {
  const [counts] = await tx
    .select({
      total: sql<number>`count(*)::int`,
      notSubmitted: sql<number>`count(*) filter (where ${submissions.status} <> 'submitted')::int`,
      overCount: sql<number>`count(*) filter (where ${awards.placement} > ${prizes.count})::int`,
    })
    .from(awards)
    .innerJoin(submissions, eq(submissions.id, awards.submissionId))
    .leftJoin(prizes, eq(prizes.id, awards.prizeId))
    .where(eq(awards.eventId, eventId));
  if (!counts || counts.total === 0) throw new DomainFailure('validation', { form: ['results.errors.noAwards'] });
  if (counts.notSubmitted > 0 || counts.overCount > 0) throw new DomainFailure('validation', { form: ['results.errors.awardsInvalid'] });
}

function expireResultsCaches(eventId: string) {
  revalidateTag(cacheTags.eventResults(eventId), { expire: 0 });
  revalidateTag(cacheTags.showcase, { expire: 0 });
}

export async function publishResults(actor: Actor | null, eventId: string, input: Record<string, unknown>): Promise<Result<{ publishedAt: Date }>> {
  return runDomain(async () => {
    const parsed = publishSchema.safeParse(input);
    if (!parsed.success) throw new DomainFailure('validation', fieldErrorsOf(parsed.error));
    const data = parsed.data;
    const publishedAt = await db.transaction(async (tx) => {
      const event = await requirePublisher(actor, { id: eventId }, tx, { lock: true });
      if (event.resultsPublishedAt !== null) throw new DomainFailure('conflict', { form: ['results.errors.alreadyPublished'] });
      let at: Date | null = null;
      if (data.mode === 'schedule') {
        at = zonedLocalToInstant(data.at, event.timeZone);
        if (!at) throw new DomainFailure('validation', { at: ['results.errors.dateInvalid'] });
      }
      // The row is updated first and the awards checked after on purpose: the transaction, not the order
      // of statements, is what keeps a failed publish from leaving the event published.
      const [row] = await tx
        .update(events)
        .set({ resultsPublishedAt: at ?? sql`statement_timestamp()`, updatedAt: sql`now()` })
        .where(and(eq(events.id, event.id), at ? sql`${at.toISOString()}::timestamptz > statement_timestamp()` : undefined))
        .returning({ publishedAt: events.resultsPublishedAt });
      if (!row) throw new DomainFailure('validation', { at: ['results.errors.scheduleInPast'] });
      await checkAwards(tx, event.id);
      await writeAudit(tx, {
        actorId: actor!.userId,
        eventId: event.id,
        action: at ? 'results.scheduled' : 'results.published',
        entityType: 'event',
        entityId: event.id,
        data: { publishedAt: row.publishedAt },
      });
      return row.publishedAt!;
    });
    expireResultsCaches(eventId);
    return { publishedAt };
  });
}

/** Takes results (or a scheduled publication) back down; the reason is required and kept in the audit log. */
export async function unpublishResults(actor: Actor | null, eventId: string, input: Record<string, unknown>): Promise<Result<{ eventId: string }>> {
  return runDomain(async () => {
    const parsed = unpublishSchema.safeParse(input);
    if (!parsed.success) throw new DomainFailure('validation', fieldErrorsOf(parsed.error));
    await db.transaction(async (tx) => {
      const event = await requirePublisher(actor, { id: eventId }, tx, { lock: true });
      if (event.resultsPublishedAt === null) throw new DomainFailure('conflict', { form: ['results.errors.notPublished'] });
      await tx.update(events).set({ resultsPublishedAt: null, updatedAt: sql`now()` }).where(eq(events.id, event.id));
      await writeAudit(tx, {
        actorId: actor!.userId,
        eventId: event.id,
        action: 'results.unpublished',
        entityType: 'event',
        entityId: event.id,
        data: { reason: parsed.data.reason, wasPublishedAt: event.resultsPublishedAt },
      });
    });
    expireResultsCaches(eventId);
    return { eventId };
  });
}
