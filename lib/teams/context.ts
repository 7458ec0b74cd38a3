import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { events, registrations, teamMembers, teams, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { requireActor } from '@/lib/auth/guards';
import { isCheckViolation, isUniqueViolation } from '@/lib/db-errors';
import type { z } from 'zod';
import { DomainFailure } from '@/lib/result';
import { fieldErrorsOf } from '@/lib/validation/auth';
import { teamIdSchema } from '@/lib/validation/teams';
import { isTeamChangeWindowOpen, isTeamClosed, mayTakePartInTeams } from './rules';

/*
 * The checks every team mutation starts with, inside its own transaction. Order matters for locks: the
 * event row first (FOR SHARE, so an organizer moving the deadline waits for us or we for them), then the
 * team row (FOR UPDATE, which also serialises concurrent joins with the team-size trigger). Every
 * operation takes them in that order, so two of them can never deadlock on each other.
 */

export type LockedEvent = Awaited<ReturnType<typeof lockEvent>>;
export type LockedTeam = typeof teams.$inferSelect;

/** Re-reads the account: a session of a disabled account changes nothing. */
export async function requireLiveActor(tx: Tx, actor: Actor | null): Promise<Actor> {
  const self = requireActor(actor);
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, self.userId), isNull(users.disabledAt)))
    .for('share');
  if (!row) throw new DomainFailure('unauthenticated');
  return self;
}

/** The published event, read FOR SHARE together with the database clock. */
export async function lockEvent(tx: Tx, eventId: string) {
  const [row] = await tx
    .select({
      id: events.id,
      slug: events.slug,
      titleZh: events.titleZh,
      titleEn: events.titleEn,
      teamSizeMin: events.teamSizeMin,
      teamSizeMax: events.teamSizeMax,
      registrationOpensAt: events.registrationOpensAt,
      submissionDeadline: events.submissionDeadline,
      now: sql<Date>`statement_timestamp()`.mapWith(events.createdAt),
    })
    .from(events)
    .where(and(eq(events.id, eventId), eq(events.isPublished, true)))
    .for('share');
  if (!row) throw new DomainFailure('not_found');
  return row;
}

export async function lockTeam(tx: Tx, teamId: string): Promise<LockedTeam> {
  const [row] = await tx.select().from(teams).where(eq(teams.id, teamId)).for('update');
  if (!row) throw new DomainFailure('not_found');
  return row;
}

/** The team's event first, then the team: the lock order every operation keeps. */
export async function lockTeamWithEvent(tx: Tx, teamId: string): Promise<{ event: LockedEvent; team: LockedTeam }> {
  const [owner] = await tx.select({ eventId: teams.eventId }).from(teams).where(eq(teams.id, teamId));
  if (!owner) throw new DomainFailure('not_found');
  const event = await lockEvent(tx, owner.eventId);
  const team = await lockTeam(tx, teamId);
  return { event, team };
}

/** Before registration opens nothing can change; at the deadline (or the team's extension) teams freeze. */
export function requireChangeWindow(event: LockedEvent, team?: Pick<LockedTeam, 'deadlineExtendedUntil' | 'status'>): void {
  if (team && isTeamClosed(team.status)) throw new DomainFailure('closed', { form: ['teams.errors.teamClosed'] });
  if (event.now.getTime() < event.registrationOpensAt.getTime()) {
    throw new DomainFailure('closed', { form: ['teams.errors.notOpenYet'] });
  }
  const window = { ...event, deadlineExtendedUntil: team?.deadlineExtendedUntil ?? null };
  if (!isTeamChangeWindowOpen(event.now, window)) throw new DomainFailure('deadline_passed', { form: ['teams.errors.frozen'] });
}

/** Only people registered in the event (and not rejected or withdrawn) create or join teams. */
export async function hasEligibleRegistration(tx: Tx, eventId: string, userId: string): Promise<boolean> {
  // FOR SHARE: a withdrawal committed while we add the person waits for us, or we see it.
  const [row] = await tx
    .select({ status: registrations.status })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.userId, userId)))
    .for('share');
  return mayTakePartInTeams(row?.status);
}

export async function requireEligibleRegistration(tx: Tx, eventId: string, userId: string, field = 'form'): Promise<void> {
  if (!(await hasEligibleRegistration(tx, eventId, userId))) throw new DomainFailure('forbidden', { [field]: ['teams.errors.notRegistered'] });
}

export async function isMember(tx: Tx, teamId: string, userId: string): Promise<boolean> {
  const [row] = await tx
    .select({ userId: teamMembers.userId })
    .from(teamMembers)
    .where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.userId, userId)));
  return Boolean(row);
}

/** A team the actor is not in answers "not found": outsiders do not learn what it holds. */
export async function requireMember(tx: Tx, team: LockedTeam, userId: string): Promise<void> {
  if (!(await isMember(tx, team.id, userId))) throw new DomainFailure('not_found');
}

export async function requireCaptain(tx: Tx, team: LockedTeam, userId: string): Promise<void> {
  await requireMember(tx, team, userId);
  if (team.captainId !== userId) throw new DomainFailure('forbidden', { form: ['teams.errors.captainOnly'] });
}

/**
 * The database's refusals a person can cause, turned into messages beside `field`. Anything else is
 * unexpected and propagates.
 */
export function teamConstraintFailure(error: unknown, field = 'form'): DomainFailure | null {
  if (error instanceof DomainFailure) return error;
  if (isUniqueViolation(error, 'teams_event_name_unique')) return new DomainFailure('conflict', { name: ['teams.errors.nameTaken'] });
  if (isUniqueViolation(error, 'team_members_one_team_per_event') || isUniqueViolation(error, 'team_members_team_id_user_id_pk')) {
    return new DomainFailure('conflict', { [field]: ['teams.errors.alreadyInTeam'] });
  }
  if (isUniqueViolation(error, 'team_requests_pending_unique')) {
    return new DomainFailure('conflict', { [field]: ['teams.errors.requestPending'] });
  }
  if (isCheckViolation(error, 'team_members_team_size_max')) return new DomainFailure('conflict', { [field]: ['teams.errors.teamFull'] });
  if (isCheckViolation(error, 'team_members_frozen_after_deadline') || isCheckViolation(error, 'teams_frozen_after_deadline')) {
    return new DomainFailure('deadline_passed', { form: ['teams.errors.frozen'] });
  }
  return null;
}

/** Runs a transaction body and maps the database's expected refusals (see above). */
export async function withTeamConstraints<T>(body: () => Promise<T>, field = 'form'): Promise<T> {
  try {
    return await body();
  } catch (error) {
    throw teamConstraintFailure(error, field) ?? error;
  }
}

/** A malformed team or request id names nothing the actor may see: "not found", like a missing one. */
export function parseId(raw: unknown): string {
  const parsed = teamIdSchema.safeParse(raw);
  if (!parsed.success) throw new DomainFailure('not_found');
  return parsed.data;
}

/**
 * Parses at the edge of the domain: every issue of every field, as catalog keys. A single value (a code,
 * a member id) has no field of its own in zod's report, so `field` names where its messages go.
 */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown, field?: string): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fieldErrors = field ? { [field]: [...new Set(parsed.error.issues.map((issue) => issue.message))] } : fieldErrorsOf(parsed.error);
  throw new DomainFailure('validation', fieldErrors);
}
