import 'server-only';
import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { registrations, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { requireManagedEvent } from '@/lib/events/setup-access';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { attendeeSearchSchema, checkInCodeSchema } from '@/lib/validation/checkin';

/*
 * What the check-in desk reads. Every lookup is scoped to one event the actor manages (organizers and site
 * admins; anyone else gets "not found" for a draft, "forbidden" for a public event), so a code or a name
 * from another event finds nothing here.
 */

type EventRef = { id?: string; slug?: string };

export type Attendee = {
  registrationId: string;
  displayName: string;
  email: string;
  status: (typeof registrations.$inferSelect)['status'];
  /** Registered with a guardian's consent, which the registration form demands exactly of minors. */
  isMinor: boolean;
  checkedInAt: Date | null;
  guardianConsentSeenAt: Date | null;
};

export type CheckInCounts = { admitted: number; checkedIn: number; minorsPendingConsent: number };

const attendeeColumns = {
  registrationId: registrations.id,
  displayName: registrations.displayName,
  email: users.email,
  status: registrations.status,
  isMinor: sql<boolean>`${registrations.guardianConsentAt} is not null`,
  checkedInAt: registrations.checkedInAt,
  guardianConsentSeenAt: registrations.guardianConsentSeenAt,
};

type EventSummary = { id: string; slug: string; titleZh: string; titleEn: string; timeZone: string };
const summary = (event: EventSummary): EventSummary => ({
  id: event.id,
  slug: event.slug,
  titleZh: event.titleZh,
  titleEn: event.titleEn,
  timeZone: event.timeZone,
});

/** The page's frame: the event, if the actor may run its check-in desk. */
export async function loadCheckInDesk(actor: Actor | null, ref: EventRef): Promise<Result<{ event: EventSummary; counts: CheckInCounts }>> {
  return runDomain(async () => {
    const event = await requireManagedEvent(actor, ref);
    return { event: summary(event), counts: await countsOf(event.id) };
  });
}

/** Finds the one registration of this event that holds the code (typed or scanned). */
export async function findAttendeeByCode(actor: Actor | null, ref: EventRef, rawCode: unknown): Promise<Result<Attendee>> {
  return runDomain(async () => {
    const event = await requireManagedEvent(actor, ref);
    const code = checkInCodeSchema.safeParse(rawCode);
    if (!code.success) throw new DomainFailure('validation', { code: code.error.issues.map((issue) => issue.message) });
    const [row] = await db
      .select(attendeeColumns)
      .from(registrations)
      .innerJoin(users, eq(users.id, registrations.userId))
      .where(and(eq(registrations.eventId, event.id), eq(registrations.checkInCode, code.data)))
      .limit(1);
    if (!row) throw new DomainFailure('not_found', { code: ['checkin.errors.codeUnknown'] });
    if (row.status !== 'admitted') throw new DomainFailure('conflict', { code: ['checkin.errors.notAdmitted'] });
    return row;
  });
}

const SEARCH_LIMIT = 20;

/** Admitted people whose registered name or account e-mail contains the query (LIKE wildcards taken literally). */
export async function searchAttendees(actor: Actor | null, ref: EventRef, rawQuery: unknown): Promise<Result<Attendee[]>> {
  return runDomain(async () => {
    const event = await requireManagedEvent(actor, ref);
    const query = attendeeSearchSchema.safeParse(rawQuery);
    if (!query.success) throw new DomainFailure('validation', { q: query.error.issues.map((issue) => issue.message) });
    const pattern = `%${query.data.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return db
      .select(attendeeColumns)
      .from(registrations)
      .innerJoin(users, eq(users.id, registrations.userId))
      .where(
        and(
          eq(registrations.eventId, event.id),
          eq(registrations.status, 'admitted'),
          or(ilike(registrations.displayName, pattern), ilike(users.email, pattern)),
        ),
      )
      .orderBy(asc(registrations.displayName))
      .limit(SEARCH_LIMIT);
  });
}

/** The live count for the desk's poll. */
export async function checkInCounts(actor: Actor | null, ref: EventRef): Promise<Result<CheckInCounts>> {
  return runDomain(async () => countsOf((await requireManagedEvent(actor, ref)).id));
}

/** Only admitted people count; "pending consent" are admitted minors not yet checked in. */
export async function countsOf(eventId: string): Promise<CheckInCounts> {
  const [row] = await db
    .select({
      admitted: sql<number>`count(*)::int`,
      checkedIn: sql<number>`(count(*) filter (where ${registrations.checkedInAt} is not null))::int`,
      minorsPendingConsent: sql<number>`(count(*) filter (where ${registrations.checkedInAt} is null and ${registrations.guardianConsentAt} is not null))::int`,
    })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.status, 'admitted')));
  return row ?? { admitted: 0, checkedIn: 0, minorsPendingConsent: 0 };
}
