import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { conflictsOfInterest, eventRoles, judgeAssignments, judgingRounds, roundProjects } from '@/db/schema';
import { runAssignment, moveAssignment } from '@/lib/judging/assignments';
import { declareConflict, addConflict, removeConflict } from '@/lib/judging/conflicts';
import { setRoundStatus } from '@/lib/judging/rounds';
import { saveRubric } from '@/lib/judging/rubric';
import { expectRefusal, insertUser } from './helpers/domain-rows';
import { actorOf, preliminaryRubric, setupFixture, type SetupFixture } from './helpers/judging-setup-fixture';

const pairsOf = async (roundId: string) => db.select().from(judgeAssignments).where(eq(judgeAssignments.roundId, roundId));

function expectCoverageAndBalance(pairs: { judgeId: string; submissionId: string }[], f: SetupFixture, k: number) {
  for (const p of f.projects) expect(pairs.filter((a) => a.submissionId === p.submission.id)).toHaveLength(k);
  const loads = f.judges.map((j) => pairs.filter((a) => a.judgeId === j.id).length);
  const mean = (f.projects.length * k) / f.judges.length;
  for (const load of loads) expect(Math.abs(load - mean)).toBeLessThanOrEqual(1);
}

describe('assignment on the real database', () => {
  it('k judges per project, balanced within ±1, never a conflicted judge; incremental for a late project and a new judge', async () => {
    const f = await setupFixture({ projects: 30, judges: 7, k: 3 });
    const organizer = await actorOf(f.organizer);
    // Judge 1 declares a team; judge 2 an affiliation one member registered with (other case and spacing);
    // judge 3 is a member of a team.
    expect((await declareConflict(await actorOf(f.judges[0]!), f.event.id, { teamId: f.projects[0]!.team.id, reason: 'mentor' })).ok).toBe(true);
    expect((await declareConflict(await actorOf(f.judges[1]!), f.event.id, { affiliation: '  school   2 ' })).ok).toBe(true);
    await db.execute(sql`insert into team_members (team_id, event_id, user_id) values (${f.projects[2]!.team.id}, ${f.event.id}, ${f.judges[2]!.id})`);

    const ran = await runAssignment(organizer, f.round.id);
    expect(ran.ok).toBe(true);
    const pairs = await pairsOf(f.round.id);
    expectCoverageAndBalance(pairs, f, 3);
    const forbidden = [
      [f.judges[0]!.id, f.projects[0]!.submission.id],
      [f.judges[1]!.id, f.projects[1]!.submission.id],
      [f.judges[2]!.id, f.projects[2]!.submission.id],
    ];
    for (const [judgeId, submissionId] of forbidden) expect(pairs.some((p) => p.judgeId === judgeId && p.submissionId === submissionId)).toBe(false);
    // The affiliation and the membership became automatic team conflicts, visible on the pages.
    const automatic = await db.select().from(conflictsOfInterest).where(and(eq(conflictsOfInterest.eventId, f.event.id), eq(conflictsOfInterest.source, 'automatic')));
    expect(automatic.map((c) => c.teamId).sort()).toEqual([f.projects[1]!.team.id, f.projects[2]!.team.id].sort());

    // Running again changes nothing; a late project gets k judges and nothing already assigned moves.
    expect(await runAssignment(organizer, f.round.id)).toMatchObject({ ok: true, data: { added: 0 } });
    const late = await setupLateProject(f);
    const newJudge = await insertUser({ name: 'Late judge' });
    await db.insert(eventRoles).values({ eventId: f.event.id, userId: newJudge.id, role: 'judge' });
    expect(await runAssignment(organizer, f.round.id)).toMatchObject({ ok: true, data: { added: 3 } });
    const after = await pairsOf(f.round.id);
    for (const p of pairs) expect(after.some((a) => a.id === p.id && a.judgeId === p.judgeId && a.submissionId === p.submissionId)).toBe(true);
    expect(after.filter((a) => a.submissionId === late)).toHaveLength(3);
  });

  it("every judge on every project in mode 'all', minus conflicts; a final round judges only its listed projects", async () => {
    const f = await setupFixture({ projects: 4, judges: 3 });
    await db.update(judgingRounds).set({ assignmentMode: 'all', judgesPerProject: null }).where(eq(judgingRounds.id, f.round.id));
    await addConflict(await actorOf(f.organizer), f.event.id, { judgeId: f.judges[0]!.id, teamId: f.projects[3]!.team.id, reason: 'former employer' });
    expect(await runAssignment(await actorOf(f.organizer), f.round.id)).toMatchObject({ ok: true, data: { added: 11 } });

    const [final] = await db.insert(judgingRounds).values({ eventId: f.event.id, kind: 'final', position: 2, nameEn: 'Final' }).returning();
    const empty = await runAssignment(await actorOf(f.organizer), final!.id);
    expect(empty.ok || empty.error.fieldErrors).toEqual({ form: ['judgingSetup.errors.noProjects'] });
    await db.insert(roundProjects).values(f.projects.slice(0, 2).map((p) => ({ roundId: final!.id, submissionId: p.submission.id })));
    expect(await runAssignment(await actorOf(f.organizer), final!.id)).toMatchObject({ ok: true, data: { added: 6 } });
  });

  it('the trigger refuses a conflicted pair and any change to a closed round, whatever writes it', async () => {
    const f = await setupFixture({ projects: 2, judges: 2, k: 1 });
    const organizer = await actorOf(f.organizer);
    await declareConflict(await actorOf(f.judges[0]!), f.event.id, { teamId: f.projects[0]!.team.id });
    await expectRefusal(db.insert(judgeAssignments).values({ roundId: f.round.id, judgeId: f.judges[0]!.id, submissionId: f.projects[0]!.submission.id }), 'judge_assignments_no_conflict');
    // Affiliation conflicts count too, before any recompute ran.
    await db.insert(conflictsOfInterest).values({ eventId: f.event.id, judgeId: f.judges[1]!.id, affiliation: 'SCHOOL 2', source: 'organizer' });
    await expectRefusal(db.insert(judgeAssignments).values({ roundId: f.round.id, judgeId: f.judges[1]!.id, submissionId: f.projects[1]!.submission.id }), 'judge_assignments_no_conflict');

    await db.insert(judgeAssignments).values({ roundId: f.round.id, judgeId: f.judges[1]!.id, submissionId: f.projects[0]!.submission.id });
    expect((await saveRubric(organizer, f.round.id, preliminaryRubric(1))).ok).toBe(true);
    expect((await setRoundStatus(organizer, f.round.id, { status: 'closed', version: 2 })).ok).toBe(true);
    await expectRefusal(db.insert(judgeAssignments).values({ roundId: f.round.id, judgeId: f.judges[0]!.id, submissionId: f.projects[1]!.submission.id }), 'judge_assignments_round_not_closed');
    await expectRefusal(db.delete(judgeAssignments).where(eq(judgeAssignments.roundId, f.round.id)), 'judge_assignments_round_not_closed');
    const run = await runAssignment(organizer, f.round.id);
    expect(run.ok || run.error.code).toBe('closed');
  });

  it('moves one assignment by hand, refusing a conflicted judge beside the field and a non-organizer', async () => {
    const f = await setupFixture({ projects: 2, judges: 3, k: 1 });
    const organizer = await actorOf(f.organizer);
    const [assignment] = await db
      .insert(judgeAssignments)
      .values({ roundId: f.round.id, judgeId: f.judges[0]!.id, submissionId: f.projects[0]!.submission.id })
      .returning();
    await declareConflict(await actorOf(f.judges[1]!), f.event.id, { teamId: f.projects[0]!.team.id });
    const conflicted = await moveAssignment(organizer, { assignmentId: assignment!.id, toJudgeId: f.judges[1]!.id });
    expect(conflicted.ok || conflicted.error).toEqual({ code: 'validation', fieldErrors: { toJudgeId: ['judgingSetup.errors.judgeConflicted'] } });
    const byJudge = await moveAssignment(await actorOf(f.judges[0]!), { assignmentId: assignment!.id, toJudgeId: f.judges[2]!.id });
    expect(byJudge.ok || byJudge.error.code).toBe('forbidden');
    expect(await moveAssignment(organizer, { assignmentId: assignment!.id, toJudgeId: f.judges[2]!.id })).toEqual({ ok: true, data: null });
    const [moved] = await db.select().from(judgeAssignments).where(eq(judgeAssignments.id, assignment!.id));
    expect(moved).toMatchObject({ judgeId: f.judges[2]!.id, isManual: true });
  });

  it('conflicts: a judge removes only their own declaration; automatic ones are not removable', async () => {
    const f = await setupFixture({ projects: 1, judges: 2 });
    const declared = await declareConflict(await actorOf(f.judges[0]!), f.event.id, { affiliation: 'School 1' });
    const id = (declared as { data: { conflictId: string } }).data.conflictId;
    const [automatic] = await db.select().from(conflictsOfInterest).where(and(eq(conflictsOfInterest.judgeId, f.judges[0]!.id), eq(conflictsOfInterest.source, 'automatic')));
    expect(automatic?.teamId).toBe(f.projects[0]!.team.id);
    expect((await removeConflict(await actorOf(f.judges[1]!), id)).ok).toBe(false);
    const auto = await removeConflict(await actorOf(f.organizer), automatic!.id);
    expect(auto.ok || auto.error.code).toBe('conflict');
    expect(await removeConflict(await actorOf(f.judges[0]!), id)).toEqual({ ok: true, data: null });
    // The affiliation is gone, so is the automatic conflict it implied.
    expect(await db.select().from(conflictsOfInterest).where(eq(conflictsOfInterest.judgeId, f.judges[0]!.id))).toHaveLength(0);
    const notJudge = await declareConflict(await actorOf(f.organizer), f.event.id, { affiliation: 'x' });
    expect(notJudge.ok || notJudge.error.code).toBe('forbidden');
  });
});

async function setupLateProject(f: SetupFixture): Promise<string> {
  const [row] = await db.execute<{ id: string }>(sql`
    with captain as (insert into users (email, name) values (${`late-${crypto.randomUUID().slice(0, 8)}@example.com`}, 'Late') returning id),
    team as (insert into teams (event_id, captain_id, name, invite_code, status) select ${f.event.id}, id, 'Late team', ${crypto.randomUUID().slice(0, 8)}, 'admitted' from captain returning id)
    insert into submissions (team_id, event_id, slug, title, status, submitted_at) select id, ${f.event.id}, ${`late-${crypto.randomUUID().slice(0, 8)}`}, 'Late project', 'submitted', now() from team returning id`);
  return row!.id;
}
