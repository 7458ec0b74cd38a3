import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { eventRoles } from '@/db/schema';
import { getJudgingConsole } from '@/lib/judging/console';
import { getRoundResults } from '@/lib/judging/results';
import { insertEvent, insertUser } from './helpers/domain-rows';
import { expectOk, refusal } from './helpers/teams-fixtures';
import { asActor, judgedEvent, sheet } from './helpers/judging-results-fixture';

/*
 * Results are organizer-only until issue 5 publishes them. Everyone else, including a judge of the very
 * event and an organizer of another event, is answered "not found", as for an event that does not exist.
 */
async function scoredRound() {
  const fx = await judgedEvent({ judges: 2, projects: [{ title: 'Alpha', track: 'A' }, { title: 'Beta', track: 'B' }] });
  for (const judge of fx.judges) for (const [i, project] of fx.projects.entries()) await sheet(fx, judge.id, project.id, 50 + 10 * i);
  return fx;
}

describe('who may see a round’s results and the console', () => {
  it('lets the event’s organizer in', async () => {
    const fx = await scoredRound();
    const view = expectOk(await getJudgingConsole(asActor(fx.organizer), fx.event.slug));
    expect(view.round?.id).toBe(fx.round.id);
    expect(view.counts).toMatchObject({ submitted: 4, assigned: 4, draft: 0 });
  });

  it('refuses a judge of the event, a participant, another event’s organizer and an anonymous caller', async () => {
    const fx = await scoredRound();
    const other = await insertEvent({ isPublished: true });
    const otherOrganizer = await insertUser();
    await db.insert(eventRoles).values({ eventId: other.id, userId: otherOrganizer.id, role: 'organizer' });
    const outsiders = [asActor(fx.judges[0]!), asActor(fx.projects[0]!.captain), asActor(otherOrganizer)];
    for (const actor of outsiders) {
      expect(refusal(await getRoundResults(actor, fx.event.slug))).toEqual({ code: 'not_found' });
      expect(refusal(await getJudgingConsole(actor, fx.event.slug, fx.round.id))).toEqual({ code: 'not_found' });
    }
    expect(refusal(await getRoundResults(null, fx.event.slug))).toEqual({ code: 'unauthenticated' });
  });

  it('refuses a revoked organizer role', async () => {
    const fx = await scoredRound();
    await db.update(eventRoles).set({ revokedAt: new Date() }).where(eq(eventRoles.userId, fx.organizer.id));
    expect(refusal(await getRoundResults(asActor(fx.organizer), fx.event.slug))).toEqual({ code: 'not_found' });
  });

  it('answers not found for a round of another event or a malformed round id', async () => {
    const fx = await scoredRound();
    const elsewhere = await scoredRound();
    const organizer = asActor(fx.organizer);
    expect(refusal(await getRoundResults(organizer, fx.event.slug, elsewhere.round.id))).toEqual({ code: 'not_found' });
    expect(refusal(await getRoundResults(organizer, fx.event.slug, 'not-a-uuid'))).toEqual({ code: 'not_found' });
  });
});
