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
