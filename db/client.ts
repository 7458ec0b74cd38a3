import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';

/*
 * The one database handle. DATABASE_URL is always set by the time a query runs: either by the operator
 * (a managed Postgres in production) or by scripts/start.ts and the test set-up, which start an embedded
 * Postgres when it is missing. The client connects lazily, so `next build` never needs a database.
 */
function createClient() {
  const url = process.env.DATABASE_URL;
  const options = {
    max: Number(process.env.DATABASE_POOL_MAX ?? 10),
    idle_timeout: 20,
    connect_timeout: 10,
    /*
     * Wait between reconnect attempts, in seconds. postgres.js's default grows 3^n/100 s with every failed
     * attempt, counted across the whole pool, up to 20 s, and a query waiting for a connection waits that
     * long. Measured with 30 query loops on a pool of 10 and Postgres stopped for 3 s: with the default one
     * query waited 20.9 s and queries still failed 17.8 s after the restart; capped at 0.5 s the slowest
     * took 2.1 s and the first succeeded 70 ms after the restart (issue 6 §2.1, test/reliability/fault-injection).
     */
    backoff: (attempt: number) => Math.min(0.05 * 2 ** attempt, 0.5) * (0.5 + Math.random() / 2),
    onnotice: () => {},
  } as const;
  return url ? postgres(url, options) : postgres(options);
}

type Client = ReturnType<typeof createClient>;
const globalForDb = globalThis as unknown as { codefestSql?: Client };

// Reuse the pool across hot reloads in development instead of leaking one per reload.
export const sql: Client = globalForDb.codefestSql ?? createClient();
if (process.env.NODE_ENV !== 'production') globalForDb.codefestSql = sql;

export const db = drizzle({ client: sql, schema, casing: 'snake_case' });

export type Db = typeof db;
/** A transaction handle of the same database; query helpers accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;
