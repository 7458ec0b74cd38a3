import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { db, type DbOrTx } from '@/db/client';
import { events, registrations, teamMembers } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { loadRegistrationQuestions } from './context';

export type OwnRegistration = Omit<typeof registrations.$inferSelect, 'eventId' | 'userId'>;

/**
 * Everything the register page needs: the published event with the database's clock (so "open" on the
 * page agrees with what the write will decide), its questions, and the actor's own registration if any.
 * Null for a missing or unpublished event.
 */
export async function getRegistrationForm(actor: Actor, slug: string, executor: DbOrTx = db) {
  const [event] = await executor
    .select({
      id: events.id,
      slug: events.slug,
      titleZh: events.titleZh,
      titleEn: events.titleEn,
      timeZone: events.timeZone,
      registrationOpensAt: events.registrationOpensAt,
      registrationClosesAt: events.registrationClosesAt,
      hackingStartsAt: events.hackingStartsAt,
      admissionMode: events.admissionMode,
      now: sql<Date>`statement_timestamp()`.mapWith(events.createdAt),
    })
    .from(events)
    .where(and(eq(events.slug, slug), eq(events.isPublished, true)))
    .limit(1);
  if (!event) return null;
  const [questions, registration, inTeam] = await Promise.all([
    loadRegistrationQuestions(executor, event.id),
    ownRegistration(executor, event.id, actor.userId),
    executor
      .select({ teamId: teamMembers.teamId })
      .from(teamMembers)
      .where(and(eq(teamMembers.eventId, event.id), eq(teamMembers.userId, actor.userId))),
  ]);
  const isOpen = event.now >= event.registrationOpensAt && event.now < event.registrationClosesAt;
  return { event, questions, registration, isOpen, isInTeam: inTeam.length > 0 };
}

async function ownRegistration(executor: DbOrTx, eventId: string, userId: string): Promise<OwnRegistration | null> {
  const [row] = await executor
    .select()
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.userId, userId)));
  if (!row) return null;
  const { eventId: _e, userId: _u, ...own } = row;
  return own;
}

/** The actor's registration status in one event, for the dashboard and the event page's call to action. */
export async function myRegistrationStatus(actor: Actor, eventId: string, executor: DbOrTx = db) {
  const [row] = await executor
    .select({ status: registrations.status, waitlistPosition: registrations.waitlistPosition })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.userId, actor.userId)));
  return row ?? null;
}
