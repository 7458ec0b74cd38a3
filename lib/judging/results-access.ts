import 'server-only';
import { eq } from 'drizzle-orm';
import { db, type DbOrTx } from '@/db/client';
import { events } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { requireActor, requireEventCapability } from '@/lib/auth/guards';
import { DomainFailure } from '@/lib/result';
import { loadRounds, type RoundRow } from './results-load';

export type EventRow = typeof events.$inferSelect;

/**
 * Results are the organizers' until they are published (issue 5): a judge, a participant or another event's
 * organizer gets "not found", the same as for an event that does not exist, so even the existence of a
 * ranking does not leak. Roles are re-read from the database on every call.
 */
export async function requireResultsAccess(actor: Actor | null, slug: string, executor: DbOrTx = db): Promise<EventRow> {
  requireActor(actor);
  const [event] = await executor.select({ id: events.id }).from(events).where(eq(events.slug, slug)).limit(1);
  if (!event) throw new DomainFailure('not_found');
  try {
    return await requireEventCapability(actor, event.id, 'judging.manage', executor);
  } catch (error) {
    if (error instanceof DomainFailure && error.code === 'forbidden') throw new DomainFailure('not_found');
    throw error;
  }
}

const isUuid = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/**
 * The round the organizer asked for, or by default the latest round that has started (open or closed),
 * else the first one. A round id from another event names nothing here.
 */
export function pickRound(rounds: readonly RoundRow[], requested: unknown): RoundRow | null {
  if (requested !== undefined && requested !== null && requested !== '') {
    if (!isUuid(requested)) throw new DomainFailure('not_found');
    const found = rounds.find((r) => r.id === requested);
    if (!found) throw new DomainFailure('not_found');
    return found;
  }
  const started = rounds.filter((r) => r.status !== 'draft');
  return started.at(-1) ?? rounds[0] ?? null;
}

export async function requireRoundAccess(actor: Actor | null, slug: string, requestedRound: unknown, executor: DbOrTx = db) {
  const event = await requireResultsAccess(actor, slug, executor);
  const rounds = await loadRounds(executor, event.id);
  return { event, rounds, round: pickRound(rounds, requestedRound) };
}

/** Results are organizer-only: to anyone else the round is not found (the setup guard says forbidden). */
export function hideForbidden(error: unknown): never {
  if (error instanceof DomainFailure && error.code === 'forbidden') throw new DomainFailure('not_found');
  throw error;
}
