/*
 * How many database statements one page request costs, measured from outside the app: the database's
 * committed-transaction counter (pg_stat_database.xact_commit) across N sequential requests. The app's
 * postgres.js client runs each statement outside a transaction in its own implicit one, so the counter
 * counts statements (a real transaction counts once). Background work (the pg-boss workers poll) is
 * measured over an idle window and subtracted.
 * Backends report their counters when idle at most every 10 s (PostgreSQL 15+), hence the waits.
 */
import type postgres from 'postgres';

const FLUSH_MS = 11_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function commits(sql: postgres.Sql): Promise<number> {
  const [row] = await sql<{ n: string }[]>`select (xact_commit + xact_rollback)::text as n from pg_stat_database where datname = current_database()`;
  return Number(row!.n);
}

/** Transactions per second the database sees while nobody requests a page (workers, this probe). */
export async function idleRate(sql: postgres.Sql): Promise<number> {
  await sleep(FLUSH_MS);
  const [before, t0] = [await commits(sql), Date.now()];
  await sleep(FLUSH_MS);
  return ((await commits(sql)) - before) / ((Date.now() - t0) / 1000);
}

export async function statementsPerRequest(sql: postgres.Sql, url: string, requests: number, idlePerSecond: number): Promise<number> {
  await sleep(FLUSH_MS);
  const [before, t0] = [await commits(sql), Date.now()];
  for (let i = 0; i < requests; i++) {
    const response = await fetch(url);
    await response.arrayBuffer();
  }
  await sleep(FLUSH_MS);
  const delta = (await commits(sql)) - before - idlePerSecond * ((Date.now() - t0) / 1000);
  return Math.max(0, Number((delta / requests).toFixed(2)));
}
