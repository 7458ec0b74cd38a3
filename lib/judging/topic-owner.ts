import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { db, type DbOrTx } from '@/db/client';
import { eventRoles, events, submissions, teams, topicFeedback, tracks } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { requireActor } from '@/lib/auth/guards';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { parseInput } from './setup-context';

/*
 * Topic owners: the city department that proposed a track sees that track's submitted projects and leaves
 * domain feedback (one note per project, editable), without a score or a vote. The right is the per-event
 * role topic_owner with its trackId, re-read from the database on every call; a project outside the
 * owner's track, or an event where they hold no live role, answers "not found".
 */
async function ownedTrack(executor: DbOrTx, actor: Actor, eventId: string): Promise<string> {
  const [role] = await executor
    .select({ trackId: eventRoles.trackId })
    .from(eventRoles)
    .where(and(eq(eventRoles.eventId, eventId), eq(eventRoles.userId, actor.userId), eq(eventRoles.role, 'topic_owner'), isNull(eventRoles.revokedAt)));
  if (!role?.trackId) throw new DomainFailure('not_found');
  return role.trackId;
}

export async function getTrackReview(actor: Actor | null, slug: string) {
  return runDomain(async () => {
    const self = requireActor(actor);
    const [event] = await db.select().from(events).where(eq(events.slug, slug));
    if (!event) throw new DomainFailure('not_found');
    const trackId = await ownedTrack(db, self, event.id);
    const [track] = await db.select().from(tracks).where(eq(tracks.id, trackId));
    const projects = await db
      .select({
        id: submissions.id,
        title: submissions.title,
        tagline: submissions.tagline,
        description: submissions.description,
        repositoryUrl: submissions.repositoryUrl,
        demoUrl: submissions.demoUrl,
        teamName: teams.name,
      })
      .from(submissions)
      .innerJoin(teams, eq(teams.id, submissions.teamId))
      .where(and(eq(submissions.eventId, event.id), eq(submissions.trackId, trackId), eq(submissions.status, 'submitted')))
      .orderBy(asc(submissions.title));
    const mine = await db
      .select({ submissionId: topicFeedback.submissionId, body: topicFeedback.body })
      .from(topicFeedback)
      .where(and(eq(topicFeedback.eventId, event.id), eq(topicFeedback.authorId, self.userId)));
    const feedback = Object.fromEntries(mine.map((f) => [f.submissionId, f.body]));
    return { event, track: track!, projects, feedback };
  });
}

export const topicFeedbackSchema = z.object({
  submissionId: z.uuid(),
  body: z.string().trim().min(1, 'judgingResults.errors.feedbackRequired').max(4000, 'judgingResults.errors.feedbackTooLong'),
});

export async function saveTopicFeedback(actor: Actor | null, raw: unknown): Promise<Result<{ submissionId: string }>> {
  return runDomain(() =>
    db.transaction(async (tx) => {
      const self = requireActor(actor);
      const input = parseInput(topicFeedbackSchema, raw);
      const [project] = await tx
        .select({ id: submissions.id, eventId: submissions.eventId, trackId: submissions.trackId, status: submissions.status })
        .from(submissions)
        .where(eq(submissions.id, input.submissionId));
      if (!project || project.status !== 'submitted') throw new DomainFailure('not_found');
      const trackId = await ownedTrack(tx, self, project.eventId);
      if (project.trackId !== trackId) throw new DomainFailure('not_found');
      await tx
        .insert(topicFeedback)
        .values({ eventId: project.eventId, trackId, submissionId: project.id, authorId: self.userId, body: input.body })
        .onConflictDoUpdate({ target: [topicFeedback.submissionId, topicFeedback.authorId], set: { body: input.body, updatedAt: new Date() } });
      await writeAudit(tx, {
        actorId: self.userId,
        eventId: project.eventId,
        action: 'judging.topic_feedback_saved',
        entityType: 'submission',
        entityId: project.id,
        data: { length: input.body.length },
      });
      return { submissionId: project.id };
    }),
  );
}
