import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { events, tracks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { requireManagedEvent } from '@/lib/events/setup-access';
import { runDomain, type Result } from '@/lib/result';
import { teamQuerySchema, type TeamQuery } from '@/lib/validation/people';
import { PAGE_SIZE } from './registration-rows';
import { countTeamRows, selectTeamMembers, selectTeamRows, type TeamMemberRow, type TeamRow } from './team-rows';

export type TeamTable = {
  event: typeof events.$inferSelect;
  query: TeamQuery;
  rows: (TeamRow & { members: TeamMemberRow[] })[];
  total: number;
  pageCount: number;
  tracks: { id: string; nameZh: string | null; nameEn: string | null }[];
};

/** One page of the organizer's teams table; organizers of the event and site admins only. */
export async function listTeams(actor: Actor | null, slug: string, rawQuery: unknown): Promise<Result<TeamTable>> {
  return runDomain(async () => {
    const event = await requireManagedEvent(actor, { slug });
    const query = teamQuerySchema.parse(rawQuery ?? {});
    const [rows, total, eventTracks] = await Promise.all([
      selectTeamRows(db, event.id, query, { page: query.page }),
      countTeamRows(db, event.id, query),
      db.select({ id: tracks.id, nameZh: tracks.nameZh, nameEn: tracks.nameEn }).from(tracks).where(eq(tracks.eventId, event.id)).orderBy(asc(tracks.position), asc(tracks.slug)),
    ]);
    const members = await selectTeamMembers(db, rows.map((r) => r.id));
    return {
      event,
      query,
      rows: rows.map((row) => ({ ...row, members: members.filter((m) => m.teamId === row.id) })),
      total,
      pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
      tracks: eventTracks,
    };
  });
}
