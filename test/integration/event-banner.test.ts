import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, eventBanners, eventRoles } from '@/db/schema';
import { loadActor, type Actor } from '@/lib/auth/actor';
import { getBannerForViewer, getBannerInfo, removeEventBanner, setEventBanner } from '@/lib/events/banner';
import { MAX_BANNER_BYTES } from '@/lib/validation/event-banner';
import { insertEvent, insertUser } from './helpers/domain-rows';

/*
 * The event banner against the real database: the bytes decide the type, size and alt text are refused
 * beside their fields, replace is an upsert, remove, and who may upload or see a draft's banner.
 */
const actorOf = async (user: { id: string }) => (await loadActor(user.id)) as Actor;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const GIF = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1');
const blob = (bytes: Buffer, type = 'image/png') => new Blob([new Uint8Array(bytes)], { type });
const alts = { altZh: '城市夜景', altEn: 'The city at night', decorative: undefined };

async function eventWithOrganizer(isPublished: boolean) {
  const event = await insertEvent({ isPublished });
  const user = await insertUser();
  await db.insert(eventRoles).values({ eventId: event.id, userId: user.id, role: 'organizer' });
  return { event, organizer: await actorOf(user) };
}

describe('event banner', () => {
  it('stores a PNG typed by its bytes with both alt texts and an audit row; the public route serves it', async () => {
    const { event, organizer } = await eventWithOrganizer(true);
    const result = await setEventBanner(organizer, event.id, { ...alts, file: blob(PNG, 'text/plain') });
    expect(result.ok).toBe(true);
    const [row] = await db.select().from(eventBanners).where(eq(eventBanners.eventId, event.id));
    expect(row).toMatchObject({ contentType: 'image/png', byteSize: PNG.length, altZh: '城市夜景', altEn: 'The city at night', createdBy: organizer.userId });
    expect(Buffer.from(row!.data).equals(PNG)).toBe(true);
    expect(await db.select().from(auditLog).where(eq(auditLog.action, 'event.banner_set'))).toHaveLength(1);
    const served = await getBannerForViewer(null, event.slug);
    expect(served).toMatchObject({ contentType: 'image/png', isPublic: true });
    expect(served!.sha256).toBe(row!.sha256);
  });

  it('refuses a non-image, an oversize file and missing alt text beside their fields; decorative needs no alt', async () => {
    const { event, organizer } = await eventWithOrganizer(true);
    expect(await setEventBanner(organizer, event.id, { ...alts, file: blob(Buffer.from('<svg onload=alert(1)>'), 'image/png') })).toEqual({
      ok: false,
      error: { code: 'validation', fieldErrors: { file: ['eventSetup.banner.errors.fileTypeInvalid'] } },
    });
    const huge = Buffer.concat([PNG, Buffer.alloc(MAX_BANNER_BYTES + 1 - PNG.length)]);
    expect(await setEventBanner(organizer, event.id, { ...alts, file: blob(huge) })).toEqual({
      ok: false,
      error: { code: 'validation', fieldErrors: { file: ['eventSetup.banner.errors.fileTooLarge'] } },
    });
    expect(await setEventBanner(organizer, event.id, { altZh: '夜景', altEn: ' ', decorative: undefined, file: blob(PNG) })).toEqual({
      ok: false,
      error: { code: 'validation', fieldErrors: { altEn: ['eventSetup.banner.errors.altRequired'] } },
    });
    expect(await setEventBanner(organizer, event.id, { altZh: '夜景', altEn: 'x', decorative: undefined, file: null })).toEqual({
      ok: false,
      error: { code: 'validation', fieldErrors: { file: ['eventSetup.banner.errors.fileRequired'] } },
    });
    expect(await db.select().from(eventBanners).where(eq(eventBanners.eventId, event.id))).toHaveLength(0);
    expect((await setEventBanner(organizer, event.id, { altZh: 'ignored', altEn: '', decorative: 'on', file: blob(PNG) })).ok).toBe(true);
    expect(await getBannerInfo(event.id)).toMatchObject({ altZh: '', altEn: '' });
  });

  it('replaces the banner in place (one row per event) and removes it, each audited', async () => {
    const { event, organizer } = await eventWithOrganizer(true);
    const first = await setEventBanner(organizer, event.id, { ...alts, file: blob(PNG) });
    const second = await setEventBanner(organizer, event.id, { altZh: '會場', altEn: 'The venue', decorative: undefined, file: blob(GIF, 'image/gif') });
    expect(first.ok && second.ok && first.data.sha256 !== second.data.sha256).toBe(true);
    const rows = await db.select().from(eventBanners).where(eq(eventBanners.eventId, event.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ contentType: 'image/gif', altZh: '會場', altEn: 'The venue' });
    expect(await removeEventBanner(organizer, event.id)).toEqual({ ok: true, data: { removed: true } });
    expect(await getBannerInfo(event.id)).toBeNull();
    expect(await getBannerForViewer(null, event.slug)).toBeNull();
    expect(await removeEventBanner(organizer, event.id)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await db.select().from(auditLog).where(eq(auditLog.action, 'event.banner_removed'))).toHaveLength(1);
  });

  it('refuses a participant and an anonymous caller, before looking at the file', async () => {
    const { event } = await eventWithOrganizer(true);
    const stranger = await actorOf(await insertUser());
    const refused = await setEventBanner(stranger, event.id, { ...alts, file: blob(Buffer.from('not an image')) });
    expect(refused.ok).toBe(false);
    expect(refused.ok ? null : refused.error.code).toMatch(/^(forbidden|not_found)$/);
    expect((await setEventBanner(null, event.id, { ...alts, file: blob(PNG) })).ok).toBe(false);
    expect((await removeEventBanner(stranger, event.id)).ok).toBe(false);
    expect(await db.select().from(eventBanners).where(eq(eventBanners.eventId, event.id))).toHaveLength(0);
  });

  it("serves an unpublished event's banner only to its organizers and site admins (404 for anyone else)", async () => {
    const { event, organizer } = await eventWithOrganizer(false);
    expect((await setEventBanner(organizer, event.id, { ...alts, file: blob(PNG) })).ok).toBe(true);
    expect(await getBannerForViewer(null, event.slug)).toBeNull();
    expect(await getBannerForViewer(await actorOf(await insertUser()), event.slug)).toBeNull();
    expect(await getBannerForViewer(organizer, event.slug)).toMatchObject({ isPublic: false });
    expect(await getBannerForViewer(await actorOf(await insertUser({ isSiteAdmin: true })), event.slug)).toMatchObject({ isPublic: false });
  });
});
