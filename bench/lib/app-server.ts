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

export type BenchApp = { baseUrl: string; databaseUrl: string; sql: postgres.Sql; stop: () => Promise<void> };

export async function startBenchApp(port: number, env: Record<string, string> = {}): Promise<BenchApp> {
  ensureBuild();
  const server = await resolveTestServer();
  const name = uniqueDatabaseName('codefest_bench');
  await createDatabase(server.serverUrl, name);
  const databaseUrl = withDatabase(server.serverUrl, name);
  await runMigrations(databaseUrl);
  await seedIfEmpty(databaseUrl);
  const baseUrl = `http://localhost:${port}`;
  const app: ChildProcess = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', 'localhost'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
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
  await waitFor(`${baseUrl}/api/health`, 120_000);
  const sql = postgres(databaseUrl, { max: 4 });
  return {
    baseUrl,
    databaseUrl,
    sql,
    stop: async () => {
      await sql.end();
      if (app.exitCode === null) {
        app.kill('SIGTERM');
        await new Promise((resolve) => app.once('exit', resolve));
      }
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
