import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { eventBanners, eventRoles, events } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { detectImageType } from '@/lib/submissions/magic-bytes';
import { fieldErrorsOf } from '@/lib/validation/auth';
import { bannerAltSchema, MAX_BANNER_BYTES } from '@/lib/validation/event-banner';
import { requireManagedEvent } from './setup-access';

export type BannerInput = { altZh: unknown; altEn: unknown; decorative: unknown; file: Blob | null };
export type BannerInfo = { sha256: string; altZh: string; altEn: string };

/*
 * The event's banner image. The type is read from the bytes (lib/submissions/magic-bytes), never from the
 * client's name or declared type. Replacing is one upsert on the unique event_id, so two organizers
 * uploading at once leave exactly one banner (the later one) rather than a unique-violation.
 */
export async function setEventBanner(actor: Actor | null, eventId: string, input: BannerInput): Promise<Result<{ sha256: string }>> {
  return runDomain(async () => {
    // Permission first: a non-organizer learns nothing about the file checks or the event.
    await requireManagedEvent(actor, { id: eventId });
    const meta = bannerAltSchema.safeParse({
      altZh: typeof input.altZh === 'string' ? input.altZh : undefined,
      altEn: typeof input.altEn === 'string' ? input.altEn : undefined,
      decorative: typeof input.decorative === 'string' ? input.decorative : undefined,
    });
    const fieldErrors: Record<string, string[]> = meta.success ? {} : (fieldErrorsOf(meta.error) as Record<string, string[]>);
    const file = input.file;
    let bytes: Buffer | null = null;
    if (!file || file.size === 0) fieldErrors.file = ['eventSetup.banner.errors.fileRequired'];
    else if (file.size > MAX_BANNER_BYTES) fieldErrors.file = ['eventSetup.banner.errors.fileTooLarge'];
    else {
      bytes = Buffer.from(await file.arrayBuffer());
      if (!detectImageType(bytes)) fieldErrors.file = ['eventSetup.banner.errors.fileTypeInvalid'];
    }
    if (!meta.success || !bytes || Object.keys(fieldErrors).length) throw new DomainFailure('validation', fieldErrors);
    const contentType = detectImageType(bytes)!;
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const { altZh, altEn } = meta.data;

    return db.transaction(async (tx) => {
      const event = await requireManagedEvent(actor, { id: eventId }, tx, { lock: true });
      const values = { contentType, byteSize: bytes.length, sha256, data: bytes, altZh, altEn, createdBy: actor!.userId };
      await tx
        .insert(eventBanners)
        .values({ eventId: event.id, ...values })
        .onConflictDoUpdate({ target: eventBanners.eventId, set: { ...values, createdAt: sql`now()` } });
      await writeAudit(tx, {
        actorId: actor!.userId,
        eventId: event.id,
        action: 'event.banner_set',
        entityType: 'event',
        entityId: event.id,
        data: { contentType, byteSize: bytes.length, sha256, altZh, altEn },
      });
      return { sha256 };
    });
  });
}

export async function removeEventBanner(actor: Actor | null, eventId: string): Promise<Result<{ removed: boolean }>> {
  return runDomain(() =>
    db.transaction(async (tx) => {
      const event = await requireManagedEvent(actor, { id: eventId }, tx, { lock: true });
      const deleted = await tx.delete(eventBanners).where(eq(eventBanners.eventId, event.id)).returning({ sha256: eventBanners.sha256 });
      if (deleted.length === 0) throw new DomainFailure('not_found');
      await writeAudit(tx, {
        actorId: actor!.userId,
        eventId: event.id,
        action: 'event.banner_removed',
        entityType: 'event',
        entityId: event.id,
        data: { sha256: deleted[0]!.sha256 },
      });
      return { removed: true };
    }),
  );
}

/** The banner's alt texts and hash (no bytes) for a page that already decided the event may be shown. */
export async function getBannerInfo(eventId: string): Promise<BannerInfo | null> {
  const [row] = await db
    .select({ sha256: eventBanners.sha256, altZh: eventBanners.altZh, altEn: eventBanners.altEn })
    .from(eventBanners)
    .where(eq(eventBanners.eventId, eventId));
  return row ?? null;
}

export type ServedBanner = { contentType: string; sha256: string; data: Buffer; isPublic: boolean };

/**
 * The bytes for the route, or null (404) when the caller may not see them: a published event's banner is
 * anyone's; a draft's only its organizers' and site admins', so a draft's existence does not leak.
 */
export async function getBannerForViewer(actor: Actor | null, slug: string): Promise<ServedBanner | null> {
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) return null;
  const [row] = await db
    .select({
      contentType: eventBanners.contentType,
      sha256: eventBanners.sha256,
      data: eventBanners.data,
      eventId: events.id,
      isPublished: events.isPublished,
    })
    .from(eventBanners)
    .innerJoin(events, eq(events.id, eventBanners.eventId))
    .where(eq(events.slug, slug));
  if (!row) return null;
  const served = { contentType: row.contentType, sha256: row.sha256, data: row.data, isPublic: row.isPublished };
  if (row.isPublished) return served;
  if (!actor) return null;
  if (actor.isSiteAdmin) return served;
  const [role] = await db
    .select({ id: eventRoles.id })
    .from(eventRoles)
    .where(and(eq(eventRoles.eventId, row.eventId), eq(eventRoles.userId, actor.userId), eq(eventRoles.role, 'organizer'), isNull(eventRoles.revokedAt)));
  return role ? served : null;
}
