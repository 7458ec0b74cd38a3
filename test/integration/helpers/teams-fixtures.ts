import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { db } from '@/db/client';
import { auditLog, registrations, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import type { Result } from '@/lib/result';
import { insertEvent, insertUser } from './domain-rows';

/*
 * Fixtures for the team tests: a published event whose registration is open and whose deadline the test
 * chooses, and participants registered in it (rows inserted directly, as the registration flow is tested
 * on its own).
 */
const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

export async function teamEvent(options: { deadlineInMs?: number; teamSizeMin?: number; teamSizeMax?: number } = {}) {
  const now = Date.now();
  const deadline = now + (options.deadlineInMs ?? 10 * DAY);
  return insertEvent({
    isPublished: true,
    registrationOpensAt: new Date(now - 10 * DAY),
    registrationClosesAt: new Date(Math.min(deadline - 2 * HOUR, now + 5 * DAY)),
    hackingStartsAt: new Date(deadline - HOUR),
    submissionDeadline: new Date(deadline),
    judgingEndsAt: new Date(deadline + 7 * DAY),
    teamSizeMin: options.teamSizeMin ?? 2,
    teamSizeMax: options.teamSizeMax ?? 4,
  });
}

export function actorOf(user: typeof users.$inferSelect): Actor {
  return { userId: user.id, email: user.email, name: user.name, isSiteAdmin: false };
}

type RegistrationStatus = (typeof registrations.$inferInsert)['status'];

/** A user registered in the event (status `admitted` unless told otherwise), as an Actor. */
export async function participant(eventId: string, options: { status?: RegistrationStatus; name?: string; isLookingForTeam?: boolean } = {}) {
  const user = await insertUser({ name: options.name ?? `Participant ${randomUUID().slice(0, 6)}` });
  await db.insert(registrations).values({
    eventId,
    userId: user.id,
    status: options.status ?? 'admitted',
    displayName: user.name ?? 'Participant',
    skills: ['TypeScript'],
    consentRulesAt: new Date(),
    consentDataAt: new Date(),
    isLookingForTeam: options.isLookingForTeam ?? false,
  });
  return actorOf(user);
}

/** Unwraps an ok Result, failing the test with the error otherwise. */
export function expectOk<T>(result: Result<T>): T {
  if (!result.ok) expect.fail(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.data;
}

/** The refusal's code and its field errors, for one toEqual. */
export function refusal(result: Result<unknown>) {
  expect(result.ok).toBe(false);
  return result.ok ? null : result.error;
}

export async function auditActions(eventId: string): Promise<string[]> {
  const rows = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.eventId, eventId));
  return rows.map((r) => r.action);
}
