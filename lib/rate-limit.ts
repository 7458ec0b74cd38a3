import { and, eq, sql } from 'drizzle-orm';
import { db, type DbOrTx } from '@/db/client';
import { rateLimitHits } from '@/db/schema';

/*
 * Fixed-window counters in Postgres, so a limit holds across every app instance behind the load balancer
 * and survives restarts. The window is computed from the database clock (not Node's), so all instances
 * agree on where a window starts. One upsert counts and reads in a single statement: no race between
 * "check" and "increment".
 */
const windowStartSql = (windowSeconds: number) =>
  sql`to_timestamp(floor(extract(epoch from statement_timestamp()) / ${windowSeconds}::int) * ${windowSeconds}::int)`;

/** Counts one hit against `key`; false once more than `limit` hits fell into the current window. */
export async function consume(key: string, limit: number, windowSeconds: number, executor: DbOrTx = db): Promise<boolean> {
  const [row] = await executor
    .insert(rateLimitHits)
    .values({ key, windowStart: windowStartSql(windowSeconds), count: 1 })
    .onConflictDoUpdate({
      target: [rateLimitHits.key, rateLimitHits.windowStart],
      set: { count: sql`${rateLimitHits.count} + 1` },
    })
    .returning({ count: rateLimitHits.count });
  return (row?.count ?? 0) <= limit;
}

/**
 * Gives back one hit in the current window. Sign-in counts every attempt up front (so parallel guesses
 * cannot all slip under the limit while argon2 runs) and refunds the successful ones, which leaves
 * exactly the failures counted.
 */
export async function refund(key: string, windowSeconds: number, executor: DbOrTx = db): Promise<void> {
  await executor
    .update(rateLimitHits)
    .set({ count: sql`greatest(${rateLimitHits.count} - 1, 0)` })
    .where(and(eq(rateLimitHits.key, key), eq(rateLimitHits.windowStart, windowStartSql(windowSeconds))));
}

/** Old windows are useless; callers may prune them now and then (cheap: primary-key ordered). */
export async function pruneRateLimits(olderThanSeconds = 86_400, executor: DbOrTx = db): Promise<void> {
  await executor
    .delete(rateLimitHits)
    .where(sql`${rateLimitHits.windowStart} < statement_timestamp() - make_interval(secs => ${olderThanSeconds}::int)`);
}

/** The limits in one place, so they can be reviewed together. */
export const LIMITS = {
  signInPerEmail: { limit: 10, windowSeconds: 15 * 60 },
  signInPerIp: { limit: 50, windowSeconds: 15 * 60 },
  signUpPerIp: { limit: 30, windowSeconds: 60 * 60 },
  resetRequestPerEmail: { limit: 5, windowSeconds: 60 * 60 },
  resetRequestPerIp: { limit: 30, windowSeconds: 60 * 60 },
  passwordChangePerUser: { limit: 10, windowSeconds: 15 * 60 },
  // Each invitation mails an address the organizer typed: a cap keeps a hijacked organizer account from
  // turning CodeFest into a mail cannon, while a real panel (tens of judges) never meets it.
  judgeInvitesPerOrganizer: { limit: 60, windowSeconds: 60 * 60 },
} as const;
