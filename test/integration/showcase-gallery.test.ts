import { beforeAll, describe, expect, it } from 'vitest';
import { listGallery, GALLERY_PAGE_SIZE } from '@/lib/showcase/gallery';
import { openDataResponse } from '@/lib/showcase/open-data-response';
import { parseGalleryQuery } from '@/lib/validation/showcase';
import { showcaseEvent } from './helpers/showcase-fixture';

let y2024: Awaited<ReturnType<typeof showcaseEvent>>;
let y2025: Awaited<ReturnType<typeof showcaseEvent>>;

beforeAll(async () => {
  y2024 = await showcaseEvent('Elder', 'public', { year: 2024 });
  y2025 = await showcaseEvent('Newer', 'public', { year: 2025 });
  await showcaseEvent('Hidden', 'unpublished', { year: 2025 });
});

const titles = async (query: Parameters<typeof listGallery>[0]) => (await listGallery(query)).items.map((i) => i.title);

describe('gallery filters and search', () => {
  it('orders newest event first, winners first within it', async () => {
    expect(await titles({})).toEqual(['Newer Gold Parks', 'Newer Plain Bus', 'Elder Gold Parks', 'Elder Plain Bus']);
  });

  it('filters by event, year, track, award, technology, and combines them', async () => {
    expect(await titles({ event: y2024.event.slug })).toEqual(['Elder Gold Parks', 'Elder Plain Bus']);
    expect(await titles({ year: 2025 })).toEqual(['Newer Gold Parks', 'Newer Plain Bus']);
    expect(await titles({ year: 2023 })).toEqual([]);
    expect(await titles({ track: y2025.tracks.transit.slug })).toEqual(['Newer Plain Bus']);
    expect(await titles({ award: 'awarded' })).toEqual(['Newer Gold Parks', 'Elder Gold Parks']);
    expect(await titles({ award: 'adopted', year: 2024 })).toEqual(['Elder Gold Parks']);
    expect(await titles({ tech: 'Go' })).toEqual(['Newer Plain Bus', 'Elder Plain Bus']);
    expect(await titles({ tech: 'Rust' })).toEqual([]); // only a draft uses it
  });

  it('searches title and tagline case-insensitively, with % and _ taken literally', async () => {
    expect(await titles({ q: 'plain bus' })).toEqual(['Newer Plain Bus', 'Elder Plain Bus']);
    expect(await titles({ q: 'ELDER GOLD PARKS TAGLINE' })).toEqual(['Elder Gold Parks']);
    expect(await titles({ q: '%' })).toEqual([]);
    expect(await titles({ q: 'Hidden' })).toEqual([]);
  });

  it('paginates with a total, and a page past the end is empty but still counted', async () => {
    const first = await listGallery({ page: 1 });
    expect(first.total).toBe(4);
    expect(first.pageCount).toBe(Math.ceil(4 / GALLERY_PAGE_SIZE));
    const past = await listGallery({ page: 9 });
    expect(past.items).toEqual([]);
    expect(past.total).toBe(4);
  });

  it('parses a hand-edited URL: bad values switch that filter off instead of failing', () => {
    expect(parseGalleryQuery({ year: 'abc', award: 'best', page: '-3', q: '  parks ', tech: ['Go', 'Vue'] })).toEqual({ q: 'parks', tech: 'Go' });
    expect(parseGalleryQuery({ year: '2025', award: 'adopted', page: '2' })).toEqual({ year: 2025, award: 'adopted', page: 2 });
  });
});

describe('open-data responses', () => {
  it('JSON with a licence, CSV with BOM; ETag is stable and If-None-Match gets 304', async () => {
    const json = await openDataResponse('projects.json', null);
    expect(json.status).toBe(200);
    expect(json.headers.get('cache-control')).toContain('public');
    const doc = JSON.parse(await json.text());
    expect(doc.licence.id).toBe('CC-BY-4.0');
    expect(doc.count).toBe(4);
    const etag = json.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);

    const again = await openDataResponse('projects.json', etag);
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await openDataResponse('projects.json', `W/"other", ${etag}`)).status).toBe(304);
    expect((await openDataResponse('projects.json', '"stale"')).status).toBe(200);

    const csv = await openDataResponse('results.csv', null);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('link')).toContain('creativecommons.org/licenses/by/4.0');
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toContain('event_slug,event_title_zh');
    expect(text).toContain('Elder Gold Parks');
    expect(text).not.toContain('Hidden');
    expect(csv.headers.get('etag')).not.toBe(etag);

    expect((await openDataResponse('secrets.json', null)).status).toBe(404);
  });

  it('the ETag changes when the data changes', async () => {
    const before = (await openDataResponse('projects.json', null)).headers.get('etag');
    await showcaseEvent('Later', 'public', { year: 2026 });
    const after = await openDataResponse('projects.json', before);
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(before);
  });
});
