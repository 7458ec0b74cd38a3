import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { eventRoles, topicFeedback } from '@/db/schema';
import { getTrackReview, saveTopicFeedback } from '@/lib/judging/topic-owner';
import { insertUser } from './helpers/domain-rows';
import { auditActions, expectOk, refusal } from './helpers/teams-fixtures';
import { asActor, judgedEvent } from './helpers/judging-results-fixture';

async function withOwner() {
  const fx = await judgedEvent({ judges: 1, projects: [{ title: 'In A', track: 'A' }, { title: 'In B', track: 'B' }] });
  const owner = await insertUser({ name: '交通局' });
  await db.insert(eventRoles).values({ eventId: fx.event.id, userId: owner.id, role: 'topic_owner', trackId: fx.trackA.id });
  return { fx, owner };
}

describe('topic owner', () => {
  it('sees only their track’s projects and leaves feedback, once per project, editable and audited', async () => {
    const { fx, owner } = await withOwner();
    const view = expectOk(await getTrackReview(asActor(owner), fx.event.slug));
    expect(view.projects.map((p) => p.title)).toEqual(['In A']);
    const inA = fx.projects[0]!;
    expectOk(await saveTopicFeedback(asActor(owner), { submissionId: inA.id, body: '資料欄位請對齊交通局 API。' }));
    expectOk(await saveTopicFeedback(asActor(owner), { submissionId: inA.id, body: 'Use the DOT bus API fields.' }));
    const rows = await db.select().from(topicFeedback).where(and(eq(topicFeedback.submissionId, inA.id), eq(topicFeedback.authorId, owner.id)));
    expect(rows.map((r) => r.body)).toEqual(['Use the DOT bus API fields.']);
    expect(expectOk(await getTrackReview(asActor(owner), fx.event.slug)).feedback[inA.id]).toBe('Use the DOT bus API fields.');
    expect(await auditActions(fx.event.id)).toContain('judging.topic_feedback_saved');
  });

  it('refuses another track’s project, an empty note, a judge without the role, and a revoked owner', async () => {
    const { fx, owner } = await withOwner();
    const inB = fx.projects[1]!;
    expect(refusal(await saveTopicFeedback(asActor(owner), { submissionId: inB.id, body: 'x' }))).toEqual({ code: 'not_found' });
    expect(refusal(await saveTopicFeedback(asActor(owner), { submissionId: fx.projects[0]!.id, body: '  ' }))).toEqual({
      code: 'validation',
      fieldErrors: { body: ['judgingResults.errors.feedbackRequired'] },
    });
    expect(refusal(await getTrackReview(asActor(fx.judges[0]!), fx.event.slug))).toEqual({ code: 'not_found' });
    await db.update(eventRoles).set({ revokedAt: new Date() }).where(eq(eventRoles.userId, owner.id));
    expect(refusal(await getTrackReview(asActor(owner), fx.event.slug))).toEqual({ code: 'not_found' });
  });
});
