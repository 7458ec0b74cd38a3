/*
 * Front end (issue 6 §1.5): Lighthouse 13 with Debian's Chromium on the production build (`next start` of
 * the current build, fresh seeded database, port 3230): home, event, winners and an awarded project page;
 * categories performance, accessibility, best practices and SEO. Goal ≥ 95 / 100 / 100 / 100.
 *
 * Both presets run: Lighthouse's default ("mobile": a Moto G Power-sized screen, simulated slow 4G and 4×
 * CPU slowdown) and its desktop preset. The goals are judged on the mobile default, the stricter one and the
 * one Lighthouse reports unless told otherwise; desktop is printed beside it. Throttling is simulated
 * (Lantern) from one unthrottled load, so the machine's load still shows in the performance score through
 * the CPU time of the page's own tasks: the run prints Lighthouse's benchmark index of this machine, and
 * BENCH_LH_RUNS=n keeps the run with the median performance score of n per page and preset.
 *
 * For every point missed the failing audits are printed (id, title, what they found), so a reader sees why.
 * The full reports are written to .data/bench-lighthouse/ (not committed: ~1 MB each).
 */
// First: Lighthouse 13's trace engine needs the iterator helpers Node 20 lacks (see the file).
import { installedIteratorHelpers } from './lib/iterator-helpers';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config, type Result } from 'lighthouse';
import { root } from '../scripts/lib/source-hash';
import { startBenchApp } from './lib/app-server';
import { atLeast, printGoals, type Goal } from './lib/goals';
import { publicPages, warmUp } from './lib/public-pages';
import { saveResults } from './lib/report';

const PORT = 3230;
const RUNS = Math.max(1, Number(process.env.BENCH_LH_RUNS ?? 1));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const TARGET: Record<Category, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const PRESETS: { name: 'mobile' | 'desktop'; config: Config | undefined }[] = [
  { name: 'mobile', config: undefined },
  { name: 'desktop', config: desktopConfig },
];
const AUDITED = new Set(['home (events list)', 'event', 'winners', 'project']);
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const REPORTS = path.join(root, '.data', 'bench-lighthouse');
const LIGHTHOUSE_VERSION = (JSON.parse(readFileSync(path.join(root, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }).version;

type FailingAudit = { category: Category; id: string; title: string; score: number | null; weight: number; displayValue?: string; errored?: string; items?: string[] };
type PageRun = {
  page: string;
  path: string;
  preset: 'mobile' | 'desktop';
  scores: Record<Category, number | null>;
  metrics: Record<string, number | undefined>;
  benchmarkIndex: number | undefined;
  runWarnings: string[];
  failing: FailingAudit[];
};

/*
 * Why a category is below 100: every audit in it that did not pass. Weighted audits (the performance
 * metrics, and every scored audit of the other categories) count below a score of 1; unweighted ones
 * (performance "insights" with possible savings) only when Lighthouse itself marks them failing (< 0.9).
 * An audit that errored is excluded from the score by Lighthouse, so it is listed too: it is a blind spot.
 */
function failingAudits(lhr: Result, category: Category): FailingAudit[] {
  const cat = lhr.categories[category];
  if (!cat) return [];
  return cat.auditRefs.flatMap((ref) => {
    const audit = lhr.audits[ref.id];
    if (!audit) return [];
    const base = { category, id: ref.id, title: audit.title, score: audit.score, weight: ref.weight, displayValue: audit.displayValue, items: itemsOf(audit.details) };
    if (audit.scoreDisplayMode === 'error') return [{ ...base, errored: audit.errorMessage ?? 'error' }];
    if (audit.score === null || ['informative', 'notApplicable', 'manual'].includes(audit.scoreDisplayMode)) return [];
    const failing = ref.weight > 0 ? audit.score < 1 : audit.score < 0.9;
    return failing ? [base] : [];
  });
}

/** Up to three things an audit points at (a URL, an element, a message), so the line says what to fix. */
function itemsOf(details: unknown): string[] | undefined {
  const items = (details as { items?: Record<string, unknown>[] } | undefined)?.items;
  if (!Array.isArray(items) || items.length === 0) return undefined;
  const pick = (item: Record<string, unknown>) => {
    const node = item.node as { snippet?: string } | undefined;
    const location = item.sourceLocation as { url?: string } | undefined;
    const text = [item.description ?? item.reason, location?.url ?? item.url ?? node?.snippet].filter((v) => typeof v === 'string' && v !== '');
    return text.join(' — ').slice(0, 160);
  };
  return items.slice(0, 3).map(pick).filter((t) => t !== '');
}

const metric = (lhr: Result, id: string) => lhr.audits[id]?.numericValue;

async function audit(port: number, url: string, config: Config | undefined): Promise<Result> {
  const runner = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, config);
  if (!runner) throw new Error(`lighthouse returned nothing for ${url}`);
  if (runner.lhr.runtimeError) throw new Error(`lighthouse ${url}: ${runner.lhr.runtimeError.code} ${runner.lhr.runtimeError.message}`);
  return runner.lhr;
}

function summarize(page: string, pagePath: string, preset: 'mobile' | 'desktop', lhr: Result): PageRun {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c]!.score! * 100)])) as Record<Category, number | null>;
  return {
    page,
    path: pagePath,
    preset,
    scores,
    metrics: {
      fcpMs: metric(lhr, 'first-contentful-paint'),
      lcpMs: metric(lhr, 'largest-contentful-paint'),
      tbtMs: metric(lhr, 'total-blocking-time'),
      cls: metric(lhr, 'cumulative-layout-shift'),
      speedIndexMs: metric(lhr, 'speed-index'),
    },
    benchmarkIndex: lhr.environment.benchmarkIndex,
    runWarnings: lhr.runWarnings.map(String),
    failing: CATEGORIES.flatMap((c) => failingAudits(lhr, c)),
  };
}

async function main() {
  const app = await startBenchApp(PORT);
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
  try {
    const pages = (await publicPages(app.sql)).filter((p) => AUDITED.has(p.name));
    await warmUp(app.baseUrl, pages);
    mkdirSync(REPORTS, { recursive: true });
    const runs: PageRun[] = [];
    for (const page of pages) {
      for (const preset of PRESETS) {
        const attempts: Result[] = [];
        for (let i = 0; i < RUNS; i++) attempts.push(await audit(chrome.port, app.baseUrl + page.path, preset.config));
        // The run with the median performance score stands for the page: noise moves it both ways here.
        attempts.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
        const lhr = attempts[Math.floor(attempts.length / 2)]!;
        writeFileSync(path.join(REPORTS, `${page.name.split(' ')[0]}-${preset.name}.json`), JSON.stringify(lhr));
        const run = summarize(page.name, page.path, preset.name, lhr);
        runs.push(run);
        console.log(`${preset.name.padEnd(7)} ${page.name.padEnd(20)} ${CATEGORIES.map((c) => `${c} ${run.scores[c] ?? '—'}`).join('  ')}`);
      }
    }

    console.log(`\nLighthouse ${LIGHTHOUSE_VERSION} on ${process.env.CHROME_PATH ?? '/usr/bin/chromium'}; ${RUNS} run(s) per page and preset (median performance kept); goals judged on mobile (Lighthouse's default)`);
    console.table(
      runs.map((r) => ({
        preset: r.preset,
        page: r.page,
        perf: r.scores.performance,
        a11y: r.scores.accessibility,
        'best pr.': r.scores['best-practices'],
        seo: r.scores.seo,
        'FCP ms': Math.round(r.metrics.fcpMs ?? NaN),
        'LCP ms': Math.round(r.metrics.lcpMs ?? NaN),
        'TBT ms': Math.round(r.metrics.tbtMs ?? NaN),
        CLS: Number((r.metrics.cls ?? NaN).toFixed(3)),
        'bench idx': Math.round(r.benchmarkIndex ?? NaN),
      })),
    );

    for (const r of runs) {
      const missed = CATEGORIES.filter((c) => (r.scores[c] ?? 0) < TARGET[c]);
      const shown = r.failing.filter((f) => missed.includes(f.category) || f.errored);
      if (shown.length === 0) continue;
      console.log(`\n${r.preset} ${r.page} (${r.path}): ${missed.map((c) => `${c} ${r.scores[c]} < ${TARGET[c]}`).join(', ') || 'goals met'}`);
      for (const f of shown) {
        const why = f.errored ? `ERRORED: ${f.errored}` : `score ${f.score}${f.weight > 0 ? ` weight ${f.weight}` : ''}${f.displayValue ? ` — ${f.displayValue}` : ''}`;
        console.log(`  ${f.category.padEnd(14)} ${f.id}: ${f.title} (${why})`);
        if (f.category !== 'performance') for (const item of f.items ?? []) console.log(`${' '.repeat(18)}${item}`);
      }
      for (const w of r.runWarnings) console.log(`  warning: ${w}`);
    }

    const goals: Goal[] = runs
      .filter((r) => r.preset === 'mobile')
      .flatMap((r) => CATEGORIES.map((c) => atLeast(`lighthouse mobile ${r.page} ${c}`, r.scores[c] ?? 0, '', TARGET[c])));
    console.log('');
    printGoals(goals);
    saveResults('lighthouse.json', { lighthouse: LIGHTHOUSE_VERSION, chromium: await chromeVersion(chrome.port), runsPerPreset: RUNS, judgedPreset: 'mobile', iteratorHelpersPolyfilled: installedIteratorHelpers, runs, goals });
  } finally {
    await chrome.kill();
    await app.stop();
  }
}

async function chromeVersion(port: number): Promise<string | undefined> {
  try {
    return ((await (await fetch(`http://127.0.0.1:${port}/json/version`)).json()) as { Browser?: string }).Browser;
  } catch {
    return undefined;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
