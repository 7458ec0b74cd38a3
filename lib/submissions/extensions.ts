import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { events, teams } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { requireActor, requireEventRole } from '@/lib/auth/guards';
import { writeAudit } from '@/lib/audit';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { fieldErrorsOf } from '@/lib/validation/auth';
import { extensionSchema } from '@/lib/validation/submissions';
import { zonedLocalToInstant } from '@/lib/time/zoned-time';

const isUuid = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f-]{36}$/i.test(value);

/**
 * Locks in the deadline trigger's order (event, then team), the team FOR UPDATE: a save of that team
 * in flight finishes first under the old deadline, and the next one sees the new one.
 */
async function lockTeamForOrganizer(tx: Tx, actor: Actor, teamId: string) {
  const [owner] = await tx.select({ eventId: teams.eventId }).from(teams).where(eq(teams.id, teamId));
  if (!owner) throw new DomainFailure('not_found');
  await requireEventRole(actor, owner.eventId, 'organizer', tx);
  const [event] = await tx.select().from(events).where(eq(events.id, owner.eventId)).for('share');
  const [team] = await tx.select().from(teams).where(eq(teams.id, teamId)).for('update');
  if (!event || !team) throw new DomainFailure('not_found');
  return { event, team };
}

/** The organizer's form sends the event zone's wall clock; an API caller may send an ISO instant with its offset. */
function parseUntil(value: string, timeZone: string): Date | null {
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return zonedLocalToInstant(value, timeZone);
  if (!/(Z|[+-]\d{2}:?\d{2})$/.test(value)) return null;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/** An organizer gives one team more time (illness, a power cut at their table); the reason goes in the audit log. */
export async function grantExtension(
  actor: Actor | null,
  input: { teamId: unknown; until: unknown; reason: unknown },
): Promise<Result<{ teamId: string; until: Date }>> {
  return runDomain(async () => {
    const a = requireActor(actor);
    const parsed = extensionSchema.safeParse(input);
    if (!parsed.success) {
      if (!isUuid(input.teamId)) throw new DomainFailure('not_found');
      throw new DomainFailure('validation', fieldErrorsOf(parsed.error));
    }
    const { teamId, reason } = parsed.data;
    return db.transaction(async (tx) => {
      const { event, team } = await lockTeamForOrganizer(tx, a, teamId);
      const until = parseUntil(parsed.data.until, event.timeZone);
      if (!until) throw new DomainFailure('validation', { until: ['submissions.errors.untilInvalid'] });
      if (until <= event.submissionDeadline) throw new DomainFailure('validation', { until: ['submissions.errors.untilBeforeDeadline'] });
      await tx
        .update(teams)
        .set({ deadlineExtendedUntil: until, version: sql`${teams.version} + 1`, updatedAt: sql`statement_timestamp()` })
        .where(eq(teams.id, teamId));
      await writeAudit(tx, {
        actorId: a.userId,
        eventId: event.id,
        action: 'team.deadline_extended',
        entityType: 'team',
        entityId: teamId,
        data: { until: until.toISOString(), previous: team.deadlineExtendedUntil?.toISOString() ?? null, reason },
      });
      return { teamId, until };
    });
  });
}

export async function revokeExtension(actor: Actor | null, teamId: unknown): Promise<Result<{ teamId: string }>> {
  return runDomain(async () => {
    const a = requireActor(actor);
    if (!isUuid(teamId)) throw new DomainFailure('not_found');
    return db.transaction(async (tx) => {
      const { event, team } = await lockTeamForOrganizer(tx, a, teamId);
      if (!team.deadlineExtendedUntil) throw new DomainFailure('conflict');
      await tx
        .update(teams)
        .set({ deadlineExtendedUntil: null, version: sql`${teams.version} + 1`, updatedAt: sql`statement_timestamp()` })
        .where(eq(teams.id, teamId));
      await writeAudit(tx, {
        actorId: a.userId,
        eventId: event.id,
        action: 'team.deadline_extension_revoked',
        entityType: 'team',
        entityId: teamId,
        data: { previous: team.deadlineExtendedUntil.toISOString() },
      });
      return { teamId };
    });
  });
}

export type ExtensionRow = { teamId: string; name: string; status: string; extendedUntil: Date | null };

/** The extensions page: the event (for its deadline and zone) and its teams, for its organizers only. */
export async function listExtensions(actor: Actor | null, eventSlug: string) {
  return runDomain(async () => {
    const a = requireActor(actor);
    const [found] = await db.select({ id: events.id }).from(events).where(eq(events.slug, eventSlug));
    if (!found) throw new DomainFailure('not_found');
    const event = await requireEventRole(a, found.id, 'organizer');
    const rows: ExtensionRow[] = await db
      .select({ teamId: teams.id, name: teams.name, status: teams.status, extendedUntil: teams.deadlineExtendedUntil })
      .from(teams)
      .where(and(eq(teams.eventId, event.id)))
      .orderBy(asc(sql`lower(${teams.name})`));
    return { event, teams: rows };
  });
}
