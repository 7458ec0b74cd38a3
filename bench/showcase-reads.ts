/*
 * Showcase reads (issue 6 §1.3, issue 5's "done when"): the winners page, a project page and the gallery
 * under load, against a static file served by the same `next start`, in one run. The ratio page / static
 * says whether public pages come from a cache (close to 1) or cost a database round trip each (far below).
 * Goal ≥ 0.8.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { root } from '../scripts/lib/source-hash';
import { startBenchApp } from './lib/app-server';
import { idleRate, statementsPerRequest } from './lib/db-statements';
import { atLeast, printGoals, type Goal } from './lib/goals';
import { figuresOf, printTable, saveResults, type LoadFigures } from './lib/report';

const PORT = 3210;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const STATEMENT_REQUESTS = 40;
const SPRING = 'codefest-taipei-2026-spring';

/** A CSS file of the build: what `next start` serves straight from disk. */
function staticAsset(): string {
  const dir = path.join(root, '.next', 'static');
  const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(path.join(d, f)).isDirectory() ? walk(path.join(d, f)) : [path.join(d, f)]));
  const css = walk(dir).filter((f) => f.endsWith('.css'));
  if (css.length === 0) throw new Error('no CSS file in .next/static: build first');
  return `/_next/static/${path.relative(dir, css[0]!).split(path.sep).join('/')}`;
}

async function load(name: string, url: string): Promise<LoadFigures> {
  await autocannon({ url, connections: 10, duration: 2 }); // warm-up: first render fills the cache
  return figuresOf(name, await autocannon({ url, connections: CONNECTIONS, duration: SECONDS }));
}

async function main() {
  const app = await startBenchApp(PORT);
  try {
    const [project] = await app.sql<{ slug: string }[]>`
      select s.slug from awards a join submissions s on s.id = a.submission_id join events e on e.id = a.event_id
      where e.slug = ${SPRING} order by a.placement nulls last limit 1`;
    if (!project) throw new Error('the seed has no awarded spring project');
    const paths = {
      static: staticAsset(),
      winners: `/en/events/${SPRING}/winners`,
      project: `/en/projects/${SPRING}/${project.slug}`,
      gallery: `/zh-TW/projects?year=2026`,
    };
    for (const [name, p] of Object.entries(paths)) {
      const response = await fetch(app.baseUrl + p);
      if (!response.ok) throw new Error(`${name} ${p} answered ${response.status}`);
    }
    const rows: LoadFigures[] = [];
    for (const [name, p] of Object.entries(paths)) rows.push(await load(`${name} ${p}`, app.baseUrl + p));
    printTable(rows);
    const staticRate = rows[0]!.requestsPerSecond;
    const ratios = Object.fromEntries(rows.slice(1).map((r) => [r.name.split(' ')[0]!, Number((r.requestsPerSecond / staticRate).toFixed(2))]));
    console.log('page / static (goal >= 0.8):', ratios);
    const goals: Goal[] = Object.entries(ratios).map(([page, ratio]) => atLeast(`showcase ${page} / static req/s`, ratio, '', 0.8));
    // Per anonymous request, caches warm: HTML size (the client message catalogs ride in it) and
    // database statements (goal 0 for the showcase pages: every read a cache hit).
    const perRequest: Record<string, { htmlBytes: number; dbStatements: number }> = {};
    const idle = await idleRate(app.sql);
    const measured = { home: '/en', event: `/en/events/${SPRING}`, ...paths };
    delete (measured as Record<string, string>).static;
    for (const [name, p] of Object.entries(measured)) {
      const htmlBytes = (await (await fetch(app.baseUrl + p)).arrayBuffer()).byteLength;
      perRequest[name] = { htmlBytes, dbStatements: await statementsPerRequest(app.sql, app.baseUrl + p, STATEMENT_REQUESTS, idle) };
    }
    console.table(perRequest);
    printGoals(goals);
    saveResults('showcase-reads.json', { connections: CONNECTIONS, seconds: SECONDS, rows, ratios, idleTransactionsPerSecond: Number(idle.toFixed(2)), perRequest, goals });
  } finally {
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
