import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import packageJson from '@/package.json';

export type Health = {
  status: 'ok' | 'degraded';
  app: { version: string; uptimeSeconds: number };
  database: { status: 'ok' | 'down'; latencyMs: number | null; migrations: number | null };
};

/** A health check that waits longer than a load balancer's probe is as good as down. */
export const DATABASE_TIMEOUT_MS = 2000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/*
 * Never throws and never returns an error's text: the body is public, and a driver error can carry the
 * host, the user or the database name. The failure is logged on the server instead.
 */
export async function checkHealth(executor: DbOrTx, timeoutMs = DATABASE_TIMEOUT_MS): Promise<Health> {
  const app = { version: packageJson.version, uptimeSeconds: Math.round(process.uptime()) };
  const started = performance.now();
  try {
    await withTimeout(executor.execute(sql`select 1`), timeoutMs);
  } catch (error) {
    console.error('health: database check failed:', error instanceof Error ? error.name : 'unknown error');
    return { status: 'degraded', app, database: { status: 'down', latencyMs: null, migrations: null } };
  }
  const latencyMs = Math.round(performance.now() - started);
  return { status: 'ok', app, database: { status: 'ok', latencyMs, migrations: await countMigrations(executor, timeoutMs) } };
}

/** Applied drizzle-kit migrations; null (not a failure) when the bookkeeping table is missing or unreadable. */
async function countMigrations(executor: DbOrTx, timeoutMs: number): Promise<number | null> {
  try {
    const rows = await withTimeout(
      executor.execute<{ count: number }>(sql`select count(*)::int as count from drizzle.__drizzle_migrations`),
      timeoutMs,
    );
    return rows[0]?.count ?? null;
  } catch {
    return null;
  }
}
