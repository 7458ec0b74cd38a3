import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { eventRoles, judgingRounds } from '@/db/schema';
import { getJudgingConsole } from '@/lib/judging/console';
import { getRoundResults } from '@/lib/judging/results';
import { insertEvent, insertUser } from './helpers/domain-rows';
import { asActor } from './helpers/judging-results-fixture';

/*
 * Scale: 1,000 projects × 100 judges × 5 criteria, every judge scoring every project (100,000 submitted
 * sheets, 500,000 scores), timed end to end from the database: load + weighted totals + three rankings
 * overall and per track + judge statistics. The rows are bulk-inserted in SQL with the historical-write
 * switch the seed uses (the per-row scoring triggers are tested elsewhere; here they would only slow the
 * set-up). The figure is printed and bounded generously, so a regression by an order of magnitude fails.
 */
const PROJECTS = 1000;
const JUDGES = 100;

async function bulkRound() {
  const organizer = await insertUser({ name: 'Scale organizer' });
  const event = await insertEvent({ isPublished: true });
  await db.insert(eventRoles).values({ eventId: event.id, userId: organizer.id, role: 'organizer' });
  const [round] = await db
    .insert(judgingRounds)
    .values({ eventId: event.id, kind: 'preliminary', status: 'open', assignmentMode: 'all', rankingMethod: 'z_score', nameEn: 'Scale' })
    .returning();
  await db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('codefest.allow_late_project_writes', 'on', true)`);
    await tx.execute(sql`insert into tracks (event_id, slug, name_en, position) select ${event.id}, 'track-' || g, 'Track ' || g, g from generate_series(1, 4) g`);
    await tx.execute(sql`insert into users (email, name) select 'scale-judge-' || g || '@example.com', 'Judge ' || g from generate_series(1, ${JUDGES}) g`);
    await tx.execute(sql`insert into users (email, name) select 'scale-captain-' || g || '@example.com', 'Captain ' || g from generate_series(1, ${PROJECTS}) g`);
    await tx.execute(sql`insert into event_roles (event_id, user_id, role) select ${event.id}, id, 'judge' from users where email like 'scale-judge-%'`);
    await tx.execute(sql`
      insert into teams (event_id, name, captain_id, invite_code, status, track_id)
      select ${event.id}, 'Team ' || substr(u.email, 15), u.id, 'S' || md5(u.email), 'admitted',
             (select id from tracks where event_id = ${event.id} order by position offset (abs(hashtext(u.email)) % 4) limit 1)
      from users u where u.email like 'scale-captain-%'`);
    await tx.execute(sql`
      insert into submissions (team_id, event_id, track_id, slug, title, status, submitted_at)
      select t.id, t.event_id, t.track_id, 'p-' || md5(t.id::text), 'Project ' || t.name, 'submitted', now() from teams t where t.event_id = ${event.id}`);
    await tx.execute(sql`
      insert into rubric_criteria (round_id, name_en, weight, scale_max, position)
      select ${round!.id}, 'C' || g, 20, 10, g from generate_series(1, 5) g`);
    await tx.execute(sql`
      insert into judge_assignments (round_id, judge_id, submission_id)
      select ${round!.id}, r.user_id, s.id from event_roles r cross join submissions s
      where r.event_id = ${event.id} and r.role = 'judge' and s.event_id = ${event.id}`);
    await tx.execute(sql`
      insert into score_sheets (round_id, judge_id, submission_id, status, submitted_at)
      select round_id, judge_id, submission_id, 'submitted', now() from judge_assignments where round_id = ${round!.id}`);
    // A deterministic pseudo-random score per (sheet, criterion), in half points.
    await tx.execute(sql`
      insert into scores (sheet_id, criterion_id, value)
      select sh.id, c.id, (abs(hashtext(sh.id::text || c.id::text)) % 21) / 2.0
      from score_sheets sh cross join rubric_criteria c
      where sh.round_id = ${round!.id} and c.round_id = ${round!.id}`);
  });
  return { organizer, event, round: round! };
}

describe('results at scale', () => {
  it('computes 1,000 projects × 100 judges × 5 criteria from the database', { timeout: 600_000 }, async () => {
    const setupStart = performance.now();
    const { organizer, event, round } = await bulkRound();
    const setupMs = performance.now() - setupStart;

    const start = performance.now();
    const result = await getRoundResults(asActor(organizer), event.slug, round.id);
    const resultsMs = performance.now() - start;
    expect(result.ok).toBe(true);
    const view = result.ok ? result.data : null;
    expect(view!.results!.panel.sheets).toBe(PROJECTS * JUDGES);
    expect(view!.results!.overall.z_score.entries.filter((e) => e.position !== null)).toHaveLength(PROJECTS);

    const consoleStart = performance.now();
    const consoleView = await getJudgingConsole(asActor(organizer), event.slug, round.id);
    const consoleMs = performance.now() - consoleStart;
    expect(consoleView.ok && consoleView.data.counts.submitted).toBe(PROJECTS * JUDGES);

    console.log(
      `[scale] ${PROJECTS} projects × ${JUDGES} judges × 5 criteria (${PROJECTS * JUDGES} sheets, ${PROJECTS * JUDGES * 5} scores): ` +
        `insert ${Math.round(setupMs)} ms; results load+compute ${Math.round(resultsMs)} ms; console (results + progress matrix) ${Math.round(consoleMs)} ms`,
    );
    expect(resultsMs).toBeLessThan(30_000);
  });
});
