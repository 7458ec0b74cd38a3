import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { eventRoles, events, judgeAssignments, judgingRounds, registrations, scoreSheets, submissions, teams, tracks, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { loadActor, type Actor } from '@/lib/auth/actor';
import { checkIn } from '@/lib/checkin/check-in';
import { loadEventDashboard } from '@/lib/dashboard/event-dashboard';
import { insertEvent, insertSheet, insertSubmission, insertTeam, insertUser } from './helpers/domain-rows';

/* The organizer overview's chart data against hand-computed expectations, and its cost at CodeFest size. */
const actorOf = async (user: { id: string }) => (await loadActor(user.id)) as Actor;

async function organizer(eventId: string) {
  const user = await insertUser();
  await db.insert(eventRoles).values({ eventId, userId: user.id, role: 'organizer' });
  return actorOf(user);
}

async function register(eventId: string, createdAt: string, options: { status?: 'admitted' | 'withdrawn'; minor?: boolean } = {}) {
  const user = await insertUser();
  const [row] = await db
    .insert(registrations)
    .values({
      eventId,
      userId: user.id,
      displayName: 'P',
      status: options.status ?? 'admitted',
      consentRulesAt: new Date(createdAt),
      consentDataAt: new Date(createdAt),
      createdAt: new Date(createdAt),
      ...(options.minor ? { guardianName: 'G', guardianContact: '0900', guardianConsentAt: new Date(createdAt) } : {}),
    })
    .returning();
  return { user, registration: row! };
}

const insertTrackAt = async (eventId: string, nameEn: string, position: number) =>
  (await db.insert(tracks).values({ eventId, slug: `t-${position}-${Date.now()}`, nameEn, nameZh: nameEn, position }).returning())[0]!;
const submit = (id: string) => db.update(submissions).set({ status: 'submitted', submittedAt: new Date() }).where(eq(submissions.id, id));
const submitSheet = (id: string) => db.update(scoreSheets).set({ status: 'submitted', submittedAt: new Date() }).where(eq(scoreSheets.id, id));

function timed<T>(run: () => Promise<T>) {
  return async () => {
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      await run();
      runs.push(performance.now() - start);
    }
    return { best: Math.min(...runs), median: [...runs].sort((a, b) => a - b)[2]! };
  };
}

describe('event dashboard aggregates', () => {
  // First in the file: the seed only runs into an empty database.
  it('measures the seeded demo events', async () => {
    await seedDemo(db);
    const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'admin@codefest.example'));
    const actor = await actorOf(admin!);
    for (const { slug } of await db.select({ slug: events.slug }).from(events)) {
      const figures = await timed(() => loadEventDashboard(actor, { slug }))();
      const result = await loadEventDashboard(actor, { slug });
      expect(result.ok).toBe(true);
      const regs = result.ok ? (result.data.registrations.at(-1)?.total ?? 0) : 0;
      console.info(`dashboard aggregates for seeded ${slug} (${regs} registrations): best ${figures.best.toFixed(1)} ms, median ${figures.median.toFixed(1)} ms`);
    }
  }, 120_000);

  it('matches hand-computed figures: days in the event zone, active teams per track, project and sheet progress, check-ins', async () => {
    const event = await insertEvent({ timeZone: 'Asia/Taipei', isPublished: true });
    const actor = await organizer(event.id);
    // 15:30Z is 23:30 in Taipei (1 March); 16:30Z is already 00:30 on 2 March there.
    const alice = await register(event.id, '2026-03-01T15:30:00Z');
    await register(event.id, '2026-03-01T16:30:00Z', { minor: true });
    await register(event.id, '2026-03-02T01:00:00Z');
    await register(event.id, '2026-03-04T02:00:00Z', { status: 'withdrawn' });

    const [a, b] = [await insertTrackAt(event.id, 'A', 1), await insertTrackAt(event.id, 'B', 2)];
    await insertTrackAt(event.id, 'C', 3);
    const captain = (await insertUser()).id;
    const a1 = await insertTeam(event.id, captain, { trackId: a.id, status: 'admitted' });
    const a2 = await insertTeam(event.id, captain, { trackId: a.id });
    const aGone = await insertTeam(event.id, captain, { trackId: a.id, status: 'withdrawn' });
    const b1 = await insertTeam(event.id, captain, { trackId: b.id, status: 'admitted' });
    await insertTeam(event.id, captain, { trackId: b.id, status: 'disqualified' });
    const loose = await insertTeam(event.id, captain);

    const [s1, s2] = [await insertSubmission(a1), await insertSubmission(a2)];
    await submit(s1.id);
    await insertSubmission(loose);
    await submit((await insertSubmission(aGone)).id); // withdrawn team: not counted
    void b1; // an active team without a project

    const [j1, j2] = [await insertUser(), await insertUser()];
    const [open] = await db.insert(judgingRounds).values({ eventId: event.id, kind: 'preliminary', status: 'open', nameEn: 'Prelim', position: 0 }).returning();
    await submitSheet((await insertSheet(open!.id, j1.id, s1.id)).id);
    await insertSheet(open!.id, j1.id, s2.id); // draft
    await submitSheet((await insertSheet(open!.id, j2.id, s1.id)).id);
    await db.insert(judgeAssignments).values({ roundId: open!.id, judgeId: j2.id, submissionId: s2.id }); // no sheet yet
    const [closed] = await db.insert(judgingRounds).values({ eventId: event.id, kind: 'final', status: 'open', position: 1 }).returning();
    await db.insert(judgeAssignments).values({ roundId: closed!.id, judgeId: j1.id, submissionId: s1.id });
    await db.update(judgingRounds).set({ status: 'closed' }).where(eq(judgingRounds.id, closed!.id));

    expect((await checkIn(actor, event.id, { registrationId: alice.registration.id, identityChecked: 'on' })).ok).toBe(true);

    const result = await loadEventDashboard(actor, { slug: event.slug });
    expect(result.ok).toBe(true);
    const data = result.ok ? result.data : null!;
    expect(data.registrations).toEqual([
      { day: '2026-03-01', added: 1, total: 1 },
      { day: '2026-03-02', added: 2, total: 3 },
      { day: '2026-03-03', added: 0, total: 3 },
      { day: '2026-03-04', added: 1, total: 4 },
    ]);
    expect(data.teamsPerTrack.map((t) => [t.nameEn, t.teams])).toEqual([
      ['A', 2],
      ['B', 1],
      ['C', 0],
      ['', 1],
    ]);
    expect(data.teamsPerTrack.at(-1)!.trackId).toBeNull();
    expect(data.projects).toEqual({ submitted: 1, drafts: 2, none: 1 });
    expect(data.judging).toEqual([{ roundId: open!.id, nameZh: '', nameEn: 'Prelim', assigned: 4, submitted: 2 }]);
    expect(data.checkIns).toEqual({ admitted: 3, checkedIn: 1, minorsPendingConsent: 1 });
  });

  it('is refused to a participant and to an organizer of another event', async () => {
    const event = await insertEvent({ isPublished: false });
    const other = await insertEvent();
    const participant = await register(event.id, '2026-03-01T00:00:00Z');
    expect(await loadEventDashboard(await actorOf(participant.user), { id: event.id })).toEqual({ ok: false, error: { code: 'not_found' } });
    expect(await loadEventDashboard(await organizer(other.id), { id: event.id })).toEqual({ ok: false, error: { code: 'not_found' } });
  });

  it('stays fast at CodeFest size (400 registrations, 110 teams, 90 projects, 270 assignments)', async () => {
    const event = await insertEvent({ isPublished: true });
    const actor = await organizer(event.id);
    const people = await db
      .insert(users)
      .values(Array.from({ length: 400 }, (_, i) => ({ email: `scale-${i}-${event.slug}@example.com`, name: `P${i}` })))
      .returning({ id: users.id });
    const day0 = Date.UTC(2026, 2, 1);
    await db.insert(registrations).values(
      people.map((p, i) => ({
        eventId: event.id,
        userId: p.id,
        displayName: `P${i}`,
        status: 'admitted' as const,
        consentRulesAt: new Date(),
        consentDataAt: new Date(),
        createdAt: new Date(day0 + (i % 30) * 86_400_000 + i * 1000),
      })),
    );
    const trackRows = await Promise.all([0, 1, 2, 3, 4].map((i) => insertTrackAt(event.id, `T${i}`, i)));
    const teamRows = await db
      .insert(teams)
      .values(Array.from({ length: 110 }, (_, i) => ({ eventId: event.id, captainId: people[i]!.id, name: `Team ${i}`, inviteCode: `inv-${i}-${event.slug}`, trackId: trackRows[i % 5]!.id })))
      .returning({ id: teams.id });
    const subs = await db
      .insert(submissions)
      .values(teamRows.slice(0, 90).map((t, i) => ({ teamId: t.id, eventId: event.id, slug: `p-${i}`, title: `Project ${i}` })))
      .returning({ id: submissions.id });
    await db.update(submissions).set({ status: 'submitted', submittedAt: new Date() }).where(inArray(submissions.id, subs.slice(0, 60).map((s) => s.id)));
    const [round] = await db.insert(judgingRounds).values({ eventId: event.id, kind: 'preliminary', status: 'open', position: 0 }).returning();
    const judges = people.slice(397);
    await db.insert(judgeAssignments).values(subs.flatMap((s) => judges.map((j) => ({ roundId: round!.id, judgeId: j.id, submissionId: s.id }))));

    const measure = timed(() => loadEventDashboard(actor, { id: event.id }));
    const figures = await measure();
    const result = await loadEventDashboard(actor, { id: event.id });
    expect(result.ok && result.data.registrations.at(-1)!.total).toBe(400);
    expect(result.ok && result.data.teamsPerTrack.reduce((sum, t) => sum + t.teams, 0)).toBe(110);
    expect(result.ok && result.data.judging[0]!.assigned).toBe(270);
    console.info(`dashboard aggregates at 400 registrations / 110 teams: best ${figures.best.toFixed(1)} ms, median ${figures.median.toFixed(1)} ms`);
    expect(figures.best).toBeLessThan(1000);
  });

});
