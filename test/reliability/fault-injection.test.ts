/*
 * Issue 6 §2.1, fault injection: during a submission rush, the test's own Postgres is stopped (fast
 * shutdown) for 3 s and started again, under `next start` of the production build.
 *
 *   - 30 participants, each the only member of their own team (half on the English pages, half on the
 *     Chinese), save their project in a loop through the form's server action over HTTP, 1-2 s apart;
 *     every answer is recorded. The outage begins once every member has saved (3 s at the earliest).
 *   - (1) every save answered "saved" (redirect to ?saved=N) is in the database afterwards: revision N
 *     holds that request's own content, and the project is at version N or later;
 *   - (2) every request is answered within BOUND_MS: none hangs;
 *   - (3) every save that was not saved got the form state back with the translated `errors.unavailable`
 *     message (in both catalogs) and what was typed: no 500, no stack trace;
 *   - (4) within 5 s of the restart saves go through again, and every member saves again;
 *   - (5) the app is the same process throughout (same PID, alive, its uptime spans the run);
 *   - the public event page answers 500 with the translated error page (no stack trace) during the outage and
 *     answers 200 within 5 s after it; /api/health says 503, then 200.
 *
 * Needs a current production build in .next/ (`npm run test:reliability` builds first). Ports: Postgres
 * 54351, app 3241.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBenchApp, type BenchApp } from '../../bench/lib/app-server';
import { seedIfEmpty } from '../../scripts/lib/app-database';
import { runMigrations } from '../../scripts/lib/database';
import { startOwnPostgres, type OwnPostgres } from './support/own-postgres';
import { createRushFixture, type RushFixture } from './support/rush-fixture';
import { startRush, type SaveAnswer } from './support/submission-rush';

const PG_PORT = 54351;
const APP_PORT = 3241;
const MEMBERS = 30;
const OUTAGE_MS = 3_000;
/** No answer may take longer than this, during the outage or after it. */
const BOUND_MS = 10_000;
/** After the restart, saves and the public page must work again within this. */
const RECOVERY_MS = 5_000;
const AUTH_SECRET = 'fault-injection-only-secret-0123456789abcdef';

const root = path.resolve(import.meta.dirname, '../..');
const catalog = (locale: string, ns: string) => JSON.parse(readFileSync(path.join(root, 'lib/i18n/messages', locale, `${ns}.json`), 'utf8'));
/** What a stack trace or a leaked driver error looks like in a body. */
const LEAK = /\n\s+at \S+ \(|node_modules|ECONNREFUSED|CONNECTION_CLOSED|postgres:\/\/|57P0\d/;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let pg: OwnPostgres | undefined;
let app: BenchApp | undefined;
let sql: postgres.Sql | undefined;
let fixture: RushFixture;
let appStartedAt = 0;
const serverLog: string[] = [];

beforeAll(async () => {
  pg = await startOwnPostgres(PG_PORT);
  const url = await pg.createDatabase('codefest');
  await runMigrations(url);
  await seedIfEmpty(url);
  sql = postgres(url, { max: 4, onnotice: () => {}, backoff: () => 0.2 });
  fixture = await createRushFixture(sql, MEMBERS, AUTH_SECRET);
  appStartedAt = Date.now();
  app = await startBenchApp(APP_PORT, { AUTH_SECRET }, { databaseUrl: url, build: false, onStderr: (chunk) => serverLog.push(chunk) });
  // Warm the routes the rush uses, so the first seconds measure saves, not the first render of each page.
  const cookie = fixture.members[0]!.cookie;
  for (const page of [`/en/events/${fixture.slug}/submission`, `/en/events/${fixture.slug}`]) {
    expect((await fetch(`${app.baseUrl}${page}`, { headers: { cookie } })).status).toBe(200);
  }
});

afterAll(async () => {
  await sql?.end({ timeout: 2 });
  await app?.stop();
  await pg?.destroy();
});

describe('fault injection: Postgres stopped for 3 s during a submission rush', () => {
  it('keeps every saved answer, answers the outage with a translated error in bounded time, and recovers within 5 s without a restart', async () => {
    const rush = startRush({
      baseUrl: app!.baseUrl,
      fixture,
      timeoutMs: BOUND_MS + 5_000,
      currentVersion: async (teamId) => (await sql!<{ v: number }[]>`select version as v from submissions where team_id = ${teamId}`)[0]?.v ?? 0,
      probePaths: [`/en/events/${fixture.slug}`, `/zh-TW/events/${fixture.slug}`, '/api/health'],
    });
    // The outage begins once the rush is in full swing: every member has saved at least once (on a busy
    // machine the first round of 30 renders takes a few seconds), and not before 3 s.
    while ((rush.savedMembers() < MEMBERS || rush.now() < 3_000) && rush.now() < 60_000) await sleep(100);
    const stopIssued = rush.now();
    await pg!.stop();
    const stopped = rush.now();
    await sleep(OUTAGE_MS);
    const startIssued = rush.now();
    await pg!.start();
    const started = rush.now();
    await sleep(6_000);
    await rush.stop();
    const { answers, probes } = rush;
    mkdirSync(path.join(root, 'reports'), { recursive: true });
    writeFileSync(
      path.join(root, 'reports', 'fault-injection.json'),
      JSON.stringify({ stopIssued, stopped, startIssued, started, answers, probes: probes.map(({ body, ...p }) => ({ ...p, bytes: body.length })) }, null, 1),
    );
    writeFileSync(path.join(root, 'reports', 'fault-injection-server.log'), serverLog.join(''));

    const saved = answers.filter((a) => a.savedVersion !== null);
    const refused = answers.filter((a) => a.savedVersion === null && !a.conflict);
    const during = answers.filter((a) => a.start >= stopped && a.end <= startIssued);
    // Sent once the start was issued (Postgres accepts connections ~0.2-0.5 s later); measured from `started`.
    const afterRestart = answers.filter((a) => a.start >= startIssued);
    const firstSaveAfter = Math.min(...afterRestart.filter((a) => a.savedVersion !== null).map((a) => a.end)) - started;
    const lastRefusal = Math.max(0, ...refused.map((a) => a.end));
    const slowest = Math.max(...answers.map((a) => a.end - a.start));
    const eventProbes = probes.filter((p) => p.path.includes('/events/'));
    const eventDuring = eventProbes.filter((p) => p.start >= stopped && p.end <= startIssued);
    const eventBackAt = Math.max(
      ...['/en/', '/zh-TW/'].map((prefix) => Math.min(...eventProbes.filter((p) => p.path.startsWith(prefix) && p.start >= startIssued && p.status === 200).map((p) => p.end))),
    ) - started;
    const healthBackAt = Math.min(...probes.filter((p) => p.path === '/api/health' && p.start >= startIssued && p.status === 200).map((p) => p.end)) - started;
    console.log(
      [
        `fault injection: ${MEMBERS} members, stop issued at ${ms(stopIssued)} (down at ${ms(stopped)}), start issued at ${ms(startIssued)} (accepting at ${ms(started)})`,
        `  answers ${answers.length}: saved ${saved.length}, refused ${refused.length} (${countBy(refused, describeRefusal)}), conflicts ${answers.filter((a) => a.conflict).length}`,
        `  during the outage: ${during.length} answers (${countBy(during, describeRefusal)}), slowest ${ms(Math.max(0, ...during.map((a) => a.end - a.start)))}`,
        `  slowest answer of the run ${ms(slowest)} (bound ${ms(BOUND_MS)}); p50 ${ms(percentile(answers, 0.5))}, p95 ${ms(percentile(answers, 0.95))}`,
        `  first save after the restart ${ms(firstSaveAfter)} after it; last refusal ended ${ms(lastRefusal - started)} after it`,
        `  event page (en, zh-TW) during the outage: ${countBy(eventDuring, (p) => String(p.status))}; 200 again in both ${ms(eventBackAt)} after the restart`,
        `  health during the outage: ${countBy(probes.filter((p) => p.path === '/api/health' && p.start >= stopped && p.end <= startIssued), (p) => String(p.status))}; 200 again ${ms(healthBackAt)} after the restart`,
      ].join('\n'),
    );

    // The rush really ran and really met the outage.
    expect(answers.filter((a) => a.end < stopIssued && a.savedVersion !== null).length).toBeGreaterThanOrEqual(MEMBERS);
    expect(during.length).toBeGreaterThanOrEqual(10);

    // (2) Bounded: every request got an HTTP answer, none slower than the bound.
    expect(answers.filter((a) => a.status === 0), 'requests without an answer').toEqual([]);
    expect(slowest).toBeLessThanOrEqual(BOUND_MS);

    // (3) Every save that did not go through is the action's own answer: the form state with the translated
    // "unavailable" message and the typed content kept; never a 500 or an error page.
    for (const a of refused) {
      expect({ status: a.status, error: a.error, state: a.state?.status, message: a.state?.message, tagline: a.state?.values?.tagline }).toEqual({
        status: 200,
        error: null,
        state: 'error',
        message: 'errors.unavailable',
        tagline: a.tagline,
      });
    }
    expect(during.filter((a) => a.savedVersion !== null), 'saves "confirmed" while the database was down').toEqual([]);
    for (const locale of ['en', 'zh-TW']) {
      const errors = catalog(locale, 'errors');
      expect(errors.unavailable).toMatch(locale === 'en' ? /database/i : /資料庫/);
      expect(errors.unavailable).not.toBe(errors.unexpected);
    }

    // (1) Nothing answered "saved" is lost: revision N holds exactly that request's content, and the project
    // is at that version or a later one.
    const db = postgres(pg!.url('codefest'), { max: 2, onnotice: () => {} });
    try {
      const rows = await db<{ teamId: string; version: number; current: number; title: string; tagline: string }[]>`
        select s.team_id as "teamId", r.version, s.version as current, r.snapshot->>'title' as title, r.snapshot->>'tagline' as tagline
        from submission_revisions r join submissions s on s.id = r.submission_id where s.event_id = ${fixture.eventId}`;
      const stored = new Map(rows.map((r) => [`${r.teamId}/${r.version}`, r]));
      const lost = saved.filter((a) => {
        const row = stored.get(`${fixture.members[a.member]!.teamId}/${a.savedVersion}`);
        return !row || row.title !== a.title || row.tagline !== a.tagline || row.current < a.savedVersion!;
      });
      expect(lost, 'answered "saved" but not in the database').toEqual([]);
    } finally {
      await db.end({ timeout: 2 });
    }

    // (4) Recovery without a restart: the first save after the restart within 5 s, no refusal that began
    // later than 5 s after it, and every member saved again.
    expect(firstSaveAfter).toBeLessThanOrEqual(RECOVERY_MS);
    expect(refused.filter((a) => a.start > started + RECOVERY_MS), 'refused more than 5 s after the restart').toEqual([]);
    const savedAgain = new Set(afterRestart.filter((a) => a.savedVersion !== null).map((a) => a.member));
    expect(savedAgain.size).toBe(MEMBERS);

    // The public page: a translated error page without a stack trace while the database is down, 200 within 5 s after.
    expect(eventDuring.length).toBeGreaterThanOrEqual(2);
    for (const p of eventDuring) {
      const errorTitle = catalog(p.path.startsWith('/en/') ? 'en' : 'zh-TW', 'areas').error.title as string;
      expect({ path: p.path, status: p.status, errorPage: p.body.includes(errorTitle), leak: LEAK.exec(p.body)?.[0] ?? null }).toEqual({
        path: p.path,
        status: 500,
        errorPage: true,
        leak: null,
      });
    }
    expect(eventBackAt).toBeLessThanOrEqual(RECOVERY_MS);
    for (const p of probes) expect(LEAK.exec(p.body)?.[0] ?? null, `${p.path} at ${ms(p.start)}`).toBeNull();
    const health = probes.filter((p) => p.path === '/api/health');
    expect(health.filter((p) => p.start >= stopped && p.end <= startIssued).every((p) => p.status === 503)).toBe(true);
    expect(health.filter((p) => p.start >= started + RECOVERY_MS).every((p) => p.status === 200)).toBe(true);

    // (5) The same app process served the whole run.
    expect(() => process.kill(app!.pid, 0)).not.toThrow();
    const after = (await (await fetch(`${app!.baseUrl}/api/health`)).json()) as { app: { uptimeSeconds: number } };
    // Its own clock: a process started again (by anyone) would report less than the time since we spawned it.
    expect(after.app.uptimeSeconds).toBeGreaterThanOrEqual(Math.floor((Date.now() - appStartedAt) / 1000) - 2);
    expect(serverLog.join('')).not.toMatch(/uncaught|unhandledRejection/i);
  });
});

function ms(value: number): string {
  return `${Math.round(value)} ms`;
}

function percentile(answers: SaveAnswer[], p: number): number {
  const sorted = answers.map((a) => a.end - a.start).sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

function describeRefusal(a: SaveAnswer): string {
  if (a.savedVersion !== null) return 'saved';
  if (a.conflict) return 'conflict';
  return a.state?.message ?? `HTTP ${a.status} ${a.error ?? ''}`.trim();
}

function countBy<T>(items: T[], key: (item: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k}: ${n}`).join(', ') || 'none';
}
