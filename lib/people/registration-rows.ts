import 'server-only';
import { and, asc, desc, eq, ilike, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { registrations, teamMembers, teams, tracks, users } from '@/db/schema';
import type { RegistrationQuery } from '@/lib/validation/people';

/*
 * The registrations of one event as the organizer's table and the export see them: the person, their team
 * (if any) and the team's track. Search and filters run in the database, so paging stays right with
 * thousands of rows. Callers check the actor first (lib/people/registrations.ts, lib/exports).
 */
export const PAGE_SIZE = 25;

/** `%` and `_` typed in the search box are meant literally, not as wildcards. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function registrationFilter(eventId: string, query: Partial<RegistrationQuery>): SQL {
  const conditions: (SQL | undefined)[] = [eq(registrations.eventId, eventId)];
  if (query.q) {
    const pattern = likePattern(query.q);
    conditions.push(or(ilike(registrations.displayName, pattern), ilike(users.email, pattern), ilike(registrations.affiliation, pattern)));
  }
  if (query.status) conditions.push(eq(registrations.status, query.status));
  if (query.track === 'none') conditions.push(isNull(teams.trackId));
  else if (query.track) conditions.push(eq(teams.trackId, query.track));
  // A minor is who registered with a guardian's consent (lib/registrations keeps nothing else about age).
  if (query.minor) conditions.push(query.minor === 'yes' ? isNotNull(registrations.guardianConsentAt) : isNull(registrations.guardianConsentAt));
  if (query.team) conditions.push(query.team === 'yes' ? isNotNull(teamMembers.teamId) : isNull(teamMembers.teamId));
  return and(...conditions)!;
}

const SORT_COLUMNS = {
  registered: registrations.createdAt,
  name: registrations.displayName,
  affiliation: registrations.affiliation,
  status: registrations.status,
} as const;

export type RegistrationRow = Awaited<ReturnType<typeof selectRegistrationRows>>[number];

export async function selectRegistrationRows(executor: DbOrTx, eventId: string, query: Partial<RegistrationQuery>, paging?: { page: number }) {
  const order = (query.dir ?? 'asc') === 'asc' ? asc : desc;
  const base = executor
    .select({
      id: registrations.id,
      version: registrations.version,
      displayName: registrations.displayName,
      email: users.email,
      affiliation: registrations.affiliation,
      status: registrations.status,
      waitlistPosition: registrations.waitlistPosition,
      isMinor: sql<boolean>`${registrations.guardianConsentAt} is not null`,
      teamId: teams.id,
      teamName: teams.name,
      teamStatus: teams.status,
      trackZh: tracks.nameZh,
      trackEn: tracks.nameEn,
      registeredAt: registrations.createdAt,
    })
    .from(registrations)
    .innerJoin(users, eq(users.id, registrations.userId))
    .leftJoin(teamMembers, and(eq(teamMembers.eventId, registrations.eventId), eq(teamMembers.userId, registrations.userId)))
    .leftJoin(teams, eq(teams.id, teamMembers.teamId))
    .leftJoin(tracks, eq(tracks.id, teams.trackId))
    .where(registrationFilter(eventId, query))
    // The id last, so rows with equal names keep one order across pages.
    .orderBy(order(SORT_COLUMNS[query.sort ?? 'registered']), asc(registrations.id));
  return paging ? base.limit(PAGE_SIZE).offset((paging.page - 1) * PAGE_SIZE) : base;
}

export async function countRegistrationRows(executor: DbOrTx, eventId: string, query: Partial<RegistrationQuery>): Promise<number> {
  const [row] = await executor
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(registrations)
    .innerJoin(users, eq(users.id, registrations.userId))
    .leftJoin(teamMembers, and(eq(teamMembers.eventId, registrations.eventId), eq(teamMembers.userId, registrations.userId)))
    .leftJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(registrationFilter(eventId, query));
  return row!.n;
}
