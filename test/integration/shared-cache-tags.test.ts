import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTagChannel, type TagChannel } from '@/lib/cache/tag-channel.mjs';

/*
 * The cache handler's cross-instance part against the real database, in one process: two tag channels
 * stand for two app instances; the handler itself is the process's one (DATABASE_URL is this file's
 * fresh database), and a second channel plays "the other instance" that publishes.
 * The two-process version, through `next start` and real pages, is test/reliability/two-instances.test.ts.
 */
const url = process.env.DATABASE_URL!;
const admin = postgres(url, { max: 1, onnotice: () => {} });
const opened: TagChannel[] = [];

function channel(name: string, received: { tags: string[]; at: number }[] = [], events: string[] = []) {
  const c = createTagChannel({
    url,
    applicationName: name,
    onInvalidate: ({ tags }) => received.push({ tags, at: performance.now() }),
    onLive: ({ reconnected }) => events.push(reconnected ? 'reconnected' : 'live'),
    onDown: () => events.push('down'),
    log: { warn: () => {}, error: () => {} },
  });
  opened.push(c);
  return c;
}

async function until(check: () => boolean, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return performance.now() - started;
}

async function terminateListener(name: string) {
  const rows = await admin`select pg_terminate_backend(pid) as ok from pg_stat_activity where application_name = ${name} and datname = current_database()`;
  expect(rows.length).toBe(1);
}

afterAll(async () => {
  await Promise.all(opened.map((c) => c.close()));
  const { sharedState } = await import('@/lib/cache/shared-tag-cache-handler.mjs');
  await sharedState().channel?.close();
  await admin.end({ timeout: 5 });
});

describe('tag channel (LISTEN/NOTIFY between instances)', () => {
  it('delivers a publish to the other instance within milliseconds, never back to the sender', async () => {
    const atA: { tags: string[]; at: number }[] = [];
    const atB: { tags: string[]; at: number }[] = [];
    const a = channel('cache-test-a', atA);
    const b = channel('cache-test-b', atB);
    await Promise.all([a.ready(), b.ready()]);
    const sent = performance.now();
    await a.publish(['event-results:1', 'showcase']);
    await until(() => atB.length === 1, 2000);
    expect(atB[0]!.tags).toEqual(['event-results:1', 'showcase']);
    const latency = atB[0]!.at - sent;
    console.log(`NOTIFY latency A -> B: ${latency.toFixed(1)} ms`);
    expect(latency).toBeLessThan(1000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(atA).toEqual([]);
  });

  it('splits a long batch under the NOTIFY payload limit and delivers every tag', async () => {
    const atB: { tags: string[]; at: number }[] = [];
    const a = channel('cache-test-long-a');
    const b = channel('cache-test-long-b', atB);
    await Promise.all([a.ready(), b.ready()]);
    const tags = Array.from({ length: 500 }, (_, i) => `_N_T_/en/events/some-long-event-slug-${i}/projects`);
    await a.publish(tags);
    await until(() => atB.flatMap((m) => m.tags).length === 500, 3000);
    expect(atB.length).toBeGreaterThan(1);
    expect(atB.flatMap((m) => m.tags)).toEqual(tags);
  });

  it('coalesces concurrent publishes into few NOTIFYs and still delivers every tag', async () => {
    const atB: { tags: string[]; at: number }[] = [];
    const a = channel('cache-test-burst-a');
    const b = channel('cache-test-burst-b', atB);
    await Promise.all([a.ready(), b.ready()]);
    // 200 writers at once, each revalidating the shared page path and its own tag.
    await Promise.all(Array.from({ length: 200 }, (_, i) => a.publish(['_N_T_/en/events/rush/submission', `team:${i}`])));
    const expected = new Set(['_N_T_/en/events/rush/submission', ...Array.from({ length: 200 }, (_, i) => `team:${i}`)]);
    await until(() => expected.size === new Set(atB.flatMap((m) => m.tags)).size, 3000);
    console.log(`200 concurrent publishes went out as ${atB.length} NOTIFYs`);
    expect(atB.length).toBeLessThan(20);
  });

  it('goes down when its listener connection is killed, comes back by itself, and hears again', async () => {
    const atB: { tags: string[]; at: number }[] = [];
    const events: string[] = [];
    const a = channel('cache-test-kill-a');
    const b = channel('cache-test-kill-b', atB, events);
    await Promise.all([a.ready(), b.ready()]);
    await terminateListener('cache-test-kill-b');
    await until(() => !b.isLive(), 2000);
    const back = await until(() => b.isLive(), 5000);
    console.log(`listener back ${back.toFixed(0)} ms after it was seen down`);
    expect(events).toEqual(['live', 'down', 'reconnected']);
    await a.publish(['after-reconnect']);
    await until(() => atB.some((m) => m.tags.includes('after-reconnect')), 2000);
  });
});

describe('cache handler (the process singleton) with another instance publishing', () => {
  type Handler = {
    get: (key: string, ctx: { kind: 'FETCH'; tags: string[]; softTags?: string[] }) => Promise<{ lastModified: number } | null>;
    set: (key: string, data: unknown, ctx: { fetchCache: true; tags: string[] }) => Promise<void>;
    revalidateTag: (tags: string[], durations?: { expire?: number }) => Promise<void>;
  };
  let handler: Handler;
  let other: TagChannel;
  const heardByOther: { tags: string[]; at: number }[] = [];
  const entry = (body: string) => ({ kind: 'FETCH', data: { headers: {}, body, status: 200, url: '' }, revalidate: 60, tags: ['winners-tag'] });
  const fetchCtx = { kind: 'FETCH' as const, tags: ['winners-tag'] };

  beforeAll(async () => {
    const mod = await import('@/lib/cache/shared-tag-cache-handler.mjs');
    const Handler = mod.default as unknown as new (ctx: Record<string, unknown>) => Handler;
    handler = new Handler({ maxMemoryCacheSize: 1_000_000, flushToDisk: false, revalidatedTags: [], _requestHeaders: {} });
    expect(mod.sharedState().channel).not.toBeNull();
    await mod.sharedState().channel!.ready();
    other = channel('cache-test-other', heardByOther);
    await other.ready();
  });

  it('serves its entry until the other instance revalidates the tag, then misses at once', async () => {
    await handler.set('k1', entry('"old"'), { fetchCache: true, tags: ['winners-tag'] });
    expect(await handler.get('k1', fetchCtx)).not.toBeNull();
    const sent = performance.now();
    await other.publish(['winners-tag'], { expire: 0 });
    let missAfter = 0;
    for (;;) {
      if ((await handler.get('k1', fetchCtx)) === null) {
        missAfter = performance.now() - sent;
        break;
      }
      if (performance.now() - sent > 2000) throw new Error('the entry survived the other instance\'s revalidation');
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    console.log(`entry dropped ${missAfter.toFixed(1)} ms after the other instance published`);
    // A loader finishing right after the invalidation is not stored (it may have read before the commit).
    await handler.set('k1', entry('"maybe-old"'), { fetchCache: true, tags: ['winners-tag'] });
    expect(await handler.get('k1', fetchCtx)).toBeNull();
  });

  it('announces its own revalidateTag to the other instance', async () => {
    heardByOther.length = 0;
    await handler.revalidateTag(['event-results:42'], { expire: 0 });
    await until(() => heardByOther.some((m) => m.tags.includes('event-results:42')), 2000);
  });

  it('serves nothing while its listener is down and drops entries stored before the reconnect', async () => {
    await handler.set('k2', { ...entry('"a"'), tags: ['other-tag'] }, { fetchCache: true, tags: ['other-tag'] });
    const ctx = { kind: 'FETCH' as const, tags: ['other-tag'] };
    expect(await handler.get('k2', ctx)).not.toBeNull();
    const { sharedState } = await import('@/lib/cache/shared-tag-cache-handler.mjs');
    const ch = sharedState().channel!;
    await terminateListener('codefest-cache-listener');
    await until(() => !ch.isLive(), 2000);
    expect(await handler.get('k2', ctx)).toBeNull();
    await handler.set('k3', { ...entry('"b"'), tags: ['other-tag'] }, { fetchCache: true, tags: ['other-tag'] });
    await until(() => ch.isLive(), 5000);
    expect(await handler.get('k2', ctx)).toBeNull();
    expect(await handler.get('k3', ctx)).toBeNull();
    await handler.set('k4', { ...entry('"c"'), tags: ['other-tag'] }, { fetchCache: true, tags: ['other-tag'] });
    expect(await handler.get('k4', ctx)).not.toBeNull();
  });
});
