import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { eventRoles } from '@/db/schema';
import { saveTopicFeedback } from '@/lib/judging/topic-owner';
import { listTopicFeedback } from '@/lib/judging/topic-feedback-admin';
import { insertUser } from './helpers/domain-rows';
import { expectOk, refusal } from './helpers/teams-fixtures';
import { asActor, judgedEvent } from './helpers/judging-results-fixture';

async function withFeedback() {
  const fx = await judgedEvent({ judges: 1, projects: [{ title: 'In A', track: 'A' }, { title: 'In B', track: 'B' }] });
  const owner = await insertUser({ name: '交通局' });
  await db.insert(eventRoles).values({ eventId: fx.event.id, userId: owner.id, role: 'topic_owner', trackId: fx.trackA.id });
  expectOk(await saveTopicFeedback(asActor(owner), { submissionId: fx.projects[0]!.id, body: 'Use the DOT bus API fields.' }));
  return { fx, owner };
}

describe('listTopicFeedback (organizers read the topic owners’ notes)', () => {
  it('lists the event’s notes with project, track and author, and nothing of another event', async () => {
    const { fx, owner } = await withFeedback();
    const other = await withFeedback();
    const view = expectOk(await listTopicFeedback(asActor(fx.organizer), fx.event.slug));
    expect(view.rows).toEqual([
      expect.objectContaining({ submissionId: fx.projects[0]!.id, title: 'In A', trackNameEn: fx.trackA.nameEn, authorName: '交通局', authorEmail: owner.email, body: 'Use the DOT bus API fields.' }),
    ]);
    expect(view.rows.map((r) => r.submissionId)).not.toContain(other.fx.projects[0]!.id);
  });

  it('refuses a judge, the topic owner, another event’s organizer, and an anonymous caller; an unknown event is not found', async () => {
    const { fx, owner } = await withFeedback();
    const other = await withFeedback();
    expect(refusal(await listTopicFeedback(asActor(fx.judges[0]!), fx.event.slug))).toEqual({ code: 'forbidden' });
    expect(refusal(await listTopicFeedback(asActor(owner), fx.event.slug))).toEqual({ code: 'forbidden' });
    expect(refusal(await listTopicFeedback(asActor(other.fx.organizer), fx.event.slug))).toEqual({ code: 'forbidden' });
    expect(refusal(await listTopicFeedback(null, fx.event.slug))).toEqual({ code: 'unauthenticated' });
    expect(refusal(await listTopicFeedback(asActor(fx.organizer), 'no-such-event'))).toEqual({ code: 'not_found' });
  });
});
