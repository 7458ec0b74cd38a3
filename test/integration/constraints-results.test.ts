import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { inArray, sql } from 'drizzle-orm';
import { adoptions, awards, resultsSettings, submissions, votes } from '@/db/schema';
import { isCheckViolation, isUniqueViolation } from '@/lib/db-errors';
import { expectRefusal, insertEvent, insertSubmission, insertTeam, insertUser, judgingFixture } from './helpers/domain-rows';

/** The votes_guard trigger (0020) only lets votes in for submitted projects while the event's window is open. */
async function openVoting(eventId: string, submissionIds: string[]) {
  await db.insert(resultsSettings).values({ eventId, voteOpensAt: sql`now() - interval '1 hour'`, voteClosesAt: sql`now() + interval '1 hour'` });
  await db.update(submissions).set({ status: 'submitted', submittedAt: sql`now()` }).where(inArray(submissions.id, submissionIds));
}

describe("results: the database says no", () => {
  it("allows one people's-choice vote per person per event", async () => {
    const { event, submission } = await judgingFixture();
    const other = await insertSubmission(await insertTeam(event.id, (await insertUser()).id));
    await openVoting(event.id, [submission.id, other.id]);
    const voter = await insertUser();
    await db.insert(votes).values({ eventId: event.id, userId: voter.id, submissionId: submission.id });

    const error = await expectRefusal(
      db.insert(votes).values({ eventId: event.id, userId: voter.id, submissionId: other.id }),
      'votes_one_per_user_event',
    );
    expect(isUniqueViolation(error)).toBe(true);
    // The same person votes once in another event too.
    const elsewhere = await judgingFixture();
    await openVoting(elsewhere.event.id, [elsewhere.submission.id]);
    await expect(
      db.insert(votes).values({ eventId: elsewhere.event.id, userId: voter.id, submissionId: elsewhere.submission.id }),
    ).resolves.toBeDefined();
  });

  it('refuses an adoption paid before its work was merged', async () => {
    const { event, submission } = await judgingFixture();
    const [award] = await db.insert(awards).values({ eventId: event.id, submissionId: submission.id, titleEn: 'Gold' }).returning();
    const paidAt = new Date();

    const error = await expectRefusal(db.insert(adoptions).values({ awardId: award!.id, paidAt }), 'adoptions_paid_after_merge');
    expect(isCheckViolation(error)).toBe(true);
    await expect(
      db.insert(adoptions).values({ awardId: award!.id, status: 'merged', mergedAt: new Date(paidAt.getTime() - 1000), paidAt }),
    ).resolves.toBeDefined();
  });

  it("refuses a vote or an award naming another event's project (composite foreign keys)", async () => {
    const { event } = await judgingFixture();
    const elsewhere = await insertEvent();
    const foreignProject = await insertSubmission(await insertTeam(elsewhere.id, (await insertUser()).id));
    const voter = await insertUser();

    await expectRefusal(
      db.insert(votes).values({ eventId: event.id, userId: voter.id, submissionId: foreignProject.id }),
      'votes_submission_event_fk',
    );
    await expectRefusal(
      db.insert(awards).values({ eventId: event.id, submissionId: foreignProject.id, titleEn: 'Gold' }),
      'awards_submission_event_fk',
    );
  });
});
