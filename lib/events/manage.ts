import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { customQuestions, eventRoles, events, prizes, registrations, submissions, teams, tracks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { requireSiteAdmin } from '@/lib/auth/guards';
import { writeAudit } from '@/lib/audit';
import { isCheckViolation, isUniqueViolation, violatedConstraint } from '@/lib/db-errors';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { instantToZonedLocal } from '@/lib/time/zoned-time';
import { parseEventSettings, TIMELINE_FIELDS, versionSchema, type EventSettings } from '@/lib/validation/events';
import { requireManagedEvent } from './setup-access';

/*
 * Creating, editing and publishing an event. Creation is the site admin's right; editing and publishing
 * belong to the event's organizers (and site admins). Edits carry the version the organizer's form was
 * loaded with and the UPDATE itself checks it, so two organizers saving the same settings never merge
 * silently: the second is told, and keeps what they typed.
 */
type EventRow = typeof events.$inferSelect;

/** If a CHECK the app rules should have caught fires anyway (a race, a rule drift), say which field. */
const CHECK_FIELDS: Record<string, string> = {
  events_registration_order: 'registrationClosesAt',
  events_hacking_order: 'submissionDeadline',
  events_judging_order: 'judgingEndsAt',
  events_registration_before_deadline: 'submissionDeadline',
  events_team_size_min: 'teamSizeMin',
  events_team_size_max: 'teamSizeMax',
  events_capacity_positive: 'capacity',
  events_slug_format: 'slug',
  events_title_present: 'titleZh',
};

/** Runs a write and turns the database's refusals into field errors. */
async function translatingRefusals<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error, 'events_slug_unique')) throw new DomainFailure('validation', { slug: ['eventSetup.errors.slugTaken'] });
    const field = isCheckViolation(error) ? CHECK_FIELDS[violatedConstraint(error) ?? ''] : undefined;
    if (field) throw new DomainFailure('validation', { [field]: ['eventSetup.errors.timelineOrder'] });
    throw error;
  }
}

function parsedOrFail(input: Record<string, unknown>): EventSettings {
  const parsed = parseEventSettings(input);
  if ('errors' in parsed) throw new DomainFailure('validation', parsed.errors);
  return parsed.data;
}

/** The columns an edit may change, with Dates as ISO strings, for the audit log's before/after. */
function comparable(row: Partial<EventRow> | EventSettings): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) out[key] = value instanceof Date ? value.toISOString() : value;
  return out;
}

function changes(before: EventRow, after: EventSettings) {
  const a = comparable(before);
  const b = comparable(after);
  const changed = Object.keys(b).filter((key) => JSON.stringify(a[key] ?? null) !== JSON.stringify(b[key] ?? null));
  return {
    before: Object.fromEntries(changed.map((key) => [key, a[key] ?? null])),
    after: Object.fromEntries(changed.map((key) => [key, b[key] ?? null])),
  };
}

/** A site admin creates an event (a draft); they become its first organizer, so it always has one. */
export async function createEvent(actor: Actor | null, input: Record<string, unknown>): Promise<Result<{ id: string; slug: string }>> {
  return runDomain(async () => {
    const admin = requireSiteAdmin(actor);
    const settings = parsedOrFail(input);
    return translatingRefusals(() =>
      db.transaction(async (tx) => {
        const [row] = await tx
          .insert(events)
          .values({ ...settings, isPublished: false, createdBy: admin.userId })
          .returning({ id: events.id, slug: events.slug });
        await tx.insert(eventRoles).values({ eventId: row!.id, userId: admin.userId, role: 'organizer', grantedBy: admin.userId });
        await writeAudit(tx, {
          actorId: admin.userId,
          eventId: row!.id,
          action: 'event.created',
          entityType: 'event',
          entityId: row!.id,
          data: { after: comparable(settings) },
        });
        return row!;
      }),
    );
  });
}

/**
 * Saves the settings form. `version` is the one the form was loaded with; the UPDATE matches it, so a
 * save by another organizer in between leaves 0 rows and the caller gets `stale_version`.
 */
export async function updateEventSettings(
  actor: Actor | null,
  eventId: string,
  input: Record<string, unknown>,
): Promise<Result<{ slug: string; version: number }>> {
  return runDomain(async () => {
    const version = versionSchema.safeParse(input.version);
    return translatingRefusals(() =>
      db.transaction(async (tx) => {
        const before = await requireManagedEvent(actor, { id: eventId }, tx);
        const settings = parsedOrFail(input);
        if (!version.success) throw new DomainFailure('stale_version');
        const [row] = await tx
          .update(events)
          .set({ ...settings, version: sql`${events.version} + 1`, updatedAt: sql`statement_timestamp()` })
          .where(and(eq(events.id, eventId), eq(events.version, version.data)))
          .returning({ slug: events.slug, version: events.version });
        if (!row) throw new DomainFailure('stale_version');
        await audit(tx, actor!, eventId, 'event.updated', { ...changes(before, settings), version: row.version });
        return row;
      }),
    );
  });
}

/** Publishes or withdraws the public event page. Idempotent: publishing a published event changes nothing and logs nothing. */
export async function setEventPublished(actor: Actor | null, eventId: string, isPublished: boolean): Promise<Result<{ isPublished: boolean; changed: boolean }>> {
  return runDomain(() =>
    db.transaction(async (tx) => {
      const event = await requireManagedEvent(actor, { id: eventId }, tx, { lock: true });
      if (event.isPublished === isPublished) return { isPublished, changed: false };
      await tx.update(events).set({ isPublished, updatedAt: sql`statement_timestamp()` }).where(eq(events.id, eventId));
      await audit(tx, actor!, eventId, isPublished ? 'event.published' : 'event.unpublished', {});
      return { isPublished, changed: true };
    }),
  );
}

async function audit(tx: Tx, actor: Actor, eventId: string, action: string, data: Record<string, unknown>) {
  await writeAudit(tx, { actorId: actor.userId, eventId, action, entityType: 'event', entityId: eventId, data });
}

/** The settings form's starting values: the event, with its timeline as wall clocks of its own zone. */
export async function getEventForSetup(actor: Actor | null, slug: string) {
  return runDomain(async () => {
    const event = await requireManagedEvent(actor, { slug });
    const local = (value: Date | null) => (value ? instantToZonedLocal(value, event.timeZone) : '');
    const wallClocks = Object.fromEntries(TIMELINE_FIELDS.map((field) => [field, local(event[field])])) as Record<(typeof TIMELINE_FIELDS)[number], string>;
    return { event, wallClocks };
  });
}

/** The organizer's overview: one statement of scalar subqueries, each count scoped to this event. */
export async function getEventOverview(actor: Actor | null, slug: string) {
  return runDomain(async () => {
    const event = await requireManagedEvent(actor, { slug });
    const n = (query: ReturnType<typeof sql>) => sql<number>`(${query})`.mapWith(Number);
    const [counts] = await db
      .select({
        registrations: n(sql`select count(*) from ${registrations} where ${registrations.eventId} = ${event.id} and ${registrations.status} <> 'withdrawn'`),
        admitted: n(sql`select count(*) from ${registrations} where ${registrations.eventId} = ${event.id} and ${registrations.status} = 'admitted'`),
        teams: n(sql`select count(*) from ${teams} where ${teams.eventId} = ${event.id} and ${teams.status} not in ('withdrawn', 'rejected', 'disqualified')`),
        submitted: n(sql`select count(*) from ${submissions} where ${submissions.eventId} = ${event.id} and ${submissions.status} = 'submitted'`),
        tracks: n(sql`select count(*) from ${tracks} where ${tracks.eventId} = ${event.id}`),
        prizes: n(sql`select count(*) from ${prizes} where ${prizes.eventId} = ${event.id}`),
        questions: n(sql`select count(*) from ${customQuestions} where ${customQuestions.eventId} = ${event.id}`),
        organizers: n(sql`select count(*) from ${eventRoles} where ${eventRoles.eventId} = ${event.id} and ${eventRoles.role} = 'organizer' and ${eventRoles.revokedAt} is null`),
      })
      .from(sql`(select 1) as one`);
    return { event, counts: counts! };
  });
}
