import path from 'node:path';
import { canConnect, withDatabase } from './database';
import { startEmbeddedPostgres } from './embedded-postgres';

export type TestServer = { serverUrl: string; isEmbedded: boolean; stop: () => Promise<void> };

/**
 * Where tests create their throw-away databases: TEST_DATABASE_URL, else DATABASE_URL's server, else a
 * Postgres on 127.0.0.1:5432 when one answers, else an embedded Postgres under .data/ (a machine with only Node).
 */
export async function resolveTestServer(): Promise<TestServer> {
  const configured = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (configured) return { serverUrl: configured, isEmbedded: false, stop: async () => {} };
  const local = 'postgres://postgres@127.0.0.1:5432/postgres';
  if (await canConnect(local)) return { serverUrl: local, isEmbedded: false, stop: async () => {} };
  const embedded = await startEmbeddedPostgres(path.resolve(import.meta.dirname, '../../.data/pg-test'), 54339);
  return { serverUrl: withDatabase(embedded.serverUrl, 'postgres'), isEmbedded: true, stop: embedded.stop };
}

/** A database name unique to this run, so parallel runs on one server never touch each other's data. */
export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
}
