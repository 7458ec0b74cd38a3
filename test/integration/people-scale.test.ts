import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { exportDataset } from '@/lib/exports/datasets';
import { listRegistrations } from '@/lib/people/registrations';
import { listTeams } from '@/lib/people/teams';
import { organizedEvent } from './helpers/people-fixture';

/*
 * CodeFest size: 3,000 registrations in 750 teams of 4. Search, filter and paging run in the database, so a
 * page stays quick; the full export is one query. The timings are printed for bench notes; the bounds are
 * loose (a shared 2-core machine) and only catch a query that went quadratic.
 */
describe('people tools at CodeFest size', () => {
  it('3,000 registrations, 750 teams: a filtered page, a teams page and the CSV export', async () => {
    const { event, organizer } = await organizedEvent();
    await db.execute(sql`
      with people as (
        insert into users (email, name) select 'scale-' || g || '@example.com', 'Person ' || g from generate_series(1, 3000) g returning id, name
      )
      insert into registrations (event_id, user_id, display_name, affiliation, status, consent_rules_at, consent_data_at)
      select ${event.id}, id, name, case when random() < 0.5 then '臺灣大學' else 'NTHU' end, 'pending', now(), now() from people`);
    await db.execute(sql`
      with numbered as (
        select user_id, row_number() over (order by user_id) - 1 as n from registrations where event_id = ${event.id}
      ), captains as (
        insert into teams (event_id, name, captain_id, invite_code)
        select ${event.id}, 'Team ' || (n / 4), user_id, md5(user_id::text) from numbered where n % 4 = 0 returning id, captain_id
      )
      insert into team_members (team_id, event_id, user_id)
      select c.id, ${event.id}, m.user_id from numbered m join numbered cn on cn.n = (m.n / 4) * 4 join captains c on c.captain_id = cn.user_id`);

    let started = performance.now();
    const page = await listRegistrations(organizer, event.slug, { q: '臺灣', team: 'yes', sort: 'name', page: '10' });
    const pageMs = performance.now() - started;
    expect(page.ok && page.data.rows.length).toBe(25);
    expect(page.ok && page.data.total).toBeGreaterThan(1000);

    started = performance.now();
    const teams = await listTeams(organizer, event.slug, { q: 'Person 12' });
    const teamsMs = performance.now() - started;
    expect(teams.ok && teams.data.total).toBeGreaterThan(0);

    started = performance.now();
    const csv = await exportDataset(organizer, event.slug, { dataset: 'registrations', format: 'csv' });
    const exportMs = performance.now() - started;
    expect(csv.ok && csv.data.body.split('\r\n').length).toBe(3002);

    console.log(`people scale: registrations page ${pageMs.toFixed(0)} ms, teams search ${teamsMs.toFixed(0)} ms, registrations CSV (3,000 rows) ${exportMs.toFixed(0)} ms`);
    expect(pageMs).toBeLessThan(3000);
    expect(exportMs).toBeLessThan(5000);
  });
});
