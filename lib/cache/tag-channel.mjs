// @ts-check
/*
 * Cache-tag invalidations shared between app instances through Postgres LISTEN/NOTIFY.
 *
 * Plain JavaScript on purpose: Next loads the cache handler (lib/cache/shared-tag-cache-handler.mjs, which
 * uses this) with a bare `import()` at run time, outside its bundles, so it cannot be TypeScript.
 *
 * Two connections per instance, both outside the app's pool: one that only LISTENs (postgres.js keeps no
 * other query on it) and one small client that sends `pg_notify` when this instance revalidates a tag.
 * `live` is true only while the LISTEN connection is open and listening: while it is not, this instance
 * cannot hear other instances' invalidations, and the handler stops serving and storing data-cache entries
 * (see there). The listener reconnects by itself with a capped back-off and reports each (re)connection.
 */
import { randomUUID } from 'node:crypto';
import postgres from 'postgres';

export const CHANNEL = 'codefest_cache_tags';
// NOTIFY payloads are limited to 8000 bytes; tags are short, a batch is split well below that.
const MAX_PAYLOAD_BYTES = 7000;
const RETRY_MIN_MS = 100;
const RETRY_MAX_MS = 5000;

/**
 * @typedef {{ expire?: number }} Durations
 * @typedef {{ tags: string[], durations?: Durations, from: string }} Invalidation
 * @typedef {{
 *   url: string,
 *   instanceId?: string,
 *   applicationName?: string,
 *   onInvalidate: (invalidation: Invalidation) => void,
 *   onLive?: (info: { reconnected: boolean }) => void,
 *   onDown?: () => void,
 *   log?: Pick<Console, 'warn' | 'error'>,
 * }} TagChannelOptions
 * @typedef {{
 *   instanceId: string,
 *   isLive: () => boolean,
 *   ready: () => Promise<void>,
 *   publish: (tags: string[], durations?: Durations) => Promise<void>,
 *   close: () => Promise<void>,
 * }} TagChannel
 */

/**
 * @param {TagChannelOptions} options
 * @returns {TagChannel}
 */
export function createTagChannel(options) {
  const instanceId = options.instanceId ?? randomUUID();
  const log = options.log ?? console;
  let live = false;
  let everLive = false;
  let closed = false;
  let retryMs = RETRY_MIN_MS;
  /** @type {ReturnType<typeof setTimeout> | null} */
  let retryTimer = null;
  /** @type {Array<() => void>} */
  let waiters = [];

  // `onnotify` is the hook postgres.js's own listen() uses; it is not in the published Options type.
  const listenerOptions = /** @type {import('postgres').Options<{}>} */ (/** @type {unknown} */ ({
    max: 1,
    idle_timeout: 0,
    max_lifetime: null,
    connect_timeout: 5,
    fetch_types: false,
    // Named, so an operator (or a test) can find this connection in pg_stat_activity.
    connection: { application_name: options.applicationName ?? 'codefest-cache-listener' },
    onnotice: () => {},
    onnotify(/** @type {string} */ channel, /** @type {string} */ payload) {
      if (channel !== CHANNEL) return;
      /** @type {Invalidation} */
      let message;
      try {
        message = JSON.parse(payload);
      } catch {
        log.warn(`[cache] ignored a malformed ${CHANNEL} notification`);
        return;
      }
      if (message.from === instanceId || !Array.isArray(message.tags)) return;
      options.onInvalidate(message);
    },
    onclose() {
      if (live) {
        live = false;
        log.warn('[cache] lost the cache-tag listener connection; serving no data-cache entries until it is back');
        options.onDown?.();
      }
      scheduleConnect();
    },
  }));
  const listener = postgres(options.url, listenerOptions);
  const publisher = postgres(options.url, { max: 1, idle_timeout: 20, connect_timeout: 5, fetch_types: false, onnotice: () => {} });

  function scheduleConnect() {
    if (closed || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void connect();
    }, retryMs);
    retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
  }

  async function connect() {
    if (closed || live) return;
    try {
      await listener.unsafe(`listen ${CHANNEL}`);
    } catch {
      scheduleConnect();
      return;
    }
    if (closed) return;
    retryMs = RETRY_MIN_MS;
    live = true;
    const reconnected = everLive;
    everLive = true;
    if (reconnected) log.warn('[cache] cache-tag listener reconnected; dropped data-cache entries stored before');
    options.onLive?.({ reconnected });
    for (const resolve of waiters) resolve();
    waiters = [];
  }

  /*
   * Publishes are coalesced: while one pg_notify is on its way, the calls that arrive meanwhile wait and go
   * out together, their tags deduplicated, in the next one. In a deadline rush 500 saves each revalidating
   * the same page path cost a handful of statements on the one publisher connection, not 500 in a queue.
   */
  /** @type {Array<{ tags: string[], durations?: Durations, resolve: () => void, reject: (error: unknown) => void }>} */
  let queue = [];
  let draining = false;

  async function drain() {
    draining = true;
    while (queue.length) {
      const calls = queue;
      queue = [];
      /** @type {Map<string, { durations?: Durations, tags: Set<string> }>} */
      const groups = new Map();
      for (const call of calls) {
        const key = JSON.stringify(call.durations ?? null);
        let group = groups.get(key);
        if (!group) groups.set(key, (group = { durations: call.durations, tags: new Set() }));
        for (const tag of call.tags) group.tags.add(tag);
      }
      try {
        for (const { durations, tags } of groups.values()) {
          for (const batch of batches([...tags])) {
            /** @type {Invalidation} */
            const message = { from: instanceId, tags: batch, ...(durations ? { durations } : {}) };
            await publisher`select pg_notify(${CHANNEL}, ${JSON.stringify(message)})`;
          }
        }
        for (const call of calls) call.resolve();
      } catch (error) {
        for (const call of calls) call.reject(error);
      }
    }
    draining = false;
  }

  void connect();

  return {
    instanceId,
    isLive: () => live,
    /** Resolves once the listener is listening (immediately when it already is). */
    ready: () => (live ? Promise.resolve() : new Promise((resolve) => waiters.push(() => resolve()))),
    publish(tags, durations) {
      return new Promise((resolve, reject) => {
        queue.push({ tags, durations, resolve, reject });
        if (!draining) void drain();
      });
    },
    async close() {
      closed = true;
      live = false;
      if (retryTimer) clearTimeout(retryTimer);
      await Promise.all([listener.end({ timeout: 1 }), publisher.end({ timeout: 1 })]);
    },
  };
}

/** @param {string[]} tags */
function batches(tags) {
  /** @type {string[][]} */
  const out = [];
  /** @type {string[]} */
  let current = [];
  let bytes = 0;
  for (const tag of tags) {
    const size = Buffer.byteLength(tag) + 8;
    if (current.length && bytes + size > MAX_PAYLOAD_BYTES) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(tag);
    bytes += size;
  }
  if (current.length) out.push(current);
  return out;
}
