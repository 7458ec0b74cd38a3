import 'server-only';
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import {
  complianceItems,
  customQuestions,
  events,
  submissionConflicts,
  submissionFiles,
  submissionRevisions,
  submissions,
  teamMembers,
  teams,
  tracks,
  users,
} from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { requireActor } from '@/lib/auth/guards';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { isEventOrganizer, TEAM_STATUSES_WITHOUT_SAVING } from './context';

export type RevisionEntry = { version: number; editorName: string | null; createdAt: Date; status: string | null };

async function revisionsOf(submissionId: string): Promise<RevisionEntry[]> {
  const rows = await db
    .select({
      version: submissionRevisions.version,
      editorName: users.name,
      createdAt: submissionRevisions.createdAt,
      status: sql<string | null>`${submissionRevisions.snapshot}->>'status'`,
    })
    .from(submissionRevisions)
    .leftJoin(users, eq(users.id, submissionRevisions.editedBy))
    .where(eq(submissionRevisions.submissionId, submissionId))
    .orderBy(desc(submissionRevisions.version));
  return rows;
}

/** The save history of a project: its team's members and the event's organizers only; others get not_found. */
export async function listRevisions(actor: Actor | null, submissionId: string): Promise<Result<RevisionEntry[]>> {
  return runDomain(async () => {
    const a = requireActor(actor);
    if (!/^[0-9a-f-]{36}$/i.test(submissionId)) throw new DomainFailure('not_found');
    const [row] = await db
      .select({ eventId: submissions.eventId, isMember: sql<boolean>`${teamMembers.userId} is not null` })
      .from(submissions)
      .leftJoin(teamMembers, and(eq(teamMembers.teamId, submissions.teamId), eq(teamMembers.userId, a.userId)))
      .where(eq(submissions.id, submissionId));
    if (!row) throw new DomainFailure('not_found');
    if (!row.isMember && !(await isEventOrganizer(db, a.userId, a.isSiteAdmin, row.eventId))) throw new DomainFailure('not_found');
    return revisionsOf(submissionId);
  });
}

/**
 * Everything the project page of a team member needs, or null when the actor is not in a team of this
 * (published) event: the page then answers "not found". `now` is the database clock, so the page says
 * "closed" by the same clock the deadline trigger uses.
 */
export async function getSubmissionWorkspace(actor: Actor, eventSlug: string, conflictId?: string) {
  const [head] = await db
    .select({ event: events, team: teams, now: sql<string>`statement_timestamp()` })
    .from(events)
    .innerJoin(teamMembers, and(eq(teamMembers.eventId, events.id), eq(teamMembers.userId, actor.userId)))
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(and(eq(events.slug, eventSlug), eq(events.isPublished, true)));
  if (!head) return null;
  const { event, team } = head;
  const now = new Date(head.now);
  const deadline = team.deadlineExtendedUntil ?? event.submissionDeadline;

  const [trackRows, questionRows, itemRows, memberRows, [submission]] = await Promise.all([
    db.select().from(tracks).where(eq(tracks.eventId, event.id)).orderBy(asc(tracks.position), asc(tracks.slug)),
    db
      .select()
      .from(customQuestions)
      .where(and(eq(customQuestions.eventId, event.id), eq(customQuestions.scope, 'submission')))
      .orderBy(asc(customQuestions.position)),
    db.select().from(complianceItems).where(eq(complianceItems.eventId, event.id)).orderBy(asc(complianceItems.position)),
    db.select({ userId: teamMembers.userId }).from(teamMembers).where(eq(teamMembers.teamId, team.id)),
    db.select().from(submissions).where(eq(submissions.teamId, team.id)),
  ]);

  const [files, revisions, conflicts] = submission
    ? await Promise.all([
        db
          .select({ id: submissionFiles.id, kind: submissionFiles.kind, altText: submissionFiles.altText, byteSize: submissionFiles.byteSize })
          .from(submissionFiles)
          .where(eq(submissionFiles.submissionId, submission.id))
          .orderBy(asc(submissionFiles.kind), asc(submissionFiles.position), asc(submissionFiles.createdAt)),
        revisionsOf(submission.id),
        conflictId && /^[0-9a-f-]{36}$/i.test(conflictId)
          ? db
              .select()
              .from(submissionConflicts)
              .where(
                and(
                  eq(submissionConflicts.id, conflictId),
                  eq(submissionConflicts.submissionId, submission.id),
                  isNull(submissionConflicts.resolvedAt),
                ),
              )
          : Promise.resolve([]),
      ])
    : [[], [], []];

  const isTeamOut = (TEAM_STATUSES_WITHOUT_SAVING as readonly string[]).includes(team.status);
  return {
    event,
    team: { id: team.id, name: team.name, status: team.status, memberCount: memberRows.length, isExtended: Boolean(team.deadlineExtendedUntil) },
    tracks: trackRows,
    questions: questionRows,
    complianceItems: itemRows,
    submission: submission ?? null,
    files,
    revisions,
    conflict: conflicts[0] ?? null,
    now,
    deadline,
    isBeforeHacking: now < event.hackingStartsAt,
    isPastDeadline: now >= deadline,
    isTeamOut,
    canEdit: !isTeamOut && now >= event.hackingStartsAt && now < deadline,
    isBelowMinimum: memberRows.length < event.teamSizeMin,
  };
}

export type SubmissionWorkspace = NonNullable<Awaited<ReturnType<typeof getSubmissionWorkspace>>>;
