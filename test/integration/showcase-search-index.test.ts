import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { listGallery } from '@/lib/showcase/gallery';
import { insertEvent, insertUser } from './helpers/domain-rows';

/*
 * The gallery's search at archive scale (20,000 projects). The trigram index of migration 0017 must match
 * the exact expression lib/showcase/gallery.ts filters on, or Postgres can never use it: with sequential
 * scans disabled the plan must be an index scan on it (if either side drifts, this fails). Whether the
 * planner prefers it at a given size is its call (at 20,000 short rows a sequential scan is still cheaper);
 * the timings are printed for the record, not asserted.
 */
const N = 20_000;
const QUERY = sql`select id from submissions where (title || ' ' || tagline) ilike '%needlework%'`;
const executionMs = (plan: unknown) => Number(JSON.stringify(plan).match(/"Execution Time":([\d.]+)/)![1]);

beforeAll(async () => {
  const captain = await insertUser();
  const event = await insertEvent({ isPublished: true, resultsPublishedAt: new Date(Date.now() - 1000) });
  await db.execute(sql`
    insert into teams (event_id, name, captain_id, invite_code)
    select ${event.id}, 'Team ' || g, ${captain.id}, 'code-' || g from generate_series(1, ${N}) g`);
  await db.execute(sql`
    insert into submissions (team_id, event_id, slug, title, tagline, status, submitted_at)
    select t.id, t.event_id, 'p-' || t.invite_code, 'Project ' || t.invite_code || case when t.invite_code = 'code-777' then ' Needlework' else '' end,
      '城市服務 tagline ' || md5(t.invite_code), 'submitted', now()
    from teams t where t.event_id = ${event.id}`);
  await db.execute(sql`analyze submissions`);
}, 120_000);

describe('gallery search at scale', () => {
  it('can use the trigram index for the gallery expression, and finds the one match among 20,000 projects', async () => {
    const [indexed, planned] = await db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      const forced = await tx.execute(sql`explain (analyze, format json) ${QUERY}`);
      await tx.execute(sql`set local enable_seqscan = on`);
      return [forced, await tx.execute(sql`explain (analyze, format json) ${QUERY}`)];
    });
    expect(JSON.stringify(indexed)).toContain('"Index Name":"submissions_search_trgm_idx"');
    console.info(`search over ${N}: trigram index ${executionMs(indexed).toFixed(2)} ms, planner's choice ${executionMs(planned).toFixed(2)} ms`);

    const started = performance.now();
    const page = await listGallery({ q: 'needlework' });
    const searchMs = performance.now() - started;
    expect(page.items.map((i) => i.title)).toEqual(['Project code-777 Needlework']);
    const browse = performance.now();
    const first = await listGallery({});
    console.info(`listGallery over ${N}: search ${searchMs.toFixed(1)} ms, first page with total ${(performance.now() - browse).toFixed(1)} ms`);
    expect(first.total).toBe(N);
  });
});
