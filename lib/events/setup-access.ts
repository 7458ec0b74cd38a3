import 'server-only';
import { eq } from 'drizzle-orm';
import { db, type DbOrTx } from '@/db/client';
import { events } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { requireEventCapability } from '@/lib/auth/guards';
import { DomainFailure } from '@/lib/result';
import { fieldErrorsOf } from '@/lib/validation/auth';

/*
 * Every event-setup operation starts here: the event, found by id or slug, only if the actor may manage it
 * (an organizer of THIS event, or a site admin). The guard answers "not found" to anyone else for a draft,
 * so an unpublished event's existence does not leak. With `lock`, the event row is taken FOR UPDATE, which
 * serialises setup writes of one event (last-organizer checks, track slugs) without a racy pre-check.
 */
export async function requireManagedEvent(
  actor: Actor | null,
  ref: { id?: string; slug?: string },
  executor: DbOrTx = db,
  options: { lock?: boolean } = {},
) {
  const id = ref.id ?? (ref.slug ? await idOfSlug(ref.slug, executor) : undefined);
  if (!id || !/^[0-9a-f-]{36}$/i.test(id)) throw new DomainFailure('not_found');
  const event = await requireEventCapability(actor, id, 'event.manage', executor);
  if (!options.lock) return event;
  const [locked] = await executor.select().from(events).where(eq(events.id, id)).for('update');
  if (!locked) throw new DomainFailure('not_found');
  return locked;
}

async function idOfSlug(slug: string, executor: DbOrTx): Promise<string | undefined> {
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) return undefined;
  const [row] = await executor.select({ id: events.id }).from(events).where(eq(events.slug, slug)).limit(1);
  return row?.id;
}

export const isUuid = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f-]{36}$/i.test(value);

/** Parses with a setup schema or fails with every field's message keys. */
export function parseOrFail<T>(schema: { safeParse: (input: unknown) => { success: true; data: T } | { success: false; error: import('zod').ZodError } }, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new DomainFailure('validation', fieldErrorsOf(parsed.error));
  return parsed.data;
}
