import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { seedDemo } from '@/db/seed';
import { DEMO_EMAILS, JUDGES } from '@/db/seed/people';
import { users } from '@/db/schema';
import { loadActor } from '@/lib/auth/actor';
import { getJudgingConsole } from '@/lib/judging/console';
import { expectOk } from './helpers/teams-fixtures';

/* The demo the organizer opens: the autumn preliminary, mid-round, with a real ranking to show. */
describe('the demo console', () => {
  it('shows progress, judge statistics with a lenient and a harsh judge, and a ranking by all three methods', async () => {
    await seedDemo(db);
    const [organizerRow] = await db.select().from(users).where(eq(users.email, DEMO_EMAILS.organizer));
    const view = expectOk(await getJudgingConsole(await loadActor(organizerRow!.id), 'codefest-taipei-2026-autumn'));
    expect(view.round?.kind).toBe('preliminary');
    const { results, counts, data } = view;
    expect(counts.submitted).toBeGreaterThanOrEqual(15);
    expect(counts.draft).toBe(2);
    expect(counts.conflicted).toBeGreaterThanOrEqual(1);
    for (const method of ['raw_mean', 'z_score', 'rank_sum'] as const) {
      expect(results!.overall[method].entries.filter((e) => e.position !== null).length).toBe(data!.projects.length);
    }
    expect(results!.byTrack.length).toBe(4);
    // Judge 1 has only drafts, so every project assigned to them is short of its three sheets.
    expect(Object.values(results!.projects).some((p) => p.isShort)).toBe(true);
    const byEmail = new Map(data!.judges.map((j) => [j.email, j.id]));
    const flag = (n: number) => results!.judges.find((j) => j.judgeId === byEmail.get(DEMO_EMAILS.judge(n)))?.flag;
    expect(flag(2)).toBe('lenient');
    expect(flag(5)).toBe('harsh');
    expect(data!.judges.length).toBe(JUDGES.length);
  });
});
