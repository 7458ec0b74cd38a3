import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { events, submissions, teamMembers, teams, votes } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { requireActor } from '@/lib/auth/guards';
import { writeAudit } from '@/lib/audit';
import { violatedConstraint } from '@/lib/db-errors';
import { consume } from '@/lib/rate-limit';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { fieldErrorsOf } from '@/lib/validation/auth';
import { voteSchema } from '@/lib/validation/results';
import { settingsOf } from './access';
import { voteTally } from './awards-prefill';
import { publishedResultsOf } from './visibility';

/*
 * People's choice. One vote per signed-in account per event (unique constraint), and a vote is final: it
 * cannot be changed, so nobody can switch tactically as word of the count goes round, and a burst of
 * parallel clicks leaves exactly one vote. The database refuses a vote for your own team, for a draft, or
 * outside the window by its own clock (trigger votes_guard, migration 0020); the count is shown only once
 * results are published (lib/results/visibility.ts).
 */
export const VOTE_LIMIT = { limit: 20, windowSeconds: 10 * 60 } as const;

async function publicEvent(slug: string) {
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) throw new DomainFailure('not_found');
  const [event] = await db.select().from(events).where(and(eq(events.slug, slug), eq(events.isPublished, true))).limit(1);
  if (!event) throw new DomainFailure('not_found');
  return event;
}

export async function getVotePage(actor: Actor | null, slug: string) {
  return runDomain(async () => {
    const event = await publicEvent(slug);
    const settings = await settingsOf(db, event.id);
    const [[clock], projects, mine, ownTeam, published] = await Promise.all([
      db.execute<{ now: string }>(sql`select statement_timestamp() as now`),
      db
        .select({ id: submissions.id, title: submissions.title, tagline: submissions.tagline, teamName: teams.name })
        .from(submissions)
        .innerJoin(teams, eq(teams.id, submissions.teamId))
        .where(and(eq(submissions.eventId, event.id), eq(submissions.status, 'submitted')))
        .orderBy(asc(submissions.title)),
      actor ? db.select({ submissionId: votes.submissionId }).from(votes).where(and(eq(votes.eventId, event.id), eq(votes.userId, actor.userId))) : Promise.resolve([]),
      actor ? db.select({ teamId: teamMembers.teamId }).from(teamMembers).where(and(eq(teamMembers.eventId, event.id), eq(teamMembers.userId, actor.userId))) : Promise.resolve([]),
      publishedResultsOf(event.id),
    ]);
    const now = new Date(clock!.now);
    const hasWindow = settings.voteOpensAt !== null && settings.voteClosesAt !== null;
    const phase = !hasWindow ? 'none' : now < settings.voteOpensAt! ? 'before' : now >= settings.voteClosesAt! ? 'after' : 'open';
    const ownSubmission = ownTeam[0] ? (await db.select({ id: submissions.id }).from(submissions).where(eq(submissions.teamId, ownTeam[0].teamId)))[0]?.id ?? null : null;
    // The count is part of the results: nothing of it before publication, not even the total.
    const counts = published ? Object.fromEntries((await voteTally(db, event.id)).map((t) => [t.submissionId, t.votes])) : null;
    return { event, window: { opensAt: settings.voteOpensAt, closesAt: settings.voteClosesAt }, phase, projects, myVote: mine[0]?.submissionId ?? null, ownSubmission, counts };
  });
}

export async function castVote(actor: Actor | null, slug: string, input: Record<string, unknown>): Promise<Result<{ submissionId: string }>> {
  return runDomain(async () => {
    const a = requireActor(actor);
    const parsed = voteSchema.safeParse(input);
    if (!parsed.success) throw new DomainFailure('validation', fieldErrorsOf(parsed.error));
    const event = await publicEvent(slug);
    if (!(await consume(`vote:${a.userId}`, VOTE_LIMIT.limit, VOTE_LIMIT.windowSeconds))) throw new DomainFailure('rate_limited', { form: ['results.errors.rateLimited'] });
    try {
      return await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(votes)
          .values({ eventId: event.id, userId: a.userId, submissionId: parsed.data.submissionId })
          .onConflictDoNothing({ target: [votes.eventId, votes.userId] })
          .returning({ id: votes.id });
        if (!row) throw new DomainFailure('conflict', { form: ['results.errors.alreadyVoted'] });
        await writeAudit(tx, { actorId: a.userId, eventId: event.id, action: 'vote.cast', entityType: 'vote', entityId: row.id, data: { submissionId: parsed.data.submissionId } });
        return { submissionId: parsed.data.submissionId };
      });
    } catch (error) {
      const constraint = violatedConstraint(error);
      if (constraint === 'votes_window_open') throw new DomainFailure('closed', { form: ['results.errors.voteClosed'] });
      if (constraint === 'votes_not_own_team') throw new DomainFailure('forbidden', { submissionId: ['results.errors.ownTeam'] });
      if (constraint === 'votes_submitted_project' || constraint === 'votes_submission_event_fk') throw new DomainFailure('validation', { submissionId: ['results.errors.projectInvalid'] });
      throw error;
    }
  });
}
