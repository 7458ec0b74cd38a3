import { eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';

// Several app instances share one database at the deadline: give this file enough connections that the
// saves really run at once in Postgres instead of queueing in one small pool. Runs before db/client loads.
vi.hoisted(() => {
  process.env.DATABASE_POOL_MAX = '40';
});

import { db } from '@/db/client';
import { events, submissionConflicts, submissionRevisions, submissions, teamMembers, teams, users } from '@/db/schema';
import { loadActor, type Actor } from '@/lib/auth/actor';
import { saveSubmission, type SaveResult } from '@/lib/submissions/save';
import { insertEvent, insertHackingTeam } from './helpers/domain-rows';

const TEAMS = 200;
const input = (version: number, title: string) => ({ fields: { title }, answers: {}, compliance: [], version });

/** 200 teams of one member each in one event, each with a saved project at version 1. */
async function manyTeams(count: number) {
  const now = Date.now();
  const event = await insertEvent({
    isPublished: true,
    registrationOpensAt: new Date(now - 10 * 86_400_000),
    registrationClosesAt: new Date(now - 2 * 86_400_000),
    hackingStartsAt: new Date(now - 3_600_000),
    submissionDeadline: new Date(now + 86_400_000),
    judgingEndsAt: new Date(now + 7 * 86_400_000),
    teamSizeMin: 1,
  });
  const people = await db
    .insert(users)
    .values(Array.from({ length: count }, (_, i) => ({ email: `racer-${i}-${now}@example.com`, name: `Racer ${i}` })))
    .returning({ id: users.id });
  const teamRows = await db
    .insert(teams)
    .values(people.map((p, i) => ({ eventId: event.id, captainId: p.id, name: `Racing team ${i}`, inviteCode: `race${i}x${now}`, status: 'admitted' as const })))
    .returning({ id: teams.id, captainId: teams.captainId });
  await db.insert(teamMembers).values(teamRows.map((t) => ({ teamId: t.id, eventId: event.id, userId: t.captainId })));
  const actors = await Promise.all(people.map(async (p) => (await loadActor(p.id)) as Actor));
  return { event, actors };
}

describe('race (a): 200 teams saving at once across the deadline', () => {
  it('accepts none after the deadline and loses none accepted before it', { timeout: 120_000 }, async () => {
    const { event, actors } = await manyTeams(TEAMS);
    const round = (version: number, tag: string) =>
      Promise.all(actors.map((actor, i) => saveSubmission(actor, event.id, input(version, `${tag} ${i}`))));

    // Warm-up with the deadline a day away: every team gets its project (version 1), and the round's
    // duration tells how far ahead to put the deadline so that the real round straddles it.
    const first = await round(0, 'draft');
    expect(first.every((r) => r.ok)).toBe(true);
    const started = performance.now();
    const second = await round(1, 'almost');
    const roundMs = performance.now() - started;
    expect(second.every((r) => r.ok)).toBe(true);

    const aheadMs = Math.max(20, Math.round(roundMs / 2));
    await db
      .update(events)
      .set({ submissionDeadline: sql`statement_timestamp() + make_interval(secs => ${aheadMs / 1000})` })
      .where(eq(events.id, event.id));
    const results: SaveResult[] = await round(2, 'final');

    const accepted = results.filter((r) => r.ok);
    const refused = results.filter((r) => !r.ok);
    const rows = await db.select().from(submissions).where(eq(submissions.eventId, event.id));
    const byTitle = new Map(rows.map((row) => [row.title, row]));
    // Lost: an accepted save whose content is not what the database holds at the version it was told.
    const lost = results.filter((r, i) => r.ok && (byTitle.get(`final ${i}`)?.version !== 3 || r.data.version !== 3)).length;
    // Compared in the database, in microseconds: a JS Date keeps milliseconds, so a save 0.4 ms before the
    // deadline would look "at" the deadline once both are truncated (seen once in CI).
    const [{ lateAccepted }] = (await db.execute(sql`
      select count(*)::int as "lateAccepted" from ${submissions} s join ${events} e on e.id = s.event_id
      where s.event_id = ${event.id} and s.version = 3 and s.updated_at >= e.submission_deadline`)) as unknown as [{ lateAccepted: number }];
    const finalRevisions = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(submissionRevisions)
      .where(inArray(submissionRevisions.submissionId, rows.map((r) => r.id)));

    console.log(
      `race (a) ${TEAMS} teams, deadline ${aheadMs} ms ahead (a round took ${Math.round(roundMs)} ms): ` +
        `accepted ${accepted.length}, refused ${refused.length}, lost ${lost}, accepted after the deadline ${lateAccepted}`,
    );
    expect(lost).toBe(0);
    expect(lateAccepted).toBe(0);
    expect(refused.every((r) => !r.ok && r.error.code === 'deadline_passed')).toBe(true);
    expect(rows.filter((row) => row.version === 3)).toHaveLength(accepted.length);
    expect(rows.filter((row) => row.version === 2 && row.title.startsWith('almost'))).toHaveLength(refused.length);
    expect(finalRevisions[0]!.n).toBe(2 * TEAMS + accepted.length);
  });
});

describe('race (b): two members of one team saving 50 times each at once', () => {
  it('loses no update, and every refusal is a version conflict kept for reconciling', { timeout: 60_000 }, async () => {
    const { event, team, members } = await insertHackingTeam();
    const [a, b] = [(await loadActor(members[0]!.id)) as Actor, (await loadActor(members[1]!.id)) as Actor];
    const created = await saveSubmission(a, event.id, input(0, 'start'));
    if (!created.ok) throw new Error('first save refused');
    const submissionId = created.data.submissionId;

    // Each member reloads the page (reads the version), edits and saves, 50 times, both at once.
    const member = async (actor: Actor, name: string) => {
      const outcomes: { title: string; result: SaveResult }[] = [];
      for (let i = 0; i < 50; i++) {
        const [row] = await db.select({ version: submissions.version }).from(submissions).where(eq(submissions.id, submissionId));
        const title = `${name} ${i}`;
        outcomes.push({ title, result: await saveSubmission(actor, event.id, input(row!.version, title)) });
      }
      return outcomes;
    };
    const outcomes = (await Promise.all([member(a, 'A'), member(b, 'B')])).flat();

    const accepted = outcomes.filter((o) => o.result.ok);
    const refused = outcomes.filter((o) => !o.result.ok);
    const revisions = await db.select().from(submissionRevisions).where(eq(submissionRevisions.submissionId, submissionId));
    const revisionTitle = new Map(revisions.map((r) => [r.version, r.snapshot.title]));
    // Lost: an accepted save whose version's revision does not hold exactly what it sent.
    const lost = accepted.filter((o) => o.result.ok && revisionTitle.get(o.result.data.version) !== o.title).length;
    const conflicts = await db.select().from(submissionConflicts).where(eq(submissionConflicts.submissionId, submissionId));
    const [finalRow] = await db.select().from(submissions).where(eq(submissions.teamId, team.id));

    console.log(`race (b) 2 members x 50 saves: accepted ${accepted.length}, refused ${refused.length}, lost ${lost}, conflicts kept ${conflicts.length}`);
    expect(lost).toBe(0);
    expect(refused.every((o) => !o.result.ok && o.result.error.code === 'stale_version' && 'conflictId' in o.result)).toBe(true);
    expect(finalRow!.version).toBe(1 + accepted.length);
    expect(revisions).toHaveLength(1 + accepted.length);
    // Every refused save's content is kept whole, once.
    expect(conflicts.map((c) => c.snapshot.title).sort()).toEqual(refused.map((o) => o.title).sort());
  });
});
