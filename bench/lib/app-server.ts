/*
 * The app as production runs it, for HTTP benchmarks: a fresh database migrated and seeded for this run,
 * then `next start` of the current build on its own port. The benchmark stops it and drops the database.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import postgres from 'postgres';
import { seedIfEmpty } from '../../scripts/lib/app-database';
import { createDatabase, dropDatabase, runMigrations, withDatabase } from '../../scripts/lib/database';
import { ensureBuild } from '../../scripts/lib/build';
import { root } from '../../scripts/lib/source-hash';
import { resolveTestServer, uniqueDatabaseName } from '../../scripts/lib/test-server';

export type BenchApp = { baseUrl: string; databaseUrl: string; sql: postgres.Sql; pid: number; stop: () => Promise<void> };

export type BenchAppOptions = {
  /**
   * A database the caller made, migrated and seeded (the reliability suite's own Postgres, which it stops and
   * starts); the app uses it as it is and `stop` leaves it. Without it a fresh one is made on the test server.
   */
  databaseUrl?: string;
  /** false: use the build in .next/ as it is (the caller built it, e.g. `npm run test:reliability`). */
  build?: boolean;
  /** The server's stderr, line chunks as they come; without it stderr is inherited. */
  onStderr?: (chunk: string) => void;
};

export async function startBenchApp(port: number, env: Record<string, string> = {}, options: BenchAppOptions = {}): Promise<BenchApp> {
  if (options.build !== false) ensureBuild();
  const own = options.databaseUrl ? null : await ownDatabase();
  const databaseUrl = options.databaseUrl ?? own!.databaseUrl;
  const baseUrl = `http://localhost:${port}`;
  const app: ChildProcess = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', 'localhost'], {
    cwd: root,
    stdio: ['ignore', 'ignore', options.onStderr ? 'pipe' : 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NODE_ENV: 'production',
      AUTH_SECRET: 'bench-only-secret-not-for-production-0123456789',
      APP_URL: baseUrl,
      MAIL_DIR: path.join(root, '.data', 'bench-mail'),
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
    },
  });
  if (options.onStderr) app.stderr?.setEncoding('utf8').on('data', options.onStderr);
  await waitFor(`${baseUrl}/api/health`, 120_000);
  const sql = postgres(databaseUrl, { max: 4, onnotice: () => {} });
  return {
    baseUrl,
    databaseUrl,
    sql,
    pid: app.pid!,
    stop: async () => {
      await sql.end({ timeout: 2 });
      if (app.exitCode === null) {
        app.kill('SIGTERM');
        await new Promise((resolve) => app.once('exit', resolve));
      }
      await own?.drop();
    },
  };
}

/** A fresh database on the test server, migrated and seeded, dropped (and the server stopped) by `drop`. */
async function ownDatabase(): Promise<{ databaseUrl: string; drop: () => Promise<void> }> {
  const server = await resolveTestServer();
  const name = uniqueDatabaseName('codefest_bench');
  await createDatabase(server.serverUrl, name);
  const databaseUrl = withDatabase(server.serverUrl, name);
  await runMigrations(databaseUrl);
  await seedIfEmpty(databaseUrl);
  return {
    databaseUrl,
    drop: async () => {
      await dropDatabase(server.serverUrl, name);
      await server.stop();
    },
  };
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}
