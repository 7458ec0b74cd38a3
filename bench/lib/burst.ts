/*
 * Closed-loop bursts for the write benchmarks: N operations released at the same instant, the round's
 * wall time from the release to the last answer, each operation's own latency. Shared by the app path
 * (HTTP server actions) and the limit path (the same transaction through postgres.js), so both are
 * measured by the same clock and the same arithmetic.
 */
export type Outcome = { ok: boolean; ms: number; kind: string };
export type BurstFigures = {
  name: string;
  rounds: number;
  concurrency: number;
  operations: number;
  ok: number;
  errors: number;
  /** Successful operations per second of wall time, summed over rounds. */
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Error kinds and how often each was seen. */
  errorKinds: Record<string, number>;
};

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

/** Runs `rounds` bursts of `concurrency` calls of `op(i, round)`, each burst released at once. */
export async function runBursts(
  name: string,
  rounds: number,
  concurrency: number,
  op: (i: number, round: number) => Promise<Outcome>,
): Promise<BurstFigures> {
  const latencies: number[] = [];
  const errorKinds: Record<string, number> = {};
  let ok = 0;
  let wallMs = 0;
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    const outcomes = await Promise.all(Array.from({ length: concurrency }, (_, i) => op(i, round)));
    wallMs += performance.now() - started;
    for (const o of outcomes) {
      latencies.push(o.ms);
      if (o.ok) ok++;
      else errorKinds[o.kind] = (errorKinds[o.kind] ?? 0) + 1;
    }
  }
  latencies.sort((a, b) => a - b);
  const r1 = (x: number) => Math.round(x * 10) / 10;
  return {
    name,
    rounds,
    concurrency,
    operations: rounds * concurrency,
    ok,
    errors: rounds * concurrency - ok,
    perSecond: r1(ok / (wallMs / 1000)),
    p50: r1(percentile(latencies, 50)),
    p95: r1(percentile(latencies, 95)),
    p99: r1(percentile(latencies, 99)),
    max: r1(latencies[latencies.length - 1] ?? NaN),
    errorKinds,
  };
}

export function printBursts(rows: BurstFigures[]): void {
  console.table(
    rows.map((r) => ({
      path: r.name,
      'ops/s': r.perSecond,
      'p50 ms': r.p50,
      'p95 ms': r.p95,
      'p99 ms': r.p99,
      'max ms': r.max,
      ok: r.ok,
      errors: r.errors,
      ops: r.operations,
    })),
  );
  for (const r of rows) if (r.errors) console.log(`${r.name} errors:`, r.errorKinds);
}
