/*
 * Deadline rush (issue 6 §1.1): N participants (500) each save their team's project at the same instant,
 * through the HTTP path the browser uses (saveSubmissionAction on `next start` of the production build,
 * React's reply encoding, the session cookie), several rounds. Then the physical limit in the same run:
 * the same database work (bench/lib/limit-submission.ts) through postgres.js with the same concurrency
 * and a pool the size of the app's (db/client.ts: DATABASE_POOL_MAX, default 10). Prints app / limit.
 * Goals: p95 < 150 ms, app / limit >= 0.5. Every "saved" answer is checked in the database afterwards.
 *   flock /tmp/heavy.lock npm run bench:rush     (BENCH_RUSH_USERS, BENCH_RUSH_ROUNDS to change the size)
 */
import os from 'node:os';
import postgres from 'postgres';
import { actionIdOf, callAction } from './lib/action-client';
import { startBenchApp } from './lib/app-server';
import { percentile, printBursts, runBursts, type BurstFigures } from './lib/burst';
import { atLeast, atMost, printGoals } from './lib/goals';
import { createRushFixture, rushContent, type RushFixture } from './lib/load-fixture-rush';
import { saveSubmissionDirect } from './lib/limit-submission';
import { saveResults } from './lib/report';
import { sessionCookieFor } from './lib/session-cookie';

const PORT = 3220;
const USERS = Number(process.env.BENCH_RUSH_USERS ?? 500);
const ROUNDS = Number(process.env.BENCH_RUSH_ROUNDS ?? 3);
const WARM_UP_ROUNDS = 1;
const SEQUENTIAL_SAMPLES = 20;
const APP_POOL_MAX = Number(process.env.DATABASE_POOL_MAX ?? 10); // what db/client.ts gives the app
// More than one `next start` on the same database (participant i talks to instance i mod N): what a second
// process per core buys. The limit's pool is then N × the app's pool, the connections all instances hold.
const INSTANCES = Number(process.env.BENCH_RUSH_INSTANCES ?? 1);
const SECRET = 'bench-deadline-rush-secret-0123456789abcdef';
const ACTIONS = 'app/[locale]/events/[slug]/submission/actions.ts';

function formFor(fixture: RushFixture, i: number, round: number, version: number): FormData {
  const c = rushContent(fixture, i, round);
  const fd = new FormData();
  fd.append('locale', 'en');
  fd.append('slug', fixture.slug);
  fd.append('eventId', fixture.eventId);
  fd.append('version', String(version));
  for (const name of ['title', 'tagline', 'description', 'trackId', 'repositoryUrl', 'demoUrl', 'videoUrl', 'slidesUrl', 'technologies'] as const) {
    fd.append(name, c[name]);
  }
  for (const [id, value] of Object.entries(c.answers)) fd.append(`answer.${id}`, value);
  for (const id of c.compliance) fd.append('compliance', id);
  return fd;
}

/** Median latency of each probe over SEQUENTIAL_SAMPLES calls made one after another. */
async function sequentialBreakdown(probes: Record<string, () => Promise<{ ok: boolean; ms: number }>>): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [name, probe] of Object.entries(probes)) {
    const times: number[] = [];
    for (let k = 0; k < SEQUENTIAL_SAMPLES; k++) {
      const r = await probe();
      if (!r.ok) throw new Error(`breakdown probe ${name} failed: ${JSON.stringify(r)}`);
      times.push(r.ms);
    }
    times.sort((a, b) => a - b);
    out[name] = Math.round(percentile(times, 50) * 10) / 10;
  }
  return out;
}

/** How many participants' rows stand at exactly the version this run expects (every "saved" counted). */
async function rowsAtExpectedVersion(sql: postgres.Sql, fixture: RushFixture, versions: number[]): Promise<number> {
  const [row] = await sql<{ n: number }[]>`
    select count(*)::int as n from submissions s
    join unnest(${fixture.participants.map((p) => p.submissionId)}::uuid[], ${versions}::int[]) as x(id, v) on x.id = s.id
    where s.version = x.v`;
  return row!.n;
}

async function main() {
  const app = await startBenchApp(PORT, { AUTH_SECRET: SECRET });
  const others = [];
  for (let k = 1; k < INSTANCES; k++) others.push(await startBenchApp(PORT + 10 + k, { AUTH_SECRET: SECRET }, { databaseUrl: app.databaseUrl, build: false }));
  const baseUrls = [app.baseUrl, ...others.map((o) => o.baseUrl)];
  const limitPool = APP_POOL_MAX * INSTANCES;
  const limitSql = postgres(app.databaseUrl, { max: limitPool, onnotice: () => {} });
  try {
    const actionId = actionIdOf(ACTIONS, 'saveSubmissionAction'); // after the build startBenchApp may have made
    const t0 = performance.now();
    const fixture = await createRushFixture(app.sql, USERS);
    console.log(`fixture: ${USERS} participants, teams, registrations and draft submissions in ${(performance.now() - t0).toFixed(0)} ms (SQL)`);
    // users.session_version starts at 1 and nobody changed a password: no read per cookie needed.
    const cookies = await Promise.all(fixture.participants.map((p) => sessionCookieFor(p.userId, { secret: SECRET, sessionVersion: 1 })));
    const versions = fixture.participants.map(() => 1);
    const pagePath = `/en/events/${fixture.slug}/submission`;

    const appSave = async (i: number, round: number) => {
      const answer = await callAction(baseUrls[i % baseUrls.length]!, {
        pagePath,
        actionId,
        args: [undefined, formFor(fixture, i, round, versions[i]!)],
        cookie: cookies[i],
        timeoutMs: 120_000,
      });
      const expected = `${pagePath}?saved=${versions[i]! + 1}`;
      if (answer.redirectTo === expected) {
        versions[i]!++;
        return { ok: true, ms: answer.ms, kind: 'saved' };
      }
      const kind = answer.redirectTo ? `redirect ${answer.redirectTo.replace(/[0-9a-f-]{36}/g, '<id>')}` : (answer.error ?? `HTTP ${answer.status} ${JSON.stringify(answer.result)}`).slice(0, 120);
      return { ok: false, ms: answer.ms, kind };
    };
    const directSave = async (i: number, round: number) => {
      const started = performance.now();
      try {
        const r = await saveSubmissionDirect(limitSql, fixture, i, round, versions[i]!);
        if (r.saved) versions[i] = r.version;
        return { ok: r.saved, ms: performance.now() - started, kind: r.saved ? 'saved' : 'stale' };
      } catch (error) {
        return { ok: false, ms: performance.now() - started, kind: String((error as Error).message).slice(0, 120) };
      }
    };

    // Warm-up: one burst each way (JIT, page render caches, pool connections), not counted.
    await runBursts('warm-up app', WARM_UP_ROUNDS, USERS, appSave);
    await runBursts('warm-up limit', WARM_UP_ROUNDS, USERS, (i, r) => directSave(i, 100 + r));

    // Where one save's time goes, one request at a time (no queueing): the whole save (action, then the
    // page the redirect renders), the action alone (a save refused by validation: actor, transaction up to
    // the parse, no redirect, no render), the page's RSC render alone, and the database work alone.
    const breakdown = await sequentialBreakdown({
      save: () => appSave(0, 300),
      actionOnly: async () => {
        const started = performance.now();
        const fd = formFor(fixture, 0, 300, versions[0]!);
        fd.set('title', '');
        const a = await callAction(app.baseUrl, { pagePath, actionId, args: [undefined, fd], cookie: cookies[0] });
        return { ok: (a.result as { status?: string } | undefined)?.status === 'error', ms: performance.now() - started, kind: 'validation' };
      },
      pageRsc: async () => {
        const started = performance.now();
        const r = await fetch(`${app.baseUrl}${pagePath}?saved=${versions[0]}`, { headers: { RSC: '1', Cookie: cookies[0]! } });
        await r.arrayBuffer();
        return { ok: r.ok, ms: performance.now() - started, kind: String(r.status) };
      },
      database: () => directSave(0, 301),
    });
    console.log('one request at a time, median ms:', breakdown);
    const savedBefore = await rowsAtExpectedVersion(app.sql, fixture, versions);

    const rows: BurstFigures[] = [];
    const loadBefore = os.loadavg();
    rows.push(await runBursts(`app: saveSubmissionAction over HTTP (${INSTANCES} next start), ${USERS} at once`, ROUNDS, USERS, (i, r) => appSave(i, 1 + r)));
    const appChecked = await rowsAtExpectedVersion(app.sql, fixture, versions);
    rows.push(await runBursts(`limit: same statements via postgres.js (pool ${limitPool}), ${USERS} at once`, ROUNDS, USERS, (i, r) => directSave(i, 200 + r)));
    const limitChecked = await rowsAtExpectedVersion(app.sql, fixture, versions);
    const loadAfter = os.loadavg();
    printBursts(rows);

    const [appRow, limitRow] = rows as [BurstFigures, BurstFigures];
    const ratio = Number((appRow.perSecond / limitRow.perSecond).toFixed(3));
    const [revisions] = await app.sql<{ n: number }[]>`
      select count(*)::int as n from submission_revisions r join submissions s on s.id = r.submission_id where s.event_id = ${fixture.eventId}`;
    const expectedRevisions = versions.reduce((n, v) => n + v - 1, 0);
    const verified = {
      rowsAtExpectedVersionAfterWarmUp: savedBefore,
      rowsAtExpectedVersionAfterApp: appChecked,
      rowsAtExpectedVersionAfterLimit: limitChecked,
      participants: USERS,
      revisionRows: revisions!.n,
      revisionRowsExpected: expectedRevisions,
    };
    console.log(`verified in the database: ${appChecked}/${USERS} rows at the version their last "saved" answer named after the app rounds, ${limitChecked}/${USERS} after the limit rounds; ${revisions!.n} revision rows for ${expectedRevisions} saves`);
    console.log(`app / limit (saves/s): ${appRow.perSecond} / ${limitRow.perSecond} = ${ratio}`);
    console.log(`load average before ${loadBefore.map((l) => l.toFixed(1)).join(' / ')}, after ${loadAfter.map((l) => l.toFixed(1)).join(' / ')}`);
    const goals = [
      atMost('deadline rush p95 (app)', appRow.p95, 'ms', 150, true),
      atLeast('deadline rush app / limit (saves/s)', ratio, '', 0.5),
      atMost('deadline rush errors (app)', appRow.errors, '', 0),
      atLeast('deadline rush saves verified in DB', appChecked === USERS && limitChecked === USERS && revisions!.n === expectedRevisions ? 1 : 0, '', 1),
    ];
    printGoals(goals);
    saveResults(INSTANCES === 1 ? 'deadline-rush.json' : `deadline-rush-${INSTANCES}-instances.json`, {
      users: USERS,
      instances: INSTANCES,
      limitPool,
      rounds: ROUNDS,
      appPoolMax: APP_POOL_MAX,
      app: appRow,
      limit: limitRow,
      ratio,
      verified,
      sequentialMedianMs: breakdown,
      loadAverageBefore: loadBefore,
      goals,
    });
    if (appChecked !== USERS || limitChecked !== USERS || revisions!.n !== expectedRevisions) {
      throw new Error('a "saved" answer is not in the database');
    }
  } finally {
    await limitSql.end();
    for (const o of others) await o.stop();
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
