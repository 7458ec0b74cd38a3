import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { db, type DbOrTx, type Tx } from '@/db/client';
import { events, judgingRounds } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { requireEventRole } from '@/lib/auth/guards';
import { requireLiveActor } from '@/lib/registrations/context';
import { DomainFailure } from '@/lib/result';

/*
 * Shared steps of the judging set-up. Lock order, as in the rest of the app: the event row first, then the
 * round, then its rows. A round is locked FOR UPDATE by everything that changes it or its assignments, so
 * an assignment run, a manual move and a close cannot interleave: a close waits for a run in flight and the
 * run's writes land before the round says "closed" (and the trigger refuses any after).
 */
export type RoundRow = typeof judgingRounds.$inferSelect;
export type EventRow = typeof events.$inferSelect;

const isUuid = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** Every issue, keyed by its full path (`criteria.2.weight`), so each message lands beside its own field. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.length ? issue.path.join('.') : 'form';
    const list = (fieldErrors[key] ??= []);
    if (!list.includes(issue.message)) list.push(issue.message);
  }
  throw new DomainFailure('validation', fieldErrors);
}

/** An id from a URL or a form: anything that is not a uuid names nothing, so it answers not found. */
export function requireId(value: unknown): string {
  if (!isUuid(value)) throw new DomainFailure('not_found');
  return value;
}

/** The organizer (or a site admin) of the event, re-read in this transaction. */
export async function requireOrganizer(tx: Tx, actor: Actor | null, eventId: string): Promise<{ self: Actor; event: EventRow }> {
  const self = await requireLiveActor(tx, actor);
  const event = await requireEventRole(self, eventId, 'organizer', tx);
  return { self, event };
}

/** The round, locked, with its event checked against the organizer's rights first. */
export async function lockRoundForOrganizer(tx: Tx, actor: Actor | null, roundId: unknown) {
  const id = requireId(roundId);
  const [owner] = await tx.select({ eventId: judgingRounds.eventId }).from(judgingRounds).where(eq(judgingRounds.id, id));
  if (!owner) throw new DomainFailure('not_found');
  const { self, event } = await requireOrganizer(tx, actor, owner.eventId);
  const [round] = await tx.select().from(judgingRounds).where(eq(judgingRounds.id, id)).for('update');
  if (!round) throw new DomainFailure('not_found');
  return { self, event, round };
}

/**
 * Bumps the round's version only if it is still the one the editor loaded: the check lives in the UPDATE,
 * so two organizers saving at once cannot both win (ARCHITECTURE: version checks belong in the UPDATE).
 */
export async function bumpRoundVersion(tx: Tx, roundId: string, expected: number, changes: Partial<typeof judgingRounds.$inferInsert> = {}) {
  const [row] = await tx
    .update(judgingRounds)
    .set({ ...changes, version: sql`${judgingRounds.version} + 1` })
    .where(sql`${judgingRounds.id} = ${roundId} and ${judgingRounds.version} = ${expected}`)
    .returning();
  if (!row) throw new DomainFailure('stale_version', { form: ['judgingSetup.errors.staleVersion'] });
  return row;
}

export function requireNotClosed(round: RoundRow): void {
  if (round.status === 'closed') throw new DomainFailure('closed', { form: ['judgingSetup.errors.roundClosed'] });
}

/** An event by its public slug, for pages; the domain call that follows checks the actor's rights. */
export async function eventIdBySlug(slug: string, executor: DbOrTx = db): Promise<string | null> {
  const [row] = await executor.select({ id: events.id }).from(events).where(eq(events.slug, slug)).limit(1);
  return row?.id ?? null;
}
