import 'server-only';
import { unstable_cache } from 'next/cache';
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
 * which changes how EVERY route in the app renders (dynamic data must sit under Suspense); the rest of the
 * app reads cookies and the session in its layouts, so flipping it is a project-wide migration, not a
 * showcase change. unstable_cache works with the current next.config.js and caches data, not pages, so the
 * pages stay ordinary dynamic renders (the header still shows who is signed in).
 *
 * Every entry is tagged `showcase`: publish/unpublish, awards, adoptions and the showcase choices call
 * revalidateTag/updateTag on it after their commit. The 60-second lifetime bounds the one change no writer
 * announces: a SCHEDULED publication becoming visible by the database clock (lib/results/visibility.ts).
 * Entries are JSON: the loaders return ISO strings, never Date objects.
 */
const options = { tags: [cacheTags.showcase], revalidate: 60 };

export const cachedGallery = unstable_cache((query: GalleryQuery) => listGallery(query), ['showcase:gallery:v1'], options);
export const cachedGalleryFacets = unstable_cache(() => listGalleryFacets(), ['showcase:facets:v1'], options);
export const cachedProject = unstable_cache((event: string, project: string) => getPublicProject(event, project), ['showcase:project:v1'], options);
export const cachedWinners = unstable_cache((slug: string) => getPublicWinners(slug), ['showcase:winners:v1'], options);
export const cachedHallOfFame = unstable_cache(() => getHallOfFame(), ['showcase:hall-of-fame:v1'], options);
export const cachedTransparency = unstable_cache((slug: string) => getTransparency(slug), ['showcase:transparency:v1'], options);
export const cachedResultRecords = unstable_cache(() => resultRecords(), ['showcase:open-results:v1'], options);
export const cachedProjectRecords = unstable_cache(() => projectRecords(), ['showcase:open-projects:v1'], options);
