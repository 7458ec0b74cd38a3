import 'server-only';
import { eq } from 'drizzle-orm';
import { db, type DbOrTx } from '@/db/client';
import { events, resultsSettings } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { requireActor, requireEventCapability } from '@/lib/auth/guards';
import { DomainFailure } from '@/lib/result';

export type EventRow = typeof events.$inferSelect;
export type ResultsSettingsRow = typeof resultsSettings.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/**
 * Awards and publication belong to the event's organizers (capability results.publish). Anyone else gets
 * "not found", like for an event that does not exist, so unpublished awards do not even show they exist.
 * With `lock`, the event row is taken FOR UPDATE: publish, unpublish and awards saves of one event queue up.
 */
export async function requirePublisher(actor: Actor | null, ref: { id?: string; slug?: string }, executor: DbOrTx = db, options: { lock?: boolean } = {}): Promise<EventRow> {
  requireActor(actor);
  let id = ref.id;
  if (!id && ref.slug && /^[a-z0-9-]{1,80}$/.test(ref.slug)) {
    const [row] = await executor.select({ id: events.id }).from(events).where(eq(events.slug, ref.slug)).limit(1);
    id = row?.id;
  }
  if (!isUuid(id)) throw new DomainFailure('not_found');
  try {
    await requireEventCapability(actor, id, 'results.publish', executor);
  } catch (error) {
    if (error instanceof DomainFailure && error.code === 'forbidden') throw new DomainFailure('not_found');
    throw error;
  }
  const query = executor.select().from(events).where(eq(events.id, id));
  const [event] = options.lock ? await query.for('update') : await query;
  if (!event) throw new DomainFailure('not_found');
  return event;
}

const DEFAULTS = { voteOpensAt: null, voteClosesAt: null, showScoresToTeams: false, peoplesChoicePrizeId: null, version: 1, awardsVersion: 1 };

/** The event's results settings, or the defaults when the organizer has not saved any yet. */
export async function settingsOf(executor: DbOrTx, eventId: string): Promise<ResultsSettingsRow> {
  const [row] = await executor.select().from(resultsSettings).where(eq(resultsSettings.eventId, eventId)).limit(1);
  return row ?? { eventId, ...DEFAULTS, updatedAt: new Date(0) };
}

/** Makes sure the row exists so a versioned UPDATE has something to match (idempotent). */
export async function ensureSettingsRow(executor: DbOrTx, eventId: string): Promise<void> {
  await executor.insert(resultsSettings).values({ eventId }).onConflictDoNothing();
}

/** Whether the people's-choice vote is open now (the DB clock's `now`, read by the caller's page load). */
export async function isVoteOpen(eventId: string, now: Date): Promise<boolean> {
  const { voteOpensAt, voteClosesAt } = await settingsOf(db, eventId);
  return voteOpensAt !== null && voteClosesAt !== null && now >= voteOpensAt && now < voteClosesAt;
}
