import 'server-only';
import { cachedProjectRecords, cachedResultRecords } from './cached';
import { bodyEtag, etagMatches } from './etag';
import { openDataCsv, openDataJson, OPEN_DATA_LICENCE, type Dataset } from './open-data';

/*
 * The HTTP side of open data, kept out of the route file so integration tests can call it. The body
 * comes from the cached loaders; the ETag is the body's hash, so a client revalidating with If-None-Match
 * gets 304 until the data really changes. Shared caches may keep it five minutes and serve it stale for
 * a day while refreshing: results change rarely and a minute-old export is not wrong.
 */
export const OPEN_DATA_FILES: Record<string, { dataset: Dataset; format: 'json' | 'csv' }> = {
  'results.json': { dataset: 'results', format: 'json' },
  'results.csv': { dataset: 'results', format: 'csv' },
  'projects.json': { dataset: 'projects', format: 'json' },
  'projects.csv': { dataset: 'projects', format: 'csv' },
};
const CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=86400';

export async function openDataResponse(file: string, ifNoneMatch: string | null): Promise<Response> {
  const spec = OPEN_DATA_FILES[file];
  if (!spec) return new Response('Not found', { status: 404 });
  const records = spec.dataset === 'results' ? await cachedResultRecords() : await cachedProjectRecords();
  const body = spec.format === 'json' ? openDataJson(spec.dataset, records) : openDataCsv(spec.dataset, records);
  const etag = bodyEtag(body);
  const headers: Record<string, string> = {
    ETag: etag,
    'Cache-Control': CACHE_CONTROL,
    'Access-Control-Allow-Origin': '*',
    Link: `<${OPEN_DATA_LICENCE.url}>; rel="license"`,
    'Content-Type': spec.format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8',
  };
  if (spec.format === 'csv') headers['Content-Disposition'] = `inline; filename="codefest-${file}"`;
  if (etagMatches(ifNoneMatch, etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}
