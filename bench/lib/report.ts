import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Result } from 'autocannon';

export type LoadFigures = { name: string; requestsPerSecond: number; p50: number; p97_5: number; p99: number; errors: number; non2xx: number; total: number };

export function figuresOf(name: string, result: Result): LoadFigures {
  return {
    name,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

export function printTable(rows: LoadFigures[]): void {
  console.table(rows.map((r) => ({ scenario: r.name, 'req/s': r.requestsPerSecond, 'p50 ms': r.p50, 'p97.5 ms': r.p97_5, 'p99 ms': r.p99, errors: r.errors, 'non-2xx': r.non2xx, requests: r.total })));
}

/** Saves the run's figures with the machine's state, so a reader can judge how noisy it was. */
export function saveResults(file: string, data: Record<string, unknown>): void {
  const target = path.resolve(import.meta.dirname, '..', 'results', file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, `${JSON.stringify({ at: new Date().toISOString(), node: process.version, cpus: os.cpus().length, loadAverage: os.loadavg(), ...data }, null, 2)}\n`);
  console.log(`saved ${path.relative(process.cwd(), target)}`);
}
