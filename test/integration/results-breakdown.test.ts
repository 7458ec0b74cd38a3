import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { events, resultsSettings, scoreSheets } from '@/db/schema';
import { getTeamResults } from '@/lib/results/breakdown';
import { insertUser } from './helpers/domain-rows';
import { asActor } from './helpers/judging-results-fixture';
import { awardsEvent } from './helpers/results-fixture';

async function publishedWithScores(show: boolean) {
  const fx = await awardsEvent();
  // The judges' words, written as if before they submitted (the maintenance switch lets set-up write a closed round).
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local codefest.allow_late_project_writes = 'on'`);
    await tx.update(scoreSheets).set({ feedback: 'Great demo, add tests', privateNote: 'PRIVATE: team lead seemed tired' }).where(eq(scoreSheets.submissionId, fx.byTitle.A1.id));
  });
  await db.insert(resultsSettings).values({ eventId: fx.event.id, showScoresToTeams: show });
  await db.update(events).set({ resultsPublishedAt: sql`statement_timestamp()` }).where(eq(events.id, fx.event.id));
  return fx;
}

describe("a team's score breakdown", () => {
  it('after publication and when allowed: anonymised judges, per-judge totals, per-criterion means, comments to the team only', async () => {
    const fx = await publishedWithScores(true);
    const result = await getTeamResults(asActor(fx.byTitle.A1.captain), fx.event.slug);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.state).toBe('visible');
    const [round] = result.data.rounds;
    expect(round!.judges.map((j) => [j.label, j.total])).toEqual([
      ['A', 90],
      ['B', 90],
    ]);
    expect(round!.criteria.map((c) => [c.nameEn, c.maxPoints, c.mean])).toEqual([
      ['C1', 60, 54],
      ['C2', 40, 36],
    ]);
    expect(round!.comments).toEqual([
      { label: 'A', text: 'Great demo, add tests' },
      { label: 'B', text: 'Great demo, add tests' },
    ]);
    const serialised = JSON.stringify(result.data.rounds);
    expect(serialised).not.toContain('PRIVATE');
    for (const judge of fx.judges) {
      expect(serialised).not.toContain(judge.id);
      expect(serialised).not.toContain(judge.email);
    }
  });

  it('shows no scores when the organizer did not allow it, and nothing before publication', async () => {
    const hidden = await publishedWithScores(false);
    const result = await getTeamResults(asActor(hidden.byTitle.A1.captain), hidden.event.slug);
    expect(result).toMatchObject({ ok: true, data: { state: 'scores_hidden', rounds: [] } });

    const early = await awardsEvent();
    await db.insert(resultsSettings).values({ eventId: early.event.id, showScoresToTeams: true });
    expect(await getTeamResults(asActor(early.byTitle.A1.captain), early.event.slug)).toMatchObject({ ok: true, data: { state: 'not_published', rounds: [], awards: [] } });
    await db.update(events).set({ resultsPublishedAt: sql`statement_timestamp() + interval '1 hour'` }).where(eq(events.id, early.event.id));
    expect(await getTeamResults(asActor(early.byTitle.A1.captain), early.event.slug)).toMatchObject({ ok: true, data: { state: 'not_published', rounds: [] } });
  });

  it('is not found for anyone but the team members: other teams, judges, organizers, strangers', async () => {
    const fx = await publishedWithScores(true);
    for (const actor of [asActor(await insertUser()), asActor(fx.judges[0]!), fx.organizerActor]) {
      expect(await getTeamResults(actor, fx.event.slug)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
    // Another team's captain sees their own project, never A1's.
    const other = await getTeamResults(asActor(fx.byTitle.B2.captain), fx.event.slug);
    expect(other.ok && other.data.submission?.id).toBe(fx.byTitle.B2.id);
    expect(await getTeamResults(null, fx.event.slug)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });
});
