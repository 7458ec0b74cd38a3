/*
 * First-load JS per public route (issue 6 §1.5), gzipped. Goal ≤ 150 kB per route.
 *
 * Next 16 no longer prints route sizes after `next build`, and with Turbopack its manifests list chunks per
 * entry rather than per route, so the figure is taken where the browser takes it: the production build
 * (`next start`, fresh seeded database, port 3231) serves each public page once, and every script that
 * HTML loads is summed — each <script src> and <link rel="preload" as="script"> / modulepreload (fetched
 * from the same server, gzipped at level 9 as Next's own size report did), plus the inline scripts (Next's
 * bootstrap and the RSC payload pushed through self.__next_f, which the browser also parses before the page
 * is interactive). Not counted: `nomodule` scripts (Next's ~40 kB core-js polyfills, which a modern browser
 * neither fetches nor runs) and data blocks (JSON-LD). The goal is judged on that total; the external chunks alone, what Next used to call
 * "First Load JS", are printed beside it. Chunks loaded later (dynamic import on interaction) are not
 * first-load and are not counted. kB = 1,000 bytes.
 */
import { gzipSync } from 'node:zlib';
import { startBenchApp } from './lib/app-server';
import { atMost, printGoals, type Goal } from './lib/goals';
import { publicPages, warmUp } from './lib/public-pages';
import { saveResults } from './lib/report';

const PORT = 3231;
const GOAL_KB = 150;

type RouteFigures = {
  name: string;
  path: string;
  externalScripts: number;
  inlineScripts: number;
  skippedScripts: number;
  externalRawBytes: number;
  externalGzipBytes: number;
  inlineRawBytes: number;
  inlineGzipBytes: number;
  totalGzipBytes: number;
  scripts: string[];
};

const gzipBytes = (data: Uint8Array | string) => gzipSync(data, { level: 9 }).byteLength;
const kB = (bytes: number) => Number((bytes / 1000).toFixed(1));
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'");
const attribute = (attrs: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs)?.slice(1).find((v) => v !== undefined);

/** The scripts one HTML document makes the browser load and run before it is interactive. */
function scriptsOf(html: string): { external: string[]; inline: string[]; skipped: number } {
  const external = new Set<string>();
  const inline: string[] = [];
  let skipped = 0;
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = match[1] ?? '';
    const type = attribute(attrs, 'type');
    // Data blocks (JSON-LD, JSON) are not executed.
    if (type && !/^(text\/javascript|module|application\/javascript)$/i.test(type)) {
      skipped++;
      continue;
    }
    // A module-aware browser neither downloads nor runs a nomodule script (Next's core-js polyfill bundle).
    if (/\bnomodule\b/i.test(attrs)) {
      skipped++;
      continue;
    }
    const src = attribute(attrs, 'src');
    if (src) external.add(decode(src));
    else if ((match[2] ?? '').trim() !== '') inline.push(match[2]!);
  }
  for (const match of html.matchAll(/<link\b([^>]*)>/gi)) {
    const attrs = match[1] ?? '';
    const rel = attribute(attrs, 'rel')?.toLowerCase();
    const href = attribute(attrs, 'href');
    if (href && (rel === 'modulepreload' || (rel === 'preload' && attribute(attrs, 'as')?.toLowerCase() === 'script'))) external.add(decode(href));
  }
  return { external: [...external], inline, skipped };
}

async function main() {
  const app = await startBenchApp(PORT);
  try {
    const pages = await publicPages(app.sql);
    await warmUp(app.baseUrl, pages);
    const chunkSizes = new Map<string, { raw: number; gzip: number }>();
    const sizeOf = async (src: string) => {
      const url = new URL(src, app.baseUrl).toString();
      let size = chunkSizes.get(url);
      if (!size) {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`${url} answered ${response.status}`);
        const body = new Uint8Array(await response.arrayBuffer());
        size = { raw: body.byteLength, gzip: gzipBytes(body) };
        chunkSizes.set(url, size);
      }
      return size;
    };

    const routes: RouteFigures[] = [];
    for (const page of pages) {
      const response = await fetch(app.baseUrl + page.path);
      if (!response.ok) throw new Error(`${page.name} ${page.path} answered ${response.status}`);
      const html = await response.text();
      const { external, inline, skipped } = scriptsOf(html);
      let externalRaw = 0;
      let externalGzip = 0;
      for (const src of external) {
        const size = await sizeOf(src);
        externalRaw += size.raw;
        externalGzip += size.gzip;
      }
      // Inline scripts gzipped together, as they arrive: one compressed HTML stream.
      const inlineText = inline.join('\n');
      const inlineGzip = inline.length ? gzipBytes(inlineText) : 0;
      routes.push({
        name: page.name,
        path: page.path,
        externalScripts: external.length,
        inlineScripts: inline.length,
        skippedScripts: skipped,
        externalRawBytes: externalRaw,
        externalGzipBytes: externalGzip,
        inlineRawBytes: Buffer.byteLength(inlineText),
        inlineGzipBytes: inlineGzip,
        totalGzipBytes: externalGzip + inlineGzip,
        scripts: external,
      });
    }

    console.log(`first-load JS per public route, gzip level 9, kB = 1,000 bytes; goal ≤ ${GOAL_KB} kB (chunks + inline)`);
    console.table(
      routes.map((r) => ({
        route: r.name,
        path: r.path,
        chunks: r.externalScripts,
        'chunks kB': kB(r.externalGzipBytes),
        'chunks raw kB': kB(r.externalRawBytes),
        inline: r.inlineScripts,
        skipped: r.skippedScripts,
        'inline kB': kB(r.inlineGzipBytes),
        'total kB': kB(r.totalGzipBytes),
      })),
    );
    const shared = [...chunkSizes.keys()].filter((url) => routes.every((r) => r.scripts.some((s) => new URL(s, app.baseUrl).toString() === url)));
    const sharedGzip = shared.reduce((sum, url) => sum + chunkSizes.get(url)!.gzip, 0);
    console.log(`shared by every route: ${shared.length} chunks, ${kB(sharedGzip)} kB gzipped`);
    const largest = [...chunkSizes.entries()].sort((a, b) => b[1].gzip - a[1].gzip).slice(0, 5);
    console.log('largest chunks (gzip kB):', largest.map(([url, s]) => `${new URL(url).pathname.split('/').pop()} ${kB(s.gzip)}`).join(', '));

    const goals: Goal[] = routes.map((r) => atMost(`first-load JS ${r.name}`, kB(r.totalGzipBytes), 'kB', GOAL_KB));
    printGoals(goals);
    saveResults('first-load-js.json', {
      gzipLevel: 9,
      sharedChunks: shared.length,
      sharedGzipBytes: sharedGzip,
      routes: routes.map(({ scripts, ...r }) => ({ ...r, scripts: scripts.map((s) => new URL(s, app.baseUrl).pathname) })),
      goals,
    });
  } finally {
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
