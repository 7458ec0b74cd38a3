import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { updateAdoption } from '@/lib/adoption/organizer';
import { linkPullRequest } from '@/lib/adoption/team';
import { listAuditEntries } from '@/lib/audit-viewer/query';
import { writeAudit } from '@/lib/audit';
import { awardFixture } from './helpers/adoption-fixture';

/* The organizers' audit viewer: scoped to one event, filtered, paged; and fast on 100k rows. */
describe('audit viewer', () => {
  it('shows who did what in this event only, never another event’s rows, whatever the filters', async () => {
    const f = await awardFixture();
    const other = await awardFixture();
    expect((await linkPullRequest(f.actors.member, f.award.id, { pullRequestUrl: 'https://github.com/x/y/pull/1', version: '0' })).ok).toBe(true);
    expect((await updateAdoption(f.actors.organizer, f.award.id, { status: 'merged', version: '1' })).ok).toBe(true);
    expect((await linkPullRequest(other.actors.member, other.award.id, { pullRequestUrl: 'https://github.com/x/z/pull/2', version: '0' })).ok).toBe(true);

    const page = await listAuditEntries(f.actors.organizer, f.event.slug, {});
    expect(page.ok && page.data.entries.map((e) => [e.action, e.actorName])).toEqual([
      ['adoption.updated', 'Organizer'],
      ['adoption.pr_linked', 'Member'],
    ]);
    expect(page.ok && page.data.facets.actions).toEqual(['adoption.pr_linked', 'adoption.updated']);
    // The other event's member, as an actor filter, finds nothing here.
    const foreign = await listAuditEntries(f.actors.organizer, f.event.slug, { actor: other.users.member.id });
    expect(foreign.ok && foreign.data.entries).toEqual([]);
    const byActor = await listAuditEntries(f.actors.organizer, f.event.slug, { actor: f.users.member.id, entity: 'adoption' });
    expect(byActor.ok && byActor.data.entries.map((e) => e.action)).toEqual(['adoption.pr_linked']);
  });

  it('refuses everyone but the event’s organizers (a participant: forbidden; another event’s organizer: forbidden; anonymous)', async () => {
    const f = await awardFixture();
    const other = await awardFixture();
    expect(await listAuditEntries(f.actors.captain, f.event.slug, {})).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await listAuditEntries(other.actors.organizer, f.event.slug, {})).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await listAuditEntries(null, f.event.slug, {})).toEqual({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('filters by date range in the event zone (to inclusive) and pages without overlap; bad filter values are ignored', async () => {
    const f = await awardFixture();
    // 120 rows an hour apart, 2027-03-01 00:00 Taipei onwards (= 2027-02-28 16:00 UTC).
    await db.execute(sql`insert into audit_log (at, actor_id, event_id, action, entity_type, entity_id)
      select timestamptz '2027-02-28 16:00:00+00' + (i * interval '1 hour'), ${f.users.organizer.id}::uuid, ${f.event.id}::uuid, 'track.updated', 'track', i::text
      from generate_series(0, 119) as i`);
    const day = await listAuditEntries(f.actors.organizer, f.event.slug, { from: '2027-03-02', to: '2027-03-02' });
    expect(day.ok && day.data.entries.map((e) => Number(e.entityId))).toEqual(Array.from({ length: 24 }, (_, i) => 47 - i));
    const first = await listAuditEntries(f.actors.organizer, f.event.slug, { action: 'track.updated' });
    const third = await listAuditEntries(f.actors.organizer, f.event.slug, { action: 'track.updated', page: '3' });
    expect(first.ok && [first.data.entries.length, first.data.hasNext, first.data.entries[0]!.entityId]).toEqual([50, true, '119']);
    expect(third.ok && [third.data.entries.length, third.data.hasNext, third.data.entries[0]!.entityId]).toEqual([20, false, '19']);
    const junk = await listAuditEntries(f.actors.organizer, f.event.slug, { actor: 'nobody', from: 'yesterday', page: '-3' });
    expect(junk.ok && junk.data.entries).toHaveLength(50);
  });

  it('stays fast on 100k audit rows of one event (and 20k of another)', async () => {
    const f = await awardFixture();
    const other = await awardFixture();
    await db.execute(sql`insert into audit_log (at, actor_id, event_id, action, entity_type, entity_id, data)
      select statement_timestamp() - (i * interval '1 minute'),
        (array[${f.users.organizer.id}::uuid, ${f.users.captain.id}::uuid, ${f.users.member.id}::uuid])[1 + i % 3],
        ${f.event.id}::uuid,
        (array['sheet.saved', 'team.updated', 'registration.created', 'track.updated', 'adoption.paid'])[1 + (i % 997 = 0)::int * 4 + (i % 997 <> 0)::int * (i % 4)],
        (array['score_sheet', 'team', 'registration', 'track'])[1 + i % 4], i::text,
        jsonb_build_object('before', jsonb_build_object('n', i), 'after', jsonb_build_object('n', i + 1))
      from generate_series(1, 100000) as i`);
    await db.execute(sql`insert into audit_log (event_id, action, entity_type) select ${other.event.id}::uuid, 'adoption.paid', 'adoption' from generate_series(1, 20000)`);
    await db.execute(sql`analyze audit_log`);
    await writeAudit(db, { actorId: f.users.organizer.id, eventId: f.event.id, action: 'adoption.paid', entityType: 'adoption', entityId: 'latest' });

    const timings: Record<string, number> = {};
    const time = async (name: string, filter: Record<string, unknown>) => {
      await listAuditEntries(f.actors.organizer, f.event.slug, filter); // warm
      const start = performance.now();
      const result = await listAuditEntries(f.actors.organizer, f.event.slug, filter);
      timings[name] = Math.round(performance.now() - start);
      return result;
    };
    const first = await time('first page', {});
    expect(first.ok && first.data.entries[0]!.entityId).toBe('latest');
    const rare = await time('rare action (0.1%)', { action: 'adoption.paid' });
    expect(rare.ok && rare.data.entries.every((e) => e.action === 'adoption.paid')).toBe(true);
    expect(rare.ok && rare.data.entries.length).toBe(50);
    await time('actor + entity', { actor: f.users.captain.id, entity: 'team' });
    await time('page 200', { page: '200' });
    console.info(`audit viewer on 100k rows (ms, incl. facets): ${JSON.stringify(timings)}`);
    for (const ms of Object.values(timings)) expect(ms).toBeLessThan(1500);
  }, 180_000);
});
