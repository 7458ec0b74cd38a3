import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { events, registrations, teamMembers, teams } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { DomainFailure } from '@/lib/result';
import type { z } from 'zod';
import { loadRecipients, type PendingNotice } from '@/lib/registrations/notify';
import type { AdmissionMailKind } from '@/lib/mail/registration-templates';

/*
 * Shared steps of the admission operations. Lock order as everywhere: the event row, then teams (in id
 * order when several, so two bulk decisions cannot deadlock), then registrations. The event is locked
 * FOR NO KEY UPDATE: reserve positions and the promotion of the first reserve team are decided by one
 * transaction at a time per event.
 */
export type TeamRow = typeof teams.$inferSelect;
export type AdmissionEvent = Awaited<ReturnType<typeof lockAdmissionEvent>>;
export type TeamStatus = TeamRow['status'];

export function parse<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? 'form')] ??= []).push(issue.message);
  throw new DomainFailure('validation', fieldErrors);
}

export async function lockAdmissionEvent(tx: Tx, eventId: string) {
  const [locked] = await tx.select({ id: events.id }).from(events).where(eq(events.id, eventId)).for('no key update');
  if (!locked) throw new DomainFailure('not_found');
  // The clock is read after the lock is granted (see lib/registrations/context.ts).
  const [event] = await tx
    .select({
      id: events.id,
      slug: events.slug,
      titleZh: events.titleZh,
      titleEn: events.titleEn,
      timeZone: events.timeZone,
      isPublished: events.isPublished,
      admissionMode: events.admissionMode,
      teamSizeMin: events.teamSizeMin,
      registrationClosesAt: events.registrationClosesAt,
      hackingStartsAt: events.hackingStartsAt,
      withdrawalDeadline: events.withdrawalDeadline,
      now: sql<Date>`statement_timestamp()`.mapWith(events.createdAt),
    })
    .from(events)
    .where(eq(events.id, eventId));
  return event!;
}

export function requireReviewedMode(event: AdmissionEvent): void {
  if (event.admissionMode !== 'reviewed') throw new DomainFailure('conflict', { form: ['admission.errors.notReviewed'] });
}

/** The teams of this event with these ids, locked in id order; an id of another event answers not found. */
export async function lockTeams(tx: Tx, eventId: string, ids: string[]): Promise<TeamRow[]> {
  const unique = [...new Set(ids)].sort();
  const rows = await tx
    .select()
    .from(teams)
    .where(and(eq(teams.eventId, eventId), inArray(teams.id, unique)))
    .orderBy(teams.id)
    .for('update');
  if (rows.length !== unique.length) throw new DomainFailure('not_found');
  return rows;
}

export async function teamEventId(tx: Tx, teamId: string): Promise<string> {
  const [row] = await tx.select({ eventId: teams.eventId }).from(teams).where(eq(teams.id, teamId));
  if (!row) throw new DomainFailure('not_found');
  return row.eventId;
}

export async function memberIds(tx: Tx, teamId: string): Promise<string[]> {
  const rows = await tx.select({ userId: teamMembers.userId }).from(teamMembers).where(eq(teamMembers.teamId, teamId));
  return rows.map((r) => r.userId);
}

type RegistrationStatus = (typeof registrations.$inferSelect)['status'];

/** The members' registrations follow their team's decision (one team, one fate). */
export async function setMembersRegistrations(tx: Tx, event: AdmissionEvent, teamId: string, status: RegistrationStatus): Promise<void> {
  const ids = await memberIds(tx, teamId);
  if (ids.length === 0) return;
  await tx
    .update(registrations)
    .set({ status, waitlistPosition: null, version: sql`${registrations.version} + 1`, updatedAt: event.now })
    .where(and(eq(registrations.eventId, event.id), inArray(registrations.userId, ids)));
}

/** Changes a team's status with its audit row; the note, interview and reserve position as given. */
export async function setTeamStatus(
  tx: Tx,
  event: AdmissionEvent,
  team: TeamRow,
  actorId: string,
  change: { status: TeamStatus; reservePosition?: number | null; note?: string; action: string },
): Promise<void> {
  await tx
    .update(teams)
    .set({
      status: change.status,
      reservePosition: change.reservePosition ?? null,
      ...(change.note ? { reviewNote: change.note } : {}),
      version: sql`${teams.version} + 1`,
      updatedAt: event.now,
    })
    .where(eq(teams.id, team.id));
  await writeAudit(tx, {
    actorId,
    eventId: event.id,
    action: change.action,
    entityType: 'team',
    entityId: team.id,
    data: { from: team.status, to: change.status, reservePosition: change.reservePosition ?? null, note: change.note ?? '' },
  });
}

/** One notice per member, in each member's language, sent after the commit by the caller. */
export async function teamNotices(
  tx: Tx,
  event: AdmissionEvent,
  team: Pick<TeamRow, 'id' | 'name'>,
  kind: AdmissionMailKind,
  extra: { note?: string; interview?: { at: Date; location: string } } = {},
): Promise<PendingNotice[]> {
  const recipients = await loadRecipients(tx, await memberIds(tx, team.id));
  return recipients.map((r) => ({
    type: 'admission' as const,
    kind,
    to: r.email,
    locale: r.locale,
    event,
    team: team.name,
    note: extra.note,
    interview: extra.interview ? { ...extra.interview, timeZone: event.timeZone } : undefined,
  }));
}

export async function nextReservePosition(tx: Tx, eventId: string): Promise<number> {
  const [row] = await tx
    .select({ last: sql<number>`coalesce(max(${teams.reservePosition}), 0)`.mapWith(Number) })
    .from(teams)
    .where(and(eq(teams.eventId, eventId), eq(teams.status, 'reserve')));
  return row!.last + 1;
}
