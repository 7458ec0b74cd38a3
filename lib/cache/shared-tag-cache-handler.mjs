// @ts-check
/*
 * Next's incremental cache (what unstable_cache, and so every lib/showcase loader, stores into), made
 * safe for several app instances on one database. Registered in next.config.js as `cacheHandler`.
 *
 * What is shared, and why only that: data-cache entries stay in each process's memory (Next's own LRU, sized
 * by cacheMaxMemorySize, 50 MB by default), so a cached read still costs 0 database statements. Unlike the
 * default they are not also written to .next/cache/fetch-cache: a file there outlives the process and is
 * read by any other server started from the same .next directory, whatever database it is on, with nothing
 * telling it which invalidations it missed. Pages and route responses keep Next's default handling (this
 * app renders its pages per request). What crosses instances is the INVALIDATION: revalidateTag here
 * expires the tags locally as Next does, then NOTIFYs them on Postgres (lib/cache/tag-channel.mjs); every other instance hears it on
 * its LISTEN connection and expires the same tags in its own tag manifest at once, which Next checks on
 * every data-cache read. Bound: a publish through one instance is visible on another as soon as the
 * NOTIFY arrives (milliseconds on one network; test/reliability/two-instances.test.ts measures it).
 *
 * No stale results when the listener is away: while the LISTEN connection is down this instance can miss
 * invalidations, so it neither serves nor stores data-cache entries (reads go to the database, as with no
 * cache); when it is back, every entry stored before is ignored (its lastModified predates the reconnect),
 * because a NOTIFY sent meanwhile is lost. Entries written just after a tag was expired are not stored for
 * SETTLE_MS: a loader that read the database before the writer's commit and finished after the
 * invalidation arrived would otherwise cache the old data for its whole lifetime.
 *
 * Sharing is off (entries still in memory only, invalidations local as in plain Next) when DATABASE_URL is
 * unset, during `next build`, or with CACHE_TAG_SYNC=off (the two-instance test's control run).
 */
import { createRequire } from 'node:module';
import { createTagChannel } from './tag-channel.mjs';

const require = createRequire(import.meta.url);
/** @type {typeof import('next/dist/server/lib/incremental-cache/file-system-cache').default} */
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default;
/** @type {typeof import('next/dist/server/lib/incremental-cache/tags-manifest.external').areTagsExpired} */
const { areTagsExpired } = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js');

/**
 * Next's in-memory LRU, created by FileSystemCache's constructor when cacheMaxMemorySize > 0 (private in its types).
 * @returns {{ get(key: string): import('next/dist/server/lib/incremental-cache').CacheHandlerValue | undefined, set(key: string, value: import('next/dist/server/lib/incremental-cache').CacheHandlerValue): void } | undefined}
 */
function memory() {
  return /** @type {{ memoryCache?: ReturnType<typeof memory> }} */ (/** @type {unknown} */ (FileSystemCache)).memoryCache;
}

export const SETTLE_MS = 2000;
const STATE_KEY = Symbol.for('codefest.sharedTagCache');

/**
 * @typedef {import('./tag-channel.mjs').TagChannel} TagChannel
 * @typedef {import('./tag-channel.mjs').Durations} Durations
 * @typedef {{ channel: TagChannel | null, flushedAt: number, recent: Map<string, number> }} SharedState
 * @typedef {InstanceType<typeof FileSystemCache>} FileSystemCacheInstance
 */

/** Expires tags in this process's tag manifest, exactly as Next's default handler does for a local revalidateTag. */
function expireLocally(/** @type {string[]} */ tags, /** @type {Durations | undefined} */ durations) {
  return FileSystemCache.prototype.revalidateTag.call(null, tags, durations);
}

/** @param {SharedState} state @param {string[]} tags */
function remember(state, tags) {
  const now = Date.now();
  for (const tag of tags) state.recent.set(tag, now);
  if (state.recent.size > 1000) for (const [tag, at] of state.recent) if (now - at > SETTLE_MS) state.recent.delete(tag);
}

/** @returns {SharedState} */
function createState() {
  const url = process.env.DATABASE_URL;
  /** @type {SharedState} */
  const state = { channel: null, flushedAt: 0, recent: new Map() };
  const off = !url || process.env.CACHE_TAG_SYNC === 'off' || process.env.NEXT_PHASE === 'phase-production-build';
  if (off) return state;
  state.channel = createTagChannel({
    url,
    onInvalidate: ({ tags, durations }) => {
      remember(state, tags);
      void expireLocally(tags, durations);
    },
    onLive: () => {
      state.flushedAt = Date.now();
    },
  });
  return state;
}

/** One per process: Next constructs a handler per request, the listener must not follow. */
export function sharedState() {
  const g = /** @type {Record<symbol, SharedState | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (g[STATE_KEY] ??= createState());
}

export default class SharedTagCacheHandler extends FileSystemCache {
  /** @param {ConstructorParameters<typeof FileSystemCache>[0]} ctx */
  constructor(ctx) {
    super(ctx);
    this.shared = sharedState();
  }

  /** @param {string} key @param {Parameters<FileSystemCacheInstance['get']>[1]} ctx */
  async get(key, ctx) {
    if (ctx.kind !== 'FETCH') return super.get(key, ctx);
    const { channel, flushedAt } = this.shared;
    if (channel && !channel.isLive()) return null;
    const data = memory()?.get(key);
    if (!data || data.value?.kind !== 'FETCH') return null;
    if (channel && data.lastModified < flushedAt) return null;
    if (areTagsExpired([...(ctx.tags ?? []), ...(ctx.softTags ?? [])], data.lastModified)) return null;
    return data;
  }

  /** @param {string} key @param {Parameters<FileSystemCacheInstance['set']>[1]} data @param {Parameters<FileSystemCacheInstance['set']>[2]} ctx */
  async set(key, data, ctx) {
    if (data?.kind !== 'FETCH') return super.set(key, data, ctx);
    const { channel, recent } = this.shared;
    if (channel) {
      if (!channel.isLive()) return;
      const now = Date.now();
      const tags = [...('tags' in ctx && ctx.tags ? ctx.tags : []), ...(data.tags ?? [])];
      if (tags.some((tag) => now - (recent.get(tag) ?? -Infinity) < SETTLE_MS)) return;
    }
    memory()?.set(key, { value: data, lastModified: Date.now() });
  }

  /** @param {string | string[]} tags @param {Durations} [durations] */
  async revalidateTag(tags, durations) {
    const list = typeof tags === 'string' ? [tags] : tags;
    await super.revalidateTag(list, durations);
    remember(this.shared, list);
    if (!this.shared.channel || list.length === 0) return;
    try {
      await this.shared.channel.publish(list, durations);
    } catch (error) {
      // The change itself is committed; other instances fall back to their entries' own expiry (60 s).
      console.error('[cache] could not announce revalidated tags to other instances', list, error);
    }
  }
}
