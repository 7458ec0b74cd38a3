import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { prizes, tracks } from '@/db/schema';
import { getPublicEventBySlug, listEventsForHome } from '@/lib/events/queries';
import { insertEvent, insertTeam, insertUser, validTimeline } from './helpers/domain-rows';

const DAY = 24 * 3600 * 1000;
const shifted = (days: number) => validTimeline(new Date(Date.now() + days * DAY));

describe('public event queries', () => {
  it('lists only published events, bucketed by phase, with their track and active team counts', async () => {
    const current = await insertEvent({ slug: 'current-event', isPublished: true, ...shifted(0) });
    await insertEvent({ slug: 'upcoming-event', isPublished: true, ...shifted(30) });
    await insertEvent({ slug: 'past-event', isPublished: true, ...shifted(-60) });
    await insertEvent({ slug: 'older-past-event', isPublished: true, ...shifted(-400) });
    await insertEvent({ slug: 'draft-event', isPublished: false, ...shifted(0) });
    await db.insert(tracks).values([
      { eventId: current.id, slug: 'a', nameEn: 'A' },
      { eventId: current.id, slug: 'b', nameEn: 'B' },
    ]);
    const captain = await insertUser();
    await insertTeam(current.id, captain.id);
    await insertTeam(current.id, captain.id);
    await insertTeam(current.id, captain.id, { status: 'withdrawn' });

    const home = await listEventsForHome();
    expect(home.current.map((e) => e.slug)).toEqual(['current-event']);
    expect(home.upcoming.map((e) => e.slug)).toEqual(['upcoming-event']);
    expect(home.past.map((e) => e.slug)).toEqual(['past-event', 'older-past-event']);
    expect(home.current[0]).toMatchObject({ trackCount: 2, teamCount: 2 });
    expect(home.upcoming[0]).toMatchObject({ trackCount: 0, teamCount: 0 });
  });

  it('shows a published event with ordered tracks and prizes, and hides a draft', async () => {
    const event = await insertEvent({ slug: 'with-details', isPublished: true });
    await insertEvent({ slug: 'hidden-draft', isPublished: false });
    await db.insert(tracks).values([
      { eventId: event.id, slug: 'second', nameEn: 'Second', position: 2 },
      { eventId: event.id, slug: 'first', nameEn: 'First', position: 1 },
    ]);
    await db.insert(prizes).values([
      { eventId: event.id, nameEn: 'Bronze', amount: 30000, position: 3 },
      { eventId: event.id, nameEn: 'Gold', amount: 100000, position: 1 },
    ]);

    const page = await getPublicEventBySlug('with-details');
    expect(page!.tracks.map((t) => t.slug)).toEqual(['first', 'second']);
    expect(page!.prizes.map((p) => p.nameEn)).toEqual(['Gold', 'Bronze']);
    expect(page!.now).toBeInstanceOf(Date);
    expect(Math.abs(page!.now.getTime() - Date.now())).toBeLessThan(60_000);
    expect(await getPublicEventBySlug('hidden-draft')).toBeNull();
    expect(await getPublicEventBySlug('no-such-event')).toBeNull();
  });
});
