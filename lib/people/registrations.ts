import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { events, tracks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { requireManagedEvent } from '@/lib/events/setup-access';
import { runDomain, type Result } from '@/lib/result';
import { registrationQuerySchema, type RegistrationQuery } from '@/lib/validation/people';
import { countRegistrationRows, PAGE_SIZE, selectRegistrationRows, type RegistrationRow } from './registration-rows';

export type RegistrationTable = {
  event: typeof events.$inferSelect;
  query: RegistrationQuery;
  rows: RegistrationRow[];
  total: number;
  pageCount: number;
  tracks: { id: string; nameZh: string | null; nameEn: string | null }[];
};

/** One page of the organizer's registrations table; organizers of the event and site admins only. */
export async function listRegistrations(actor: Actor | null, slug: string, rawQuery: unknown): Promise<Result<RegistrationTable>> {
  return runDomain(async () => {
    const event = await requireManagedEvent(actor, { slug });
    const query = registrationQuerySchema.parse(rawQuery ?? {});
    const [rows, total, eventTracks] = await Promise.all([
      selectRegistrationRows(db, event.id, query, { page: query.page }),
      countRegistrationRows(db, event.id, query),
      db.select({ id: tracks.id, nameZh: tracks.nameZh, nameEn: tracks.nameEn }).from(tracks).where(eq(tracks.eventId, event.id)).orderBy(asc(tracks.position), asc(tracks.slug)),
    ]);
    return { event, query, rows, total, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), tracks: eventTracks };
  });
}
