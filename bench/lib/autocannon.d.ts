// The few fields of autocannon's result the benchmarks read (the package ships no types).
declare module 'autocannon' {
  type Histogram = { average: number; mean: number; p50: number; p90: number; p97_5: number; p99: number; max: number };
  export type Result = { requests: Histogram & { total: number }; latency: Histogram; throughput: Histogram; errors: number; timeouts: number; non2xx: number; '2xx': number; duration: number };
  type Request = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
  export type Options = { url: string; connections?: number; duration?: number; amount?: number; pipelining?: number; headers?: Record<string, string>; method?: string; body?: string; requests?: Request[] };
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
