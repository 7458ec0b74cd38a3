import 'server-only';
import { and, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { announcements, events } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { audiencesOf } from './audience';

/*
 * Reading announcements. Only published ones of published events are ever shown; which audiences a
 * signed-in person sees is decided from the database (their registration, team, judge role), never from
 * the page that asks.
 */
const shown = [isNotNull(announcements.publishedAt), eq(events.isPublished, true)];
const columns = {
  id: announcements.id,
  audience: announcements.audience,
  titleZh: announcements.titleZh,
  titleEn: announcements.titleEn,
  bodyZh: announcements.bodyZh,
  bodyEn: announcements.bodyEn,
  publishedAt: announcements.publishedAt,
  eventId: events.id,
  eventSlug: events.slug,
  eventTitleZh: events.titleZh,
  eventTitleEn: events.titleEn,
  timeZone: events.timeZone,
};
export type ShownAnnouncement = { [K in keyof typeof columns]: (typeof columns)[K]['_']['data'] } & { publishedAt: Date };

/** The public ones of one event, newest first (the public event page). */
export async function publicAnnouncements(eventId: string): Promise<ShownAnnouncement[]> {
  const rows = await db
    .select(columns)
    .from(announcements)
    .innerJoin(events, eq(events.id, announcements.eventId))
    .where(and(eq(announcements.eventId, eventId), eq(announcements.audience, 'public'), ...shown))
    .orderBy(desc(announcements.publishedAt));
  return rows as ShownAnnouncement[];
}

/** Everything this person may read in one event: public ones plus their audiences' (a judge's event page). */
export async function announcementsFor(actor: Actor | null, eventId: string): Promise<ShownAnnouncement[]> {
  const audiences = await audiencesOf(db, eventId, actor?.userId ?? null);
  const rows = await db
    .select(columns)
    .from(announcements)
    .innerJoin(events, eq(events.id, announcements.eventId))
    .where(and(eq(announcements.eventId, eventId), inArray(announcements.audience, audiences), ...shown))
    .orderBy(desc(announcements.publishedAt));
  return rows as ShownAnnouncement[];
}

/**
 * A participant's dashboard: the announcements of every event they are registered for (still in it),
 * each filtered by their own audiences there. Newest first, at most `limit`.
 */
export async function dashboardAnnouncements(actor: Actor, limit = 20): Promise<ShownAnnouncement[]> {
  const mine = (await db.execute(sql`
    select distinct event_id from registrations where user_id = ${actor.userId} and status not in ('rejected', 'withdrawn')`)) as unknown as { event_id: string }[];
  const perEvent = await Promise.all(mine.map((row) => announcementsFor(actor, row.event_id)));
  return perEvent
    .flat()
    .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())
    .slice(0, limit);
}
