import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { db, type DbOrTx } from '@/db/client';
import { events, registrations, teamMembers } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { isTeamChangeWindowOpen, mayTakePartInTeams } from './rules';

/*
 * What every team page needs first: the published event (a draft answers "not found"), the database clock,
 * and where the actor stands in it (registered? eligible? in which team?).
 */
export type TeamEvent = {
  id: string;
  slug: string;
  titleZh: string;
  titleEn: string;
  timeZone: string;
  teamSizeMin: number;
  teamSizeMax: number;
  registrationOpensAt: Date;
  submissionDeadline: Date;
  now: Date;
};

export async function findTeamEvent(slug: string, executor: DbOrTx = db): Promise<TeamEvent | null> {
  const [row] = await executor
    .select({
      id: events.id,
      slug: events.slug,
      titleZh: events.titleZh,
      titleEn: events.titleEn,
      timeZone: events.timeZone,
      teamSizeMin: events.teamSizeMin,
      teamSizeMax: events.teamSizeMax,
      registrationOpensAt: events.registrationOpensAt,
      submissionDeadline: events.submissionDeadline,
      now: sql<Date>`statement_timestamp()`.mapWith(events.createdAt),
    })
    .from(events)
    .where(and(eq(events.slug, slug), eq(events.isPublished, true)))
    .limit(1);
  return row ?? null;
}

export type ActorStanding = {
  registrationStatus: string | null;
  /** Registered, and neither rejected nor withdrawn. */
  isEligible: boolean;
  teamId: string | null;
  isLookingForTeam: boolean;
  lookingForNote: string;
};

export async function actorStanding(actor: Actor, eventId: string, executor: DbOrTx = db): Promise<ActorStanding> {
  const [registration] = await executor
    .select({ status: registrations.status, isLookingForTeam: registrations.isLookingForTeam, lookingForNote: registrations.lookingForNote })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.userId, actor.userId)));
  const [membership] = await executor
    .select({ teamId: teamMembers.teamId })
    .from(teamMembers)
    .where(and(eq(teamMembers.eventId, eventId), eq(teamMembers.userId, actor.userId)));
  return {
    registrationStatus: registration?.status ?? null,
    isEligible: mayTakePartInTeams(registration?.status),
    teamId: membership?.teamId ?? null,
    isLookingForTeam: registration?.isLookingForTeam ?? false,
    lookingForNote: registration?.lookingForNote ?? '',
  };
}

/** Whether teams of this event may still change, by the database clock (the trigger has the last word). */
export function isEventTeamWindowOpen(event: TeamEvent, deadlineExtendedUntil: Date | null = null): boolean {
  return isTeamChangeWindowOpen(event.now, { ...event, deadlineExtendedUntil });
}
