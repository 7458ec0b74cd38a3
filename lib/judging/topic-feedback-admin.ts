import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { events, submissions, topicFeedback, tracks, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { requireEventCapability } from '@/lib/auth/guards';
import { DomainFailure, runDomain } from '@/lib/result';

export type TopicFeedbackRow = {
  id: string;
  submissionId: string;
  title: string;
  trackNameZh: string | null;
  trackNameEn: string | null;
  authorName: string | null;
  authorEmail: string;
  body: string;
  updatedAt: Date;
};

/**
 * The topic owners' domain notes (topic_feedback) of one event, for its organizers: the city departments
 * write them for the organizers and the panel, never for a score, so they sit beside the judges' private
 * notes on the sheets page. Organizers of the event only (the same right as reopening a sheet).
 */
export async function listTopicFeedback(actor: Actor | null, eventSlug: string) {
  return runDomain(async () => {
    const [found] = await db.select({ id: events.id }).from(events).where(eq(events.slug, eventSlug));
    if (!found) throw new DomainFailure('not_found');
    const event = await requireEventCapability(actor, found.id, 'judging.manage');
    const rows: TopicFeedbackRow[] = await db
      .select({
        id: topicFeedback.id,
        submissionId: topicFeedback.submissionId,
        title: submissions.title,
        trackNameZh: tracks.nameZh,
        trackNameEn: tracks.nameEn,
        authorName: users.name,
        authorEmail: users.email,
        body: topicFeedback.body,
        updatedAt: topicFeedback.updatedAt,
      })
      .from(topicFeedback)
      .innerJoin(submissions, eq(submissions.id, topicFeedback.submissionId))
      .innerJoin(users, eq(users.id, topicFeedback.authorId))
      .leftJoin(tracks, eq(tracks.id, topicFeedback.trackId))
      .where(eq(topicFeedback.eventId, event.id))
      .orderBy(asc(submissions.title), asc(users.name));
    return { event, rows };
  });
}
