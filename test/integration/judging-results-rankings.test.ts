import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { judgingRounds } from '@/db/schema';
import { eq } from 'drizzle-orm';
import { getRoundResults } from '@/lib/judging/results';
import { recordTieDecision } from '@/lib/judging/tie-decisions';
import { auditActions, expectOk, refusal } from './helpers/teams-fixtures';
import { asActor, assign, judgedEvent, sheet } from './helpers/judging-results-fixture';

/*
 * Three judges, five projects (P1, P2 in track A; P3, P4, P5 in track B), every judge assigned to every
 * project. Totals (C1 and C2 both v/10 of the total):
 *            P1  P2  P3  P4  P5
 *   J1       90  95  80  70  (draft, not counted)
 *   J2       60  50  40  50  45
 *   J3       50  55  60  40  (absent, not counted)
 * Raw mean: P1 = P2 = 200/3 = 66.667 (a tie), P3 60, P4 53.333, P5 45.
 * Z-score: J1 mean 83.75 sd 9.6014; J2 mean 49 sd 6.6332; J3 mean 51.25 sd 7.3951 (population sd).
 *   mean z: P1 0.71341, P2 0.60985, P3 -0.18805, P5 -0.60302, P4 -0.93420; shown as 60.3846 + 7.97653·z̄.
 * Rank-sum: J1 ranks P2 1, P1 2, P3 3, P4 4; J2 P1 1, P2 3.5, P4 3.5, P5 2, P3 5; J3 P3 1, P2 2, P1 3, P4 4.
 *   normalised mean place (place − ½)/n × 5 + ½: P2 2.0, P1 2.3333, P3 3.25, P5 4.0, P4 4.0833.
 */
async function fixture() {
  const fx = await judgedEvent({
    judges: 3,
    projects: [
      { title: 'P1', track: 'A' },
      { title: 'P2', track: 'A' },
      { title: 'P3', track: 'B' },
      { title: 'P4', track: 'B' },
      { title: 'P5', track: 'B' },
    ],
  });
  const [j1, j2, j3] = fx.judges.map((j) => j.id) as [string, string, string];
  const [p1, p2, p3, p4, p5] = fx.projects.map((p) => p.id) as [string, string, string, string, string];
  const table: [string, string, number][] = [
    [j1, p1, 90], [j1, p2, 95], [j1, p3, 80], [j1, p4, 70],
    [j2, p1, 60], [j2, p2, 50], [j2, p3, 40], [j2, p4, 50], [j2, p5, 45],
    [j3, p1, 50], [j3, p2, 55], [j3, p3, 60], [j3, p4, 40],
  ];
  for (const [judge, project, total] of table) await sheet(fx, judge, project, total);
  await sheet(fx, j1, p5, 100, { status: 'draft' });
  await sheet(fx, j3, p5, 100, { isAbsent: true });
  return { fx, ids: { p1, p2, p3, p4, p5 } };
}

describe('round results from the database', () => {
  it('match the hand-computed values of all three methods, per track and overall', async () => {
    const { fx, ids } = await fixture();
    const view = expectOk(await getRoundResults(asActor(fx.organizer), fx.event.slug, fx.round.id));
    const r = view.results!;
    expect(r.chosen).toBe('z_score');
    expect(r.methods).toEqual(['z_score', 'rank_sum', 'raw_mean']);
    const order = (m: 'raw_mean' | 'z_score' | 'rank_sum') => r.overall[m].entries.map((e) => [e.projectId, e.position]);

    expect(order('z_score')).toEqual([[ids.p1, 1], [ids.p2, 2], [ids.p3, 3], [ids.p5, 4], [ids.p4, 5]]);
    expect(order('rank_sum')).toEqual([[ids.p2, 1], [ids.p1, 2], [ids.p3, 3], [ids.p5, 4], [ids.p4, 5]]);
    // Raw mean: P1 and P2 share first place as a tie group, and P3 is third, not second.
    const raw = r.overall.raw_mean;
    expect(raw.entries.map((e) => e.position)).toEqual([1, 1, 3, 4, 5]);
    expect(raw.ties).toEqual([{ position: 1, projectIds: [ids.p1, ids.p2].sort() }]);

    const value = (m: 'raw_mean' | 'z_score' | 'rank_sum', id: string) => r.projects[id]!.value[m]!;
    expect(value('raw_mean', ids.p1)).toBeCloseTo(66.666667, 5);
    expect(value('raw_mean', ids.p4)).toBeCloseTo(53.333333, 5);
    expect(value('raw_mean', ids.p5)).toBe(45);
    expect(value('z_score', ids.p1)).toBeCloseTo(60.384615 + 7.976528 * 0.713409, 4);
    expect(value('z_score', ids.p4)).toBeCloseTo(60.384615 - 7.976528 * 0.9342, 4);
    expect(value('rank_sum', ids.p2)).toBeCloseTo(2.0, 9);
    expect(value('rank_sum', ids.p1)).toBeCloseTo(2.333333, 5);
    expect(value('rank_sum', ids.p4)).toBeCloseTo(4.083333, 5);

    // Track B ranks its own three: P3, P5, P4 under z-score, from the same figures as overall.
    const trackB = r.byTrack.find((t) => t.trackId === fx.trackB.id)!;
    expect(trackB.rankings.z_score.entries.map((e) => [e.projectId, e.position])).toEqual([[ids.p3, 1], [ids.p5, 2], [ids.p4, 3]]);
    const trackA = r.byTrack.find((t) => t.trackId === fx.trackA.id)!;
    expect(trackA.rankings.raw_mean.ties).toHaveLength(1);

    // "What if": P1 and P2 swap places between methods; P3 is third everywhere.
    expect(r.projects[ids.p1]!.isDisputed).toBe(true);
    expect(r.projects[ids.p3]!.isDisputed).toBe(false);
  });

  it('flags a project with fewer submitted sheets than expected; drafts and absences do not count', async () => {
    const { fx, ids } = await fixture();
    const r = expectOk(await getRoundResults(asActor(fx.organizer), fx.event.slug, fx.round.id)).results!;
    expect(r.projects[ids.p5]).toMatchObject({ sheets: 1, expectedSheets: 3, isShort: true });
    expect(r.projects[ids.p1]).toMatchObject({ sheets: 3, expectedSheets: 3, isShort: false });
  });

  it('uses k as the expected count in k-judge mode', async () => {
    const fx = await judgedEvent({ judges: 3, k: 2, projects: [{ title: 'Solo', track: 'A' }, { title: 'Pair', track: 'A' }] });
    const [solo, pair] = fx.projects;
    await sheet(fx, fx.judges[0]!.id, solo!.id, 70);
    await assign(fx.round.id, fx.judges[1]!.id, solo!.id);
    await sheet(fx, fx.judges[0]!.id, pair!.id, 60);
    await sheet(fx, fx.judges[1]!.id, pair!.id, 80);
    const r = expectOk(await getRoundResults(asActor(fx.organizer), fx.event.slug, fx.round.id)).results!;
    expect(r.projects[solo!.id]).toMatchObject({ sheets: 1, expectedSheets: 2, isShort: true });
    expect(r.projects[pair!.id]).toMatchObject({ sheets: 2, expectedSheets: 2, isShort: false });
  });
});

describe('ties', () => {
  /*
   * Two judges who disagree exactly: J1 gives P 70 (C1 9, C2 4) and Q 60 (6, 6); J2 gives P 60 (6, 6) and
   * Q 70 (5, 10). Every method ties P and Q. On C1 alone P has (54 + 36) / 2 = 45 points, Q (36 + 30) / 2 = 33.
   */
  async function tiedPair() {
    const fx = await judgedEvent({ judges: 2, projects: [{ title: 'P', track: 'A' }, { title: 'Q', track: 'A' }] });
    const [j1, j2] = fx.judges;
    const [p, q] = fx.projects;
    await sheet(fx, j1!.id, p!.id, [9, 4]);
    await sheet(fx, j1!.id, q!.id, [6, 6]);
    await sheet(fx, j2!.id, p!.id, [6, 6]);
    await sheet(fx, j2!.id, q!.id, [5, 10]);
    return { fx, p: p!, q: q! };
  }

  it('surfaces a tie the ladder does not settle as one group sharing a place, under every method', async () => {
    const { fx, p, q } = await tiedPair();
    const r = expectOk(await getRoundResults(asActor(fx.organizer), fx.event.slug, fx.round.id)).results!;
    for (const method of ['raw_mean', 'z_score', 'rank_sum'] as const) {
      expect(r.overall[method].ties).toEqual([{ position: 1, projectIds: [p.id, q.id].sort() }]);
      expect(r.overall[method].entries.map((e) => e.position)).toEqual([1, 1]);
      expect(r.overall[method].decisions).toEqual([null]);
    }
  });

  it('applies the published ladder: a criterion step settles the tie and says so', async () => {
    const { fx, p, q } = await tiedPair();
    await db.update(judgingRounds).set({ tieBreakLadder: [{ kind: 'criterion', criterionId: fx.c1.id }] }).where(eq(judgingRounds.id, fx.round.id));
    const r = expectOk(await getRoundResults(asActor(fx.organizer), fx.event.slug, fx.round.id)).results!;
    expect(r.overall.z_score.ties).toEqual([]);
    expect(r.overall.z_score.entries.map((e) => [e.projectId, e.position, e.decidedBy])).toEqual([
      [p.id, 1, 0],
      [q.id, 2, 0],
    ]);
  });
});

describe('the panel’s decision on a tie', () => {
  async function tiedPair() {
    const fx = await judgedEvent({ judges: 2, projects: [{ title: 'P', track: 'A' }, { title: 'Q', track: 'A' }, { title: 'R', track: 'A' }] });
    const [j1, j2] = fx.judges;
    const [p, q, r] = fx.projects;
    await sheet(fx, j1!.id, p!.id, 70);
    await sheet(fx, j1!.id, q!.id, 60);
    await sheet(fx, j2!.id, p!.id, 60);
    await sheet(fx, j2!.id, q!.id, 70);
    await sheet(fx, j1!.id, r!.id, 20);
    await sheet(fx, j2!.id, r!.id, 20);
    return { fx, p: p!, q: q!, r: r! };
  }

  it('is recorded for a real tie group, audited, and shown with the group without changing the shared place', async () => {
    const { fx, p, q } = await tiedPair();
    const organizer = asActor(fx.organizer);
    expectOk(await recordTieDecision(organizer, { roundId: fx.round.id, method: 'z_score', places: { [q.id]: 1, [p.id]: 2 }, note: '評審團表決 4:3' }));
    const r = expectOk(await getRoundResults(organizer, fx.event.slug, fx.round.id)).results!;
    expect(r.overall.z_score.decisions).toEqual([[q.id, p.id]]);
    expect(r.overall.z_score.entries.slice(0, 2).map((e) => e.position)).toEqual([1, 1]);
    expect(r.overall.raw_mean.decisions).toEqual([null]);
    expect(await auditActions(fx.event.id)).toContain('judging.tie_decided');
  });

  it('is refused for projects that are not tied, for places that are not 1..n, and to a judge', async () => {
    const { fx, p, q, r } = await tiedPair();
    const organizer = asActor(fx.organizer);
    expect(refusal(await recordTieDecision(organizer, { roundId: fx.round.id, method: 'z_score', places: { [p.id]: 1, [r.id]: 2 } }))).toEqual({
      code: 'conflict',
      fieldErrors: { places: ['judgingResults.errors.notTied'] },
    });
    expect(refusal(await recordTieDecision(organizer, { roundId: fx.round.id, method: 'z_score', places: { [p.id]: 1, [q.id]: 1 } }))?.code).toBe('validation');
    expect(refusal(await recordTieDecision(asActor(fx.judges[0]!), { roundId: fx.round.id, method: 'z_score', places: { [p.id]: 1, [q.id]: 2 } }))).toEqual({ code: 'not_found' });
  });
});
