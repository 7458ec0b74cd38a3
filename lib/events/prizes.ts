import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { prizes, tracks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit';
import { isForeignKeyViolation } from '@/lib/db-errors';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { prizeSchema } from '@/lib/validation/events';
import { isUuid, parseOrFail, requireManagedEvent } from './setup-access';

/*
 * Prizes: overall (no track) or for one track, with an amount in NT$ or a description, and how many are
 * given. The (track, event) foreign key makes a prize pointing at ANOTHER event's track impossible; the
 * refusal comes back as a field error on the track select.
 */
export async function listPrizes(actor: Actor | null, slug: string) {
  return runDomain(async () => {
    const event = await requireManagedEvent(actor, { slug });
    const [prizeRows, trackRows] = await Promise.all([
      db.select().from(prizes).where(eq(prizes.eventId, event.id)).orderBy(asc(prizes.position), sql`${prizes.trackId} is not null`, asc(prizes.createdAt)),
      db.select({ id: tracks.id, nameZh: tracks.nameZh, nameEn: tracks.nameEn }).from(tracks).where(eq(tracks.eventId, event.id)).orderBy(asc(tracks.position)),
    ]);
    return { event, prizes: prizeRows, tracks: trackRows };
  });
}

async function writing<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isForeignKeyViolation(error, 'prizes_track_event_fk')) throw new DomainFailure('validation', { trackId: ['eventSetup.errors.trackInvalid'] });
    throw error;
  }
}

export async function createPrize(actor: Actor | null, eventId: string, input: Record<string, unknown>): Promise<Result<{ id: string }>> {
  return runDomain(async () => {
    const data = parseOrFail(prizeSchema, input);
    if (data.trackId !== null && !isUuid(data.trackId)) throw new DomainFailure('validation', { trackId: ['eventSetup.errors.trackInvalid'] });
    return writing(() =>
      db.transaction(async (tx) => {
        const event = await requireManagedEvent(actor, { id: eventId }, tx);
        const [row] = await tx.insert(prizes).values({ ...data, eventId: event.id }).returning({ id: prizes.id });
        await writeAudit(tx, { actorId: actor!.userId, eventId: event.id, action: 'prize.created', entityType: 'prize', entityId: row!.id, data });
        return row!;
      }),
    );
  });
}

export async function updatePrize(actor: Actor | null, prizeId: unknown, input: Record<string, unknown>): Promise<Result<{ id: string }>> {
  return runDomain(async () => {
    const data = parseOrFail(prizeSchema, input);
    if (data.trackId !== null && !isUuid(data.trackId)) throw new DomainFailure('validation', { trackId: ['eventSetup.errors.trackInvalid'] });
    return writing(() =>
      db.transaction(async (tx) => {
        const prize = await managedPrize(tx, actor, prizeId);
        await tx.update(prizes).set(data).where(eq(prizes.id, prize.id));
        await writeAudit(tx, { actorId: actor!.userId, eventId: prize.eventId, action: 'prize.updated', entityType: 'prize', entityId: prize.id, data: { before: prize, after: data } });
        return { id: prize.id };
      }),
    );
  });
}

export async function deletePrize(actor: Actor | null, prizeId: unknown): Promise<Result<{ id: string }>> {
  return runDomain(() =>
    db.transaction(async (tx) => {
      const prize = await managedPrize(tx, actor, prizeId);
      await tx.delete(prizes).where(eq(prizes.id, prize.id));
      await writeAudit(tx, { actorId: actor!.userId, eventId: prize.eventId, action: 'prize.deleted', entityType: 'prize', entityId: prize.id, data: { before: prize } });
      return { id: prize.id };
    }),
  );
}

async function managedPrize(tx: Tx, actor: Actor | null, prizeId: unknown) {
  if (!isUuid(prizeId)) throw new DomainFailure('not_found');
  const [prize] = await tx.select().from(prizes).where(eq(prizes.id, prizeId)).limit(1);
  if (!prize) throw new DomainFailure('not_found');
  await requireManagedEvent(actor, { id: prize.eventId }, tx);
  return prize;
}
