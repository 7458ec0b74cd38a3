/*
 * `npm run bench` (issue 6 §1): builds once, runs every benchmark in sequence as its own process (each
 * starts and stops its own `next start` and database, so one cannot warm or load the next), then reads the
 * `goals` each saved in its JSON under bench/results/ and prints ONE table of every goal, met or missed.
 * Saves bench/results/summary.json with the machine's state and each benchmark's wall time.
 *
 *   npm run bench                         all of them
 *   npm run bench -- --only lighthouse,first-load-js
 *   BENCH_LOCK=/tmp/heavy.lock npm run bench   take that flock around the build and each benchmark
 *                                         separately, instead of holding it for the whole run
 *
 * Exit status: 0 when every benchmark ran, whatever its goals (this is a report); 1 when one crashed or
 * ran without writing its results. A benchmark whose script does not exist yet is skipped with a line.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from '../scripts/lib/source-hash';
import type { Goal } from './lib/goals';
import { saveResults } from './lib/report';

const BENCHMARKS = [
  { name: 'scale-ranking', script: 'bench/scale-ranking.ts', results: 'scale-ranking.json' },
  { name: 'showcase-reads', script: 'bench/showcase-reads.ts', results: 'showcase-reads.json' },
  { name: 'deadline-rush', script: 'bench/deadline-rush.ts', results: 'deadline-rush.json' },
  { name: 'judging-autosave', script: 'bench/judging-autosave.ts', results: 'judging-autosave.json' },
  { name: 'lighthouse', script: 'bench/lighthouse.ts', results: 'lighthouse.json' },
  { name: 'first-load-js', script: 'bench/first-load-js.ts', results: 'first-load-js.json' },
];

type Status = 'ok' | 'crashed' | 'no results' | 'missing script';
type Outcome = { name: string; script: string; status: Status; exitCode: number | null; wallSeconds: number; resultsAt?: string; goals: Goal[] };

function parseOnly(argv: string[]): Set<string> | null {
  const i = argv.findIndex((a) => a === '--only' || a.startsWith('--only='));
  if (i < 0) return null;
  const value = argv[i]!.includes('=') ? argv[i]!.split('=')[1]! : argv[i + 1];
  if (!value) throw new Error('--only needs a comma-separated list, e.g. --only lighthouse,first-load-js');
  const names = new Set(value.split(',').map((s) => s.trim()).filter(Boolean));
  const unknown = [...names].filter((n) => !BENCHMARKS.some((b) => b.name === n));
  if (unknown.length) throw new Error(`unknown benchmark(s) ${unknown.join(', ')}; known: ${BENCHMARKS.map((b) => b.name).join(', ')}`);
  return names;
}

/** Runs `tsx <script>` (under `flock BENCH_LOCK` when set) with this terminal; resolves to its exit code. */
function run(script: string): Promise<number | null> {
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
  const lock = process.env.BENCH_LOCK;
  const [command, args] = lock ? ['flock', [lock, tsx, script]] : [tsx, [script]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args as string[], { cwd: root, stdio: 'inherit', env: process.env });
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(signal ? null : code));
  });
}

function readResults(file: string): { at?: string; goals?: Goal[] } | null {
  const target = path.join(root, 'bench', 'results', file);
  if (!existsSync(target)) return null;
  try {
    return JSON.parse(readFileSync(target, 'utf8')) as { at?: string; goals?: Goal[] };
  } catch {
    return null;
  }
}

async function main() {
  const only = parseOnly(process.argv.slice(2));
  const selected = BENCHMARKS.filter((b) => !only || only.has(b.name));
  const startedAt = new Date();
  const loadAverageAtStart = os.loadavg();
  console.log(`npm run bench: ${selected.map((b) => b.name).join(', ')}; load average ${loadAverageAtStart.map((l) => l.toFixed(2)).join(' ')} on ${os.cpus().length} cores, Node ${process.version}`);

  const buildStarted = performance.now();
  const buildExit = await run('scripts/ensure-build.ts');
  const buildSeconds = (performance.now() - buildStarted) / 1000;
  if (buildExit !== 0) {
    console.error(`build failed (exit ${buildExit}); no benchmark run`);
    process.exit(1);
  }

  const outcomes: Outcome[] = [];
  for (const bench of selected) {
    if (!existsSync(path.join(root, bench.script))) {
      console.log(`\n== ${bench.name}: skipped, ${bench.script} does not exist yet`);
      outcomes.push({ name: bench.name, script: bench.script, status: 'missing script', exitCode: null, wallSeconds: 0, goals: [] });
      continue;
    }
    console.log(`\n== ${bench.name} (${bench.script})`);
    const started = performance.now();
    const exitCode = await run(bench.script);
    const wallSeconds = Number(((performance.now() - started) / 1000).toFixed(1));
    const results = readResults(bench.results);
    // Results older than this run are a previous run's: the benchmark did not write them now.
    const fresh = results?.at !== undefined && new Date(results.at) >= startedAt;
    const status: Status = exitCode !== 0 ? 'crashed' : fresh ? 'ok' : 'no results';
    outcomes.push({ name: bench.name, script: bench.script, status, exitCode, wallSeconds, resultsAt: results?.at, goals: fresh ? (results?.goals ?? []) : [] });
    console.log(`== ${bench.name}: ${status}${exitCode !== 0 ? ` (exit ${exitCode})` : ''}, ${wallSeconds} s`);
  }

  const rows = outcomes.flatMap((o) =>
    o.status !== 'ok'
      ? [{ benchmark: o.name, goal: `(${o.status})`, measured: '', target: '', result: o.status === 'missing script' ? 'skipped' : 'CRASHED' }]
      : o.goals.length === 0
        ? [{ benchmark: o.name, goal: '(no goals saved)', measured: '', target: '', result: '' }]
        : o.goals.map((g) => ({ benchmark: o.name, goal: g.name, measured: `${g.measured}${g.unit === '' ? '' : ` ${g.unit}`}`, target: g.target, result: g.met ? 'met' : 'MISSED' })),
  );
  const goals = outcomes.flatMap((o) => o.goals);
  const met = goals.filter((g) => g.met).length;
  console.log(`\nEvery goal (${met} met, ${goals.length - met} missed, ${outcomes.filter((o) => o.status === 'missing script').length} benchmark(s) skipped); load average now ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.table(rows);
  console.table(outcomes.map((o) => ({ benchmark: o.name, status: o.status, 'wall s': o.wallSeconds })));

  saveResults('summary.json', {
    startedAt: startedAt.toISOString(),
    loadAverageAtStart,
    only: only ? [...only] : null,
    buildSeconds: Number(buildSeconds.toFixed(1)),
    benchmarks: outcomes,
    goalsMet: met,
    goalsMissed: goals.length - met,
  });
  process.exit(outcomes.some((o) => o.status === 'crashed' || o.status === 'no results') ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
