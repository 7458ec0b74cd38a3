/*
 * Several `next start` instances of the current build on ONE fresh database, for the reliability suite's
 * multi-instance checks: the database is made, migrated and seeded here (dropped by `drop`), and each
 * instance is bench/lib/app-server's startBenchApp pointed at it, with its stderr kept for the failure
 * message instead of interleaved with the test output.
 */
import postgres from 'postgres';
import { startBenchApp, type BenchApp } from '../../../bench/lib/app-server';
import { seedIfEmpty } from '../../../scripts/lib/app-database';
import { createDatabase, dropDatabase, runMigrations, withDatabase } from '../../../scripts/lib/database';
import { resolveTestServer, uniqueDatabaseName } from '../../../scripts/lib/test-server';

export type SeededDatabase = { url: string; sql: postgres.Sql; drop: () => Promise<void> };

export async function freshSeededDatabase(prefix = 'codefest_rel'): Promise<SeededDatabase> {
  const server = await resolveTestServer();
  const name = uniqueDatabaseName(prefix);
  await createDatabase(server.serverUrl, name);
  const url = withDatabase(server.serverUrl, name);
  await runMigrations(url);
  await seedIfEmpty(url);
  const sql = postgres(url, { max: 4, onnotice: () => {} });
  return {
    url,
    sql,
    drop: async () => {
      await sql.end({ timeout: 2 });
      await dropDatabase(server.serverUrl, name);
      await server.stop();
    },
  };
}

export type Instance = BenchApp & { stderr: () => string };

/** `next start` on `port` against `databaseUrl`; `build: false` when an earlier instance already checked the build. */
export async function startInstance(port: number, databaseUrl: string, env: Record<string, string>, build = true): Promise<Instance> {
  let stderr = '';
  const app = await startBenchApp(port, env, { databaseUrl, build, onStderr: (chunk) => (stderr = (stderr + chunk).slice(-20_000)) });
  return { ...app, stderr: () => stderr };
}

export type Page = { status: number; html: string; startedAt: number };

/** One GET as a browser's first visit would make it (no cache), with an optional session cookie. */
export async function getPage(baseUrl: string, path: string, cookie?: string): Promise<Page> {
  const startedAt = performance.now();
  const response = await fetch(`${baseUrl}${path}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
  return { status: response.status, html: await response.text(), startedAt };
}

/**
 * GETs `path` every `intervalMs` until `done(page)`; returns the first such page and how long after `since`
 * its request was SENT (so the time it took to render does not count as propagation delay).
 */
export async function pollPage(
  baseUrl: string,
  path: string,
  done: (page: Page) => boolean,
  opts: { since: number; timeoutMs: number; intervalMs?: number },
): Promise<{ page: Page; afterMs: number; polls: number } | null> {
  let polls = 0;
  while (performance.now() - opts.since < opts.timeoutMs) {
    const page = await getPage(baseUrl, path);
    polls++;
    if (done(page)) return { page, afterMs: page.startedAt - opts.since, polls };
    await new Promise((resolve) => setTimeout(resolve, opts.intervalMs ?? 50));
  }
  return null;
}
