import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { eventRoles, tracks } from '@/db/schema';
import { loadActor, type Actor } from '@/lib/auth/actor';
import { createTrack } from '@/lib/events/tracks';
import { insertEvent, insertUser } from './helpers/domain-rows';

/*
 * Every text field lets a NUL through validation (test/unit/hostile-schemas found it), and Postgres refuses
 * to store one. The write must come back as an expected failure the form can show, not a 500, and store nothing.
 */
describe('text Postgres cannot store', () => {
  it('is refused as invalid_text, with nothing written', async () => {
    const event = await insertEvent({ isPublished: false });
    const organizer = await insertUser();
    await db.insert(eventRoles).values({ eventId: event.id, userId: organizer.id, role: 'organizer' });
    const actor = (await loadActor(organizer.id)) as Actor;

    const result = await createTrack(actor, event.id, { nameZh: '交通\u0000', nameEn: 'Transport' });
    expect(result).toEqual({ ok: false, error: { code: 'invalid_text' } });
    expect(await db.select().from(tracks).where(eq(tracks.eventId, event.id))).toEqual([]);

    expect((await createTrack(actor, event.id, { nameZh: '交通', nameEn: 'Transport' })).ok).toBe(true);
  });
});
