import { eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { judgingRounds, prizes, resultsSettings, teamMembers } from '@/db/schema';
import { asActor, judgedEvent, sheet } from './judging-results-fixture';

/*
 * A judged event ready for awards: 2 judges, 4 submitted projects (A1, A2 in track A; B1, B2 in track B),
 * the preliminary round closed with totals A1 90 > B1 80 > A2 70 > B2 60 from both judges, and prizes:
 * overall (2 places), one per track (1 place each), and a people's-choice prize. Every captain is a team
 * member (the votes trigger and the team page read team_members).
 */
export async function awardsEvent(totals: Record<string, number> = { A1: 90, B1: 80, A2: 70, B2: 60 }) {
  const fx = await judgedEvent({
    judges: 2,
    projects: [
      { title: 'A1', track: 'A' },
      { title: 'A2', track: 'A' },
      { title: 'B1', track: 'B' },
      { title: 'B2', track: 'B' },
    ],
  });
  for (const p of fx.projects) {
    await db.insert(teamMembers).values({ teamId: p.teamId, eventId: fx.event.id, userId: p.captain.id, role: 'captain' });
    for (const judge of fx.judges) await sheet(fx, judge.id, p.id, totals[p.title]!);
  }
  await db.update(judgingRounds).set({ status: 'closed' }).where(eq(judgingRounds.id, fx.round.id));
  const [overall, prizeA, prizeB, peoples] = await db
    .insert(prizes)
    .values([
      { eventId: fx.event.id, nameEn: 'Grand prize', nameZh: '首獎', count: 2, position: 1 },
      { eventId: fx.event.id, trackId: fx.trackA.id, nameEn: 'Track A prize', count: 1, position: 2 },
      { eventId: fx.event.id, trackId: fx.trackB.id, nameEn: 'Track B prize', count: 1, position: 3 },
      { eventId: fx.event.id, nameEn: "People's choice", count: 1, position: 4 },
    ])
    .returning();
  const byTitle = Object.fromEntries(fx.projects.map((p) => [p.title, p])) as Record<'A1' | 'A2' | 'B1' | 'B2', (typeof fx.projects)[number]>;
  return { ...fx, organizerActor: asActor(fx.organizer), prizes: { overall: overall!, a: prizeA!, b: prizeB!, peoples: peoples! }, byTitle };
}

/** Opens (or closes) the voting window around the DB clock: opens `fromSeconds` from now, for `lengthSeconds`. */
export async function setVoteWindow(eventId: string, fromSeconds: number, lengthSeconds: number, peoplesChoicePrizeId: string | null = null) {
  await db
    .insert(resultsSettings)
    .values({
      eventId,
      voteOpensAt: sql`statement_timestamp() + make_interval(secs => ${fromSeconds})`,
      voteClosesAt: sql`statement_timestamp() + make_interval(secs => ${fromSeconds + lengthSeconds})`,
      peoplesChoicePrizeId,
    })
    .onConflictDoUpdate({
      target: resultsSettings.eventId,
      set: {
        voteOpensAt: sql`statement_timestamp() + make_interval(secs => ${fromSeconds})`,
        voteClosesAt: sql`statement_timestamp() + make_interval(secs => ${fromSeconds + lengthSeconds})`,
        peoplesChoicePrizeId,
      },
    });
}

/** The awards form as the page would post it: version plus one pick per place. */
export function picksForm(version: number, picks: Record<string, (string | null)[]>): Record<string, unknown> {
  const form: Record<string, unknown> = { version: String(version) };
  for (const [prizeId, list] of Object.entries(picks)) list.forEach((id, i) => (form[`pick:${prizeId}:${i + 1}`] = id ?? ''));
  return form;
}
