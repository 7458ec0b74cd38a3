import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { conflictsOfInterest, eventRoles, judgeAssignments, judgingRounds } from '@/db/schema';
import { runAssignment } from '@/lib/judging/assignments';
import { insertEvent, insertUser } from './helpers/domain-rows';
import { actorOf } from './helpers/judging-setup-fixture';

/*
 * The assignment run at a CodeFest-like size on the real database: 300 submitted projects, 30 judges,
 * k = 3, every tenth judge with a declared team conflict. Checks the properties the issue asks for
 * (coverage k, no conflicted pair, loads within ±1 of the mean) and reports how long the run takes.
 */
describe('assignment at scale', () => {
  it('300 projects × 30 judges, k = 3: coverage, no conflicts, balance ±1', async () => {
    const event = await insertEvent({ isPublished: true });
    const organizer = await insertUser();
    await db.insert(eventRoles).values({ eventId: event.id, userId: organizer.id, role: 'organizer' });
    const judges = [];
    for (let i = 0; i < 30; i++) judges.push(await insertUser({ name: `Judge ${i}` }));
    await db.insert(eventRoles).values(judges.map((j) => ({ eventId: event.id, userId: j.id, role: 'judge' as const })));
    await db.execute(sql`
      with captains as (
        insert into users (email, name) select 'cap-' || g || '-' || ${event.id} || '@example.com', 'Captain ' || g from generate_series(1, 300) g returning id, name),
      new_teams as (
        insert into teams (event_id, captain_id, name, invite_code, status)
        select ${event.id}, id, 'Team ' || name, substr(md5(random()::text), 1, 8), 'admitted' from captains returning id, name)
      insert into submissions (team_id, event_id, slug, title, status, submitted_at)
      select id, ${event.id}, 'p-' || substr(md5(random()::text), 1, 12), name, 'submitted', now() from new_teams`);
    const teams = await db.execute<{ id: string }>(sql`select id from teams where event_id = ${event.id} order by id limit 30`);
    await db.insert(conflictsOfInterest).values(judges.filter((_, i) => i % 10 === 0).map((j, i) => ({ eventId: event.id, judgeId: j.id, teamId: teams[i]!.id })));
    const [round] = await db.insert(judgingRounds).values({ eventId: event.id, kind: 'preliminary', position: 1, nameEn: 'Preliminary', assignmentMode: 'k_judges', judgesPerProject: 3, assignmentSeed: 2026 }).returning();

    const started = performance.now();
    const result = await runAssignment(await actorOf(organizer), round!.id);
    const elapsed = performance.now() - started;
    console.log(`[assignment] 300 projects x 30 judges, k=3: ${Math.round(elapsed)} ms on the real database`);
    expect(result).toMatchObject({ ok: true, data: { added: 900, shortfalls: 0 } });

    const pairs = await db.select().from(judgeAssignments).where(eq(judgeAssignments.roundId, round!.id));
    const perProject = new Map<string, number>();
    for (const p of pairs) perProject.set(p.submissionId, (perProject.get(p.submissionId) ?? 0) + 1);
    expect([...perProject.values()].every((n) => n === 3)).toBe(true);
    expect(perProject.size).toBe(300);
    const loads = judges.map((j) => pairs.filter((p) => p.judgeId === j.id).length);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    const conflicted = await db.execute<{ n: number }>(sql`
      select count(*)::int as n from judge_assignments a join submissions s on s.id = a.submission_id
      join conflicts_of_interest c on c.judge_id = a.judge_id and c.team_id = s.team_id where a.round_id = ${round!.id}`);
    expect(conflicted[0]!.n).toBe(0);
  });
});
