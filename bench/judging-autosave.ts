/*
 * Judging autosave (issue 6 §1.2): J judges (40) of one event autosave their score sheets at the same
 * instant, through the HTTP path the browser uses (saveSheetAction on `next start` of the production
 * build, React's reply encoding, the session cookie): in every round each judge saves one of their
 * assigned sheets (rotating over them), rounds released at once, SAVES_PER_JUDGE rounds (20). Then the
 * physical limit in the same run: the same database work (bench/lib/limit-judging.ts) through postgres.js
 * with the same concurrency and a pool the size of the app's (db/client.ts: DATABASE_POOL_MAX, default 10).
 * Goals: p95 < 150 ms, app / limit >= 0.5; every saved answer's version is checked in the database.
 *   flock /tmp/heavy.lock npm run bench:judging   (BENCH_JUDGES, BENCH_JUDGE_SAVES to change the size)
 */
import os from 'node:os';
import postgres from 'postgres';
import { actionIdOf, callAction } from './lib/action-client';
import { startBenchApp } from './lib/app-server';
import { printBursts, runBursts, type BurstFigures } from './lib/burst';
import { atLeast, atMost, printGoals } from './lib/goals';
import { createJudgingFixture, sheetPayload, type JudgingFixture } from './lib/load-fixture-judging';
import { saveSheetDirect } from './lib/limit-judging';
import { saveResults } from './lib/report';
import { sessionCookieFor } from './lib/session-cookie';

const PORT = 3222;
const JUDGES = Number(process.env.BENCH_JUDGES ?? 40);
const SAVES_PER_JUDGE = Number(process.env.BENCH_JUDGE_SAVES ?? 20);
const PER_JUDGE = 5; // assigned projects per judge
const PROJECTS = 100;
const APP_POOL_MAX = Number(process.env.DATABASE_POOL_MAX ?? 10);
const SECRET = 'bench-judging-autosave-secret-0123456789abcdef';
const ACTIONS = 'app/[locale]/judge/events/[slug]/projects/[submissionId]/actions.ts';

type SheetAnswer = { ok: boolean; version?: number; code?: string };

async function sheetsAtExpectedVersion(sql: postgres.Sql, versions: Map<string, number>): Promise<number> {
  const ids = [...versions.keys()];
  const [row] = await sql<{ n: number }[]>`
    select count(*)::int as n from score_sheets s join unnest(${ids}::uuid[], ${ids.map((id) => versions.get(id)!)}::int[]) as x(id, v) on x.id = s.id
    where s.version = x.v`;
  return row!.n;
}

async function main() {
  const app = await startBenchApp(PORT, { AUTH_SECRET: SECRET });
  const limitSql = postgres(app.databaseUrl, { max: APP_POOL_MAX, onnotice: () => {} });
  try {
    const actionId = actionIdOf(ACTIONS, 'saveSheetAction');
    const t0 = performance.now();
    const fixture: JudgingFixture = await createJudgingFixture(app.sql, { judges: JUDGES, projects: PROJECTS, perJudge: PER_JUDGE });
    console.log(`fixture: ${JUDGES} judges, ${PROJECTS} projects, ${JUDGES * PER_JUDGE} assigned draft sheets in ${(performance.now() - t0).toFixed(0)} ms (SQL)`);
    const cookies = await Promise.all(fixture.judges.map((j) => sessionCookieFor(j.userId, { secret: SECRET, sessionVersion: 1 })));
    const versions = new Map<string, number>(fixture.judges.flatMap((j) => j.sheets.map((s) => [s.sheetId, 1] as [string, number])));
    const sheetOf = (j: number, n: number) => fixture.judges[j]!.sheets[n % PER_JUDGE]!;

    const appSave = async (j: number, n: number) => {
      const sheet = sheetOf(j, n);
      const version = versions.get(sheet.sheetId)!;
      const answer = await callAction(app.baseUrl, {
        pagePath: `/en/judge/events/${fixture.slug}/projects/${sheet.submissionId}`,
        actionId,
        args: [fixture.roundId, sheet.submissionId, sheetPayload(fixture, j, n, version)],
        cookie: cookies[j],
        timeoutMs: 60_000,
      });
      const result = answer.result as SheetAnswer | undefined;
      if (result?.ok && result.version === version + 1) {
        versions.set(sheet.sheetId, result.version);
        return { ok: true, ms: answer.ms, kind: 'saved' };
      }
      return { ok: false, ms: answer.ms, kind: (answer.error ?? answer.redirectTo ?? JSON.stringify(result)).slice(0, 120) };
    };
    const directSave = async (j: number, n: number) => {
      const sheet = sheetOf(j, n);
      const started = performance.now();
      try {
        const r = await saveSheetDirect(limitSql, fixture, j, n % PER_JUDGE, n, versions.get(sheet.sheetId)!);
        if (r.saved) versions.set(sheet.sheetId, r.version);
        return { ok: r.saved, ms: performance.now() - started, kind: r.saved ? 'saved' : 'stale' };
      } catch (error) {
        return { ok: false, ms: performance.now() - started, kind: String((error as Error).message).slice(0, 120) };
      }
    };

    // Warm-up (JIT, connections), not counted: two rounds each way.
    await runBursts('warm-up app', 2, JUDGES, (j, r) => appSave(j, r));
    await runBursts('warm-up limit', 2, JUDGES, (j, r) => directSave(j, r));

    const loadBefore = os.loadavg();
    const rows: BurstFigures[] = [];
    rows.push(await runBursts(`app: saveSheetAction over HTTP, ${JUDGES} judges at once`, SAVES_PER_JUDGE, JUDGES, (j, r) => appSave(j, 2 + r)));
    const appChecked = await sheetsAtExpectedVersion(app.sql, versions);
    rows.push(await runBursts(`limit: same statements via postgres.js (pool ${APP_POOL_MAX}), ${JUDGES} at once`, SAVES_PER_JUDGE, JUDGES, (j, r) => directSave(j, 2 + r)));
    const limitChecked = await sheetsAtExpectedVersion(app.sql, versions);
    const loadAfter = os.loadavg();
    printBursts(rows);

    const [appRow, limitRow] = rows as [BurstFigures, BurstFigures];
    const ratio = Number((appRow.perSecond / limitRow.perSecond).toFixed(3));
    const [audit] = await app.sql<{ n: number }[]>`select count(*)::int as n from audit_log where event_id = ${fixture.eventId} and action = 'judging.sheet_save'`;
    const expectedAudits = [...versions.values()].reduce((n, v) => n + v - 1, 0);
    const sheets = versions.size;
    const allVerified = appChecked === sheets && limitChecked === sheets && audit!.n === expectedAudits;
    console.log(`verified in the database: ${appChecked}/${sheets} sheets at the version their last saved answer named after the app rounds, ${limitChecked}/${sheets} after the limit rounds; ${audit!.n} audit rows for ${expectedAudits} saves`);
    console.log(`app / limit (saves/s): ${appRow.perSecond} / ${limitRow.perSecond} = ${ratio}`);
    console.log(`load average before ${loadBefore.map((l) => l.toFixed(1)).join(' / ')}, after ${loadAfter.map((l) => l.toFixed(1)).join(' / ')}`);
    const goals = [
      atMost('judging autosave p95 (app)', appRow.p95, 'ms', 150, true),
      atLeast('judging autosave app / limit (saves/s)', ratio, '', 0.5),
      atMost('judging autosave errors (app)', appRow.errors, '', 0),
      atLeast('judging autosave saves verified in DB', allVerified ? 1 : 0, '', 1),
    ];
    printGoals(goals);
    saveResults('judging-autosave.json', {
      judges: JUDGES,
      savesPerJudge: SAVES_PER_JUDGE,
      sheetsPerJudge: PER_JUDGE,
      appPoolMax: APP_POOL_MAX,
      app: appRow,
      limit: limitRow,
      ratio,
      verified: { sheets, appChecked, limitChecked, auditRows: audit!.n, auditRowsExpected: expectedAudits },
      loadAverageBefore: loadBefore,
      goals,
    });
    if (!allVerified) throw new Error('a saved answer is not in the database');
  } finally {
    await limitSql.end();
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
