import 'server-only';
import { unstable_cache } from 'next/cache';
import { db } from '@/db/client';
import { events } from '@/db/schema';
import { cacheTags } from '@/lib/cache-tags';
import type { GalleryQuery } from '@/lib/validation/showcase';
import { listGallery, listGalleryFacets } from './gallery';
import { projectRecords, resultRecords } from './open-data';
import { getPublicProject } from './project';
import { getTransparency } from './transparency';
import { getHallOfFame, getPublicWinners } from './winners';

/*
 * The public loaders, cached so thousands of readers do not each query the database.
 *
 * Why unstable_cache and not `use cache`: `use cache` + cacheTag/cacheLife need `cacheComponents: true`,
 * which changes how EVERY route in the app renders (request data must sit under Suspense); the rest of the
 * app reads cookies and the session in its layouts, so flipping it is a project-wide migration, not a
 * showcase change. unstable_cache works with the current next.config.js and caches data, not pages, so the
 * pages stay ordinary dynamic renders (the header still shows who is signed in; no nonce is involved).
 *
 * Tags: every entry carries `showcase` AND every event's `event-results:<id>`, because the writers expire
 * one or the other (publish/unpublish both, an award change only its event's tag) and any of them can
 * change what a cross-event page such as the gallery shows. The event ids come from a small cached list.
 * The 60-second lifetime bounds the one change no writer announces: a SCHEDULED publication becoming
 * visible by the database clock (lib/results/visibility.ts).
 * Entries are JSON: the loaders return ISO strings, never Date objects.
 */
const REVALIDATE_SECONDS = 60;

const cachedEventIds = unstable_cache(async () => (await db.select({ id: events.id }).from(events)).map((e) => e.id), ['showcase:event-ids:v1'], {
  tags: [cacheTags.showcase],
  revalidate: REVALIDATE_SECONDS,
});

function cached<A extends unknown[], R>(key: string, load: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    const tags = [cacheTags.showcase, ...(await cachedEventIds()).map((id) => cacheTags.eventResults(id))];
    return unstable_cache(load, [key], { tags, revalidate: REVALIDATE_SECONDS })(...args);
  };
}

export const cachedGallery = cached('showcase:gallery:v1', (query: GalleryQuery) => listGallery(query));
export const cachedGalleryFacets = cached('showcase:facets:v1', () => listGalleryFacets());
export const cachedProject = cached('showcase:project:v1', (event: string, project: string) => getPublicProject(event, project));
export const cachedWinners = cached('showcase:winners:v1', (slug: string) => getPublicWinners(slug));
export const cachedHallOfFame = cached('showcase:hall-of-fame:v1', () => getHallOfFame());
export const cachedTransparency = cached('showcase:transparency:v1', (slug: string) => getTransparency(slug));
export const cachedResultRecords = cached('showcase:open-results:v1', () => resultRecords());
export const cachedProjectRecords = cached('showcase:open-projects:v1', () => projectRecords());
