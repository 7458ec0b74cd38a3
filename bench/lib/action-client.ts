/*
 * Calls a Next server action over HTTP exactly as the browser's router does (next/dist/client/components/
 * router-reducer/reducers/server-action-reducer.js): the arguments trimmed to the ones the action uses
 * (the id's info byte), encoded by React's own `encodeReply`, POSTed to the page with `Next-Action` and
 * `Accept: text/x-component`; the answer decoded by React's Flight client (`createFromFetch`), whose
 * root carries the action's return value in `a`. A `redirect()` in the action comes back as the
 * `x-action-redirect` header (and the target page's RSC payload, which the server renders with an
 * internal request and which is read to the end here, as the browser does, but not decoded).
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { root } from '../../scripts/lib/source-hash';

const require = createRequire(import.meta.url);

type FlightClient = {
  encodeReply: (value: unknown, options?: { temporaryReferences?: unknown }) => Promise<string | FormData>;
  createFromFetch: <T>(response: Promise<Response>, options: Record<string, unknown>) => Promise<T>;
  createTemporaryReferenceSet: () => unknown;
};
type ReferenceInfo = { usedArgs: boolean[]; hasRestArgs: boolean };

// The Node build of the Flight client Next ships (the browser one needs `window`). Always the production
// build: the development one expects a debug channel the production server does not send.
const flight = require(path.join(root, 'node_modules/next/dist/compiled/react-server-dom-webpack/cjs/react-server-dom-webpack-client.node.production.js')) as FlightClient;
const referenceInfo = require(path.join(root, 'node_modules/next/dist/shared/lib/server-reference-info.js')) as {
  extractInfoFromServerReferenceId: (id: string) => ReferenceInfo;
  omitUnusedArgs: (args: unknown[], info: ReferenceInfo) => unknown[];
};

/*
 * An action that does not redirect but revalidates answers with the page's new RSC tree as well, which
 * names client components. Their code is never needed here (only `a`, the return value, is read), so the
 * module loader the Flight client calls is a stub that resolves every module to an empty one.
 */
const globals = globalThis as unknown as { __webpack_require__?: unknown; __webpack_chunk_load__?: unknown };
globals.__webpack_require__ ??= () => ({});
globals.__webpack_chunk_load__ ??= () => Promise.resolve();
const anyModule = new Proxy({}, { get: (_t, id) => new Proxy({}, { get: (_u, name) => ({ id, chunks: [], name }) }) });
const consumerManifest = { moduleMap: anyModule, serverModuleMap: null, moduleLoading: null };

type ManifestEntry = { filename?: string; exportedName?: string; workers?: Record<string, unknown> };
let manifest: { mtimeMs: number; entries: Record<string, ManifestEntry> } | null = null;

/*
 * Action ids change with every build, so ask AFTER the build the server runs (startBenchApp rebuilds when
 * sources changed); the manifest is re-read whenever the file changed.
 */
function manifestEntries(): Record<string, ManifestEntry> {
  const manifestPath = path.join(root, '.next', 'server', 'server-reference-manifest.json');
  try {
    const { mtimeMs } = statSync(manifestPath);
    if (manifest?.mtimeMs !== mtimeMs) {
      const raw = JSON.parse(readFileSync(manifestPath, 'utf8')) as { node?: Record<string, ManifestEntry> };
      manifest = { mtimeMs, entries: raw.node ?? {} };
    }
    return manifest.entries;
  } catch (error) {
    throw new Error(`actionIdOf: cannot read ${manifestPath} (build first: npx tsx scripts/ensure-build.ts)`, { cause: error });
  }
}

/** The action id the current build gave `exportName` of `file` (e.g. 'app/[locale]/.../actions.ts'). */
export function actionIdOf(file: string, exportName: string): string {
  const entries = manifestEntries();
  const wanted = file.replace(/^\.\//, '');
  const found = Object.entries(entries).filter(([, e]) => e.exportedName === exportName && e.filename?.replace(/^\.\//, '') === wanted);
  if (found.length !== 1) {
    const inFile = Object.values(entries)
      .filter((e) => e.filename?.replace(/^\.\//, '') === wanted)
      .map((e) => e.exportedName);
    throw new Error(
      `actionIdOf: ${found.length === 0 ? 'no' : 'more than one'} server action ${exportName} in ${wanted} in the build's server-reference-manifest.json` +
        (inFile.length ? ` (that file exports: ${inFile.join(', ')})` : ' (no action of that file is used by any page of this build)'),
    );
  }
  return found[0]![0];
}

export type ActionAnswer = {
  /** HTTP status; 0 when no answer came (connection refused, timeout). */
  status: number;
  /** From sending the request until the whole body was read. */
  ms: number;
  /** The path the action redirected to (`x-action-redirect`, without its `;push` / `;replace`). */
  redirectTo: string | null;
  /** The action's return value, decoded (undefined after a redirect). */
  result: unknown;
  error: string | null;
};

/** POSTs one server action call to `pagePath` (the page whose form calls it) and decodes the answer. */
export async function callAction(
  baseUrl: string,
  o: { pagePath: string; actionId: string; args: unknown[]; cookie?: string; timeoutMs?: number },
): Promise<ActionAnswer> {
  const temporaryReferences = flight.createTemporaryReferenceSet();
  const usedArgs = referenceInfo.omitUnusedArgs(o.args, referenceInfo.extractInfoFromServerReferenceId(o.actionId));
  const body = await flight.encodeReply(usedArgs, { temporaryReferences });
  const url = new URL(o.pagePath, baseUrl);
  const headers: Record<string, string> = {
    Accept: 'text/x-component',
    'Next-Action': o.actionId,
    // A browser always sends Origin on a POST; Next compares it with Host (its CSRF check).
    Origin: url.origin,
  };
  if (o.cookie) headers.Cookie = o.cookie;
  const started = performance.now();
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers, body, redirect: 'manual', signal: AbortSignal.timeout(o.timeoutMs ?? 30_000) });
  } catch (error) {
    return { status: 0, ms: performance.now() - started, redirectTo: null, result: undefined, error: describe(error) };
  }
  const redirectHeader = response.headers.get('x-action-redirect');
  const redirectTo = redirectHeader ? redirectHeader.split(';')[0]! : null;
  const contentType = response.headers.get('content-type') ?? '';
  try {
    if (redirectTo || !contentType.startsWith('text/x-component')) {
      const text = await response.text();
      const ms = performance.now() - started;
      if (redirectTo) return { status: response.status, ms, redirectTo, result: undefined, error: null };
      if (response.headers.get('x-nextjs-action-not-found') === '1') return { status: response.status, ms, redirectTo, result: undefined, error: `action ${o.actionId} not found on the server` };
      return { status: response.status, ms, redirectTo, result: undefined, error: `HTTP ${response.status} ${contentType}: ${text.slice(0, 300)}` };
    }
    // Buffer the body first so the time measured is the server's answer, not the decoding.
    const bytes = await response.arrayBuffer();
    const ms = performance.now() - started;
    const root = await flight.createFromFetch<{ a?: unknown }>(Promise.resolve(new Response(bytes)), {
      serverConsumerManifest: consumerManifest,
      temporaryReferences,
    });
    // `a` is itself a Flight chunk (a thenable resolved on first read): await it for the plain value.
    const result = await (root?.a as Promise<unknown> | undefined);
    const error = response.status >= 400 ? `HTTP ${response.status}` : null;
    return { status: response.status, ms, redirectTo, result, error };
  } catch (error) {
    return { status: response.status, ms: performance.now() - started, redirectTo, result: undefined, error: describe(error) };
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `${error.name}: ${error.message}${cause}`;
  }
  return String(error);
}
