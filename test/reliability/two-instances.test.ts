import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionIdOf, callAction } from '../../bench/lib/action-client';
import { sessionCookieFor } from '../../bench/lib/session-cookie';
import { freshSeededDatabase, getPage, pollPage, startInstance, type Instance, type SeededDatabase } from './support/instances';

/*
 * Issue 6 §2.2: two `next start` processes (A on :3251, B on :3252) on one fresh database.
 * (a) A participant's save through A is seen through B.
 * (b) B's cached winners page follows an unpublish and a publish made through A within BOUND_MS: the
 *     cache handler (lib/cache/shared-tag-cache-handler.mjs) NOTIFYs the revalidated tags and B expires
 *     them on receipt. Measured from the moment A answered the action to the SENDING of B's first request
 *     that shows the change. That B's page really was served from its cache is shown first: a title
 *     changed directly in the database (no revalidation) does not show on B until the publish.
 * (c) The control: B restarted with CACHE_TAG_SYNC=off still serves the published winners CONTROL_MS after
 *     A unpublished them (and A does not), i.e. without the shared invalidation B would be stale.
 */
const A_PORT = 3251;
const B_PORT = 3252;
const BOUND_MS = 2000;
const CONTROL_MS = 5000;
const SECRET = 'two-instances-test-secret-0123456789abcdefghij';
const SUBMISSION_ACTIONS = 'app/[locale]/events/[slug]/submission/actions.ts';
const AWARDS_ACTIONS = 'app/[locale]/admin/events/[slug]/awards/actions.ts';

let db: SeededDatabase;
let a: Instance;
let b: Instance;

type Spring = { eventId: string; slug: string; organizerId: string; winnerId: string; winnerTitle: string };
let spring: Spring;

beforeAll(async () => {
  db = await freshSeededDatabase('codefest_two');
  a = await startInstance(A_PORT, db.url, { AUTH_SECRET: SECRET });
  b = await startInstance(B_PORT, db.url, { AUTH_SECRET: SECRET }, false);
  const [row] = await db.sql<Spring[]>`
    select e.id as "eventId", e.slug, u.id as "organizerId", s.id as "winnerId", s.title as "winnerTitle"
    from events e
    join awards aw on aw.event_id = e.id join submissions s on s.id = aw.submission_id
    cross join users u
    where e.slug = 'codefest-taipei-2026-spring' and u.email = 'organizer@codefest.example'
    order by aw.placement, s.title limit 1`;
  if (!row) throw new Error('the seed has no awarded spring project or no organizer');
  spring = row;
});

afterAll(async () => {
  await b?.stop();
  await a?.stop();
  await db?.drop();
});

function failureContext(): string {
  return `\n--- A stderr ---\n${a.stderr().slice(-3000)}\n--- B stderr ---\n${b.stderr().slice(-3000)}`;
}

async function organizerAction(app: Instance, exportName: string, fields: Record<string, string>) {
  const form = new FormData();
  for (const [k, v] of Object.entries({ locale: 'en', slug: spring.slug, eventId: spring.eventId, ...fields })) form.append(k, v);
  const cookie = await sessionCookieFor(spring.organizerId, { secret: SECRET, sql: db.sql });
  const answer = await callAction(app.baseUrl, {
    pagePath: `/en/admin/events/${spring.slug}/awards`,
    actionId: actionIdOf(AWARDS_ACTIONS, exportName),
    args: [undefined, form],
    cookie,
  });
  const answeredAt = performance.now();
  expect(answer.error, `${exportName}: ${JSON.stringify(answer)}${failureContext()}`).toBeNull();
  expect((answer.result as { status?: string } | undefined)?.status, JSON.stringify(answer.result)).not.toBe('error');
  return answeredAt;
}

/** As React writes text into HTML. */
function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
}

async function isPublished(): Promise<boolean> {
  const [row] = await db.sql<{ published: boolean }[]>`select results_published_at is not null as published from events where id = ${spring.eventId}`;
  return row!.published;
}

describe('two app instances on one database', () => {
  it('(a) a submission saved through A is seen through B', async () => {
    const [row] = await db.sql<{ userId: string; eventId: string; slug: string; teamId: string; version: number }[]>`
      select u.id as "userId", e.id as "eventId", e.slug, tm.team_id as "teamId", s.version
      from users u join team_members tm on tm.user_id = u.id join events e on e.id = tm.event_id
      join submissions s on s.team_id = tm.team_id
      where u.email = 'participant@codefest.example' and e.slug = 'codefest-taipei-2026-autumn'`;
    if (!row) throw new Error('the seed has no autumn submission for participant@codefest.example');
    // The autumn deadline has passed in the seed: an organizer's extension for this team, as the admin page grants it.
    await db.sql`update teams set deadline_extended_until = now() + interval '1 hour' where id = ${row.teamId}`;
    const cookie = await sessionCookieFor(row.userId, { secret: SECRET, sql: db.sql });
    const pagePath = `/en/events/${row.slug}/submission`;
    const before = await getPage(b.baseUrl, pagePath, cookie);
    expect(before.status).toBe(200);

    const title = `Saved through A ${Date.now()}`;
    const form = new FormData();
    const fields = { locale: 'en', slug: row.slug, eventId: row.eventId, version: String(row.version), title, tagline: 'Two instances', description: 'Saved through instance A, read through instance B.', repositoryUrl: 'https://github.com/codefest-example/two' };
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    const [current] = await db.sql<{ answers: Record<string, unknown>; compliance: Record<string, boolean> }[]>`select answers, compliance from submissions where team_id = ${row.teamId}`;
    for (const [id, value] of Object.entries(current?.answers ?? {})) {
      for (const v of Array.isArray(value) ? value : [value === true ? 'on' : String(value)]) form.append(`answer.${id}`, String(v));
    }
    for (const [id, ticked] of Object.entries(current?.compliance ?? {})) if (ticked) form.append('compliance', id);
    const saved = await callAction(a.baseUrl, { pagePath, actionId: actionIdOf(SUBMISSION_ACTIONS, 'saveSubmissionAction'), args: [undefined, form], cookie });
    expect(saved.redirectTo, `${JSON.stringify(saved)}${failureContext()}`).toBe(`${pagePath}?saved=${row.version + 1}`);

    expect(before.html).not.toContain(title);
    const onB = await getPage(b.baseUrl, pagePath, cookie);
    expect(onB.status).toBe(200);
    expect(onB.html).toContain(title);
  });

  it(`(b) B's cached winners page follows an unpublish and a publish through A within ${BOUND_MS} ms`, async () => {
    const winnersPath = `/en/events/${spring.slug}/winners`;
    expect(await isPublished()).toBe(true);
    for (let i = 0; i < 2; i++) expect((await getPage(b.baseUrl, winnersPath)).html).toContain(html(spring.winnerTitle));

    // B serves the winners from its data cache: a title changed behind the app's back does not show.
    const renamed = `Renamed in the database ${Date.now()}`;
    // (The spring deadline has passed and a trigger guards it: the team gets an extension first.)
    await db.sql`update teams set deadline_extended_until = now() + interval '1 hour' where id = (select team_id from submissions where id = ${spring.winnerId})`;
    await db.sql`update submissions set title = ${renamed} where id = ${spring.winnerId}`;
    const cached = await getPage(b.baseUrl, winnersPath);
    expect(cached.html, 'B was expected to serve its cached winners').toContain(html(spring.winnerTitle));
    expect(cached.html).not.toContain(html(renamed));

    const unpublishedAt = await organizerAction(a, 'unpublishAction', { reason: 'Two-instance test: taking results down' });
    expect(await isPublished()).toBe(false);
    const gone = await pollPage(b.baseUrl, winnersPath, (p) => p.status < 500 && !p.html.includes(html(spring.winnerTitle)), { since: unpublishedAt, timeoutMs: BOUND_MS + 3000 });
    expect(gone, `B still showed the winners ${BOUND_MS + 3000} ms after the unpublish${failureContext()}`).not.toBeNull();

    const publishedAt = await organizerAction(a, 'publishNowAction', {});
    expect(await isPublished()).toBe(true);
    const back = await pollPage(b.baseUrl, winnersPath, (p) => p.status === 200 && p.html.includes(html(renamed)), { since: publishedAt, timeoutMs: BOUND_MS + 3000 });
    expect(back, `B did not show the republished winners within ${BOUND_MS + 3000} ms${failureContext()}`).not.toBeNull();

    console.log(
      `B followed A: unpublish visible ${gone!.afterMs.toFixed(0)} ms after A answered (${gone!.polls} polls), ` +
        `publish visible ${back!.afterMs.toFixed(0)} ms after (${back!.polls} polls); bound ${BOUND_MS} ms`,
    );
    expect(gone!.afterMs).toBeLessThanOrEqual(BOUND_MS);
    expect(back!.afterMs).toBeLessThanOrEqual(BOUND_MS);
  });

  it(`(c) without the shared invalidation (CACHE_TAG_SYNC=off on B) B is still stale ${CONTROL_MS} ms after an unpublish`, async () => {
    await b.stop();
    b = await startInstance(B_PORT, db.url, { AUTH_SECRET: SECRET, CACHE_TAG_SYNC: 'off' }, false);
    const winnersPath = `/en/events/${spring.slug}/winners`;
    const [row] = await db.sql<{ title: string }[]>`select title from submissions where id = ${spring.winnerId}`;
    for (let i = 0; i < 2; i++) expect((await getPage(b.baseUrl, winnersPath)).html).toContain(html(row!.title));

    const unpublishedAt = await organizerAction(a, 'unpublishAction', { reason: 'Two-instance test: the control' });
    const onA = await getPage(a.baseUrl, winnersPath);
    expect(onA.status).toBeLessThan(500);
    expect(onA.html, 'A itself must not show unpublished results').not.toContain(html(row!.title));
    let stalePolls = 0;
    while (performance.now() - unpublishedAt < CONTROL_MS) {
      const page = await getPage(b.baseUrl, winnersPath);
      if (page.status !== 200 || !page.html.includes(html(row!.title))) break;
      stalePolls++;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const staleFor = performance.now() - unpublishedAt;
    console.log(`control: B without sync still served the unpublished winners ${staleFor.toFixed(0)} ms after the unpublish (${stalePolls} stale answers)`);
    expect(staleFor).toBeGreaterThanOrEqual(CONTROL_MS);
  });
});
