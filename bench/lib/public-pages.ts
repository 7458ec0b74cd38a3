import type postgres from 'postgres';

/*
 * The public pages the front-end benchmarks look at, on the seeded data: the spring event has published
 * results, so its winners page and an awarded project page exist. There is no separate events index route:
 * the home page is the list of current, upcoming and past events.
 */
export const SPRING = 'codefest-taipei-2026-spring';

export type PublicPage = { name: string; path: string };

/** The slug of the spring event's best-placed awarded project (as bench/showcase-reads.ts finds it). */
export async function awardedProjectPath(sql: postgres.Sql, locale = 'en'): Promise<string> {
  const [project] = await sql<{ slug: string }[]>`
    select s.slug from awards a join submissions s on s.id = a.submission_id join events e on e.id = a.event_id
    where e.slug = ${SPRING} order by a.placement nulls last limit 1`;
  if (!project) throw new Error('the seed has no awarded spring project');
  return `/${locale}/projects/${SPRING}/${project.slug}`;
}

/** Every public route, in English. */
export async function publicPages(sql: postgres.Sql): Promise<PublicPage[]> {
  return [
    { name: 'home (events list)', path: '/en' },
    { name: 'event', path: `/en/events/${SPRING}` },
    { name: 'winners', path: `/en/events/${SPRING}/winners` },
    { name: 'project', path: await awardedProjectPath(sql) },
    { name: 'gallery', path: '/en/projects' },
    { name: 'hall of fame', path: '/en/hall-of-fame' },
    { name: 'sign-in', path: '/en/sign-in' },
  ];
}

/** Fetches each page once, so a first render fills the data cache before anything is measured. */
export async function warmUp(baseUrl: string, pages: PublicPage[]): Promise<void> {
  for (const page of pages) {
    const response = await fetch(baseUrl + page.path);
    if (!response.ok) throw new Error(`${page.name} ${page.path} answered ${response.status}`);
    await response.arrayBuffer();
  }
}
