import 'server-only';
import { and, asc, eq, like } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { tracks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit';
import { isForeignKeyViolation } from '@/lib/db-errors';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { trackSchema } from '@/lib/validation/events';
import { isUuid, parseOrFail, requireManagedEvent } from './setup-access';

/*
 * Challenge topics. Each is proposed by a city department and lists the open datasets it builds on. The
 * URL slug is derived from the name; the event row is locked while choosing it, so two organizers adding
 * "Transport" at once get transport and transport-2 rather than a unique-violation.
 */
export async function listTracks(actor: Actor | null, slug: string) {
  return runDomain(async () => {
    const event = await requireManagedEvent(actor, { slug });
    const rows = await db.select().from(tracks).where(eq(tracks.eventId, event.id)).orderBy(asc(tracks.position), asc(tracks.createdAt));
    return { event, tracks: rows };
  });
}

function slugBase(nameEn: string, nameZh: string): string {
  const base = nameEn.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 50);
  // A Chinese-only name has no Latin letters to slug: the topic is still reachable as track, track-2 ...
  void nameZh;
  return base || 'track';
}

async function freeSlug(tx: Tx, eventId: string, base: string): Promise<string> {
  const taken = new Set((await tx.select({ slug: tracks.slug }).from(tracks).where(and(eq(tracks.eventId, eventId), like(tracks.slug, `${base}%`)))).map((r) => r.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export async function createTrack(actor: Actor | null, eventId: string, input: Record<string, unknown>): Promise<Result<{ id: string }>> {
  return runDomain(() =>
    db.transaction(async (tx) => {
      const event = await requireManagedEvent(actor, { id: eventId }, tx, { lock: true });
      const { datasets, ...data } = parseOrFail(trackSchema, input);
      const slug = await freeSlug(tx, event.id, slugBase(data.nameEn, data.nameZh));
      const [row] = await tx.insert(tracks).values({ ...data, datasetLinks: datasets, slug, eventId: event.id }).returning({ id: tracks.id });
      await writeAudit(tx, { actorId: actor!.userId, eventId: event.id, action: 'track.created', entityType: 'track', entityId: row!.id, data: { ...data, datasets, slug } });
      return row!;
    }),
  );
}

export async function updateTrack(actor: Actor | null, trackId: unknown, input: Record<string, unknown>): Promise<Result<{ id: string }>> {
  return runDomain(() =>
    db.transaction(async (tx) => {
      const track = await managedTrack(tx, actor, trackId);
      const { datasets, ...data } = parseOrFail(trackSchema, input);
      await tx.update(tracks).set({ ...data, datasetLinks: datasets }).where(eq(tracks.id, track.id));
      await writeAudit(tx, {
        actorId: actor!.userId,
        eventId: track.eventId,
        action: 'track.updated',
        entityType: 'track',
        entityId: track.id,
        data: { before: track, after: { ...data, datasetLinks: datasets } },
      });
      return { id: track.id };
    }),
  );
}

/** Deleting a track also deletes its track prizes (FK cascade); one that teams or projects chose is refused (FK restrict). */
export async function deleteTrack(actor: Actor | null, trackId: unknown): Promise<Result<{ id: string }>> {
  return runDomain(() =>
    db.transaction(async (tx) => {
      const track = await managedTrack(tx, actor, trackId);
      try {
        await tx.delete(tracks).where(eq(tracks.id, track.id));
      } catch (error) {
        if (isForeignKeyViolation(error)) throw new DomainFailure('conflict', { form: ['eventSetup.errors.trackInUse'] });
        throw error;
      }
      await writeAudit(tx, { actorId: actor!.userId, eventId: track.eventId, action: 'track.deleted', entityType: 'track', entityId: track.id, data: { before: track } });
      return { id: track.id };
    }),
  );
}

async function managedTrack(tx: Tx, actor: Actor | null, trackId: unknown) {
  if (!isUuid(trackId)) throw new DomainFailure('not_found');
  const [track] = await tx.select().from(tracks).where(eq(tracks.id, trackId)).limit(1);
  if (!track) throw new DomainFailure('not_found');
  await requireManagedEvent(actor, { id: track.eventId }, tx, { lock: true });
  return track;
}
