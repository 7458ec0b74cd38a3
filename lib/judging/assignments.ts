import 'server-only';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { eventRoles, judgeAssignments, roundProjects, scoreSheets, submissions, teams, users } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { isCheckViolation } from '@/lib/db-errors';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { assignJudges } from '@/lib/scoring/assignment';
import { moveAssignmentSchema } from '@/lib/validation/judging-setup';
import { conflictedPairs, recomputeAutomaticConflicts } from './setup-conflict-sql';
import { lockRoundForOrganizer, parseInput, requireNotClosed, type RoundRow } from './setup-context';

/**
 * The projects a round judges: the organizer's list (round_projects: the finalists advanced into a final
 * round) when it has one; otherwise, for a preliminary round, every submitted project of the event (of its
 * track, when the round has one). A final round without finalists judges nothing yet. Drafts never count.
 */
export async function roundScope(tx: Tx, round: RoundRow) {
  const [listed] = await tx.select({ n: sql<number>`count(*)::int` }).from(roundProjects).where(eq(roundProjects.roundId, round.id));
  const useList = (listed?.n ?? 0) > 0 || round.kind === 'final';
  return tx
    .select({ id: submissions.id, trackId: submissions.trackId, title: submissions.title, teamName: teams.name })
    .from(submissions)
    .innerJoin(teams, eq(teams.id, submissions.teamId))
    .where(
      and(
        eq(submissions.eventId, round.eventId),
        eq(submissions.status, 'submitted'),
        round.trackId ? eq(submissions.trackId, round.trackId) : undefined,
        useList ? inArray(submissions.id, tx.select({ id: roundProjects.submissionId }).from(roundProjects).where(eq(roundProjects.roundId, round.id))) : undefined,
      ),
    )
    .orderBy(asc(submissions.title));
}

/** The event's live judges; a judge given a track judges only that track's projects. */
export async function liveJudges(tx: Tx, eventId: string) {
  return tx
    .select({ id: users.id, name: users.name, email: users.email, trackId: eventRoles.trackId })
    .from(eventRoles)
    .innerJoin(users, eq(users.id, eventRoles.userId))
    .where(and(eq(eventRoles.eventId, eventId), eq(eventRoles.role, 'judge'), isNull(eventRoles.revokedAt)))
    .orderBy(asc(users.name));
}

export type AssignmentRunSummary = { added: number; total: number; shortfalls: number; conflictingExisting: number; minLoad: number; maxLoad: number };

/**
 * Runs the round's assignment (every judge on every project, or k judges per project) through
 * lib/scoring's assignJudges, incrementally: existing pairs are kept (a judge may have scored them) and
 * only what is missing is added. Conflicts are recomputed first, so a registration or membership that
 * changed since is seen; the trigger (0012) refuses any conflicted pair that slipped through anyway.
 */
export async function runAssignment(actor: Actor | null, roundId: unknown): Promise<Result<AssignmentRunSummary>> {
  return runDomain(() =>
    db.transaction(async (tx) => {
      const { self, event, round } = await lockRoundForOrganizer(tx, actor, roundId);
      requireNotClosed(round);
      await recomputeAutomaticConflicts(tx, event.id);
      const [projects, judges, conflicts, existing] = await Promise.all([
        roundScope(tx, round),
        liveJudges(tx, event.id),
        conflictedPairs(tx, round.id),
        tx.select({ judgeId: judgeAssignments.judgeId, projectId: judgeAssignments.submissionId }).from(judgeAssignments).where(eq(judgeAssignments.roundId, round.id)),
      ]);
      if (projects.length === 0) throw new DomainFailure('conflict', { form: ['judgingSetup.errors.noProjects'] });
      if (judges.length === 0) throw new DomainFailure('conflict', { form: ['judgingSetup.errors.noJudges'] });
      const outcome = assignJudges({
        mode: round.assignmentMode,
        k: round.judgesPerProject,
        seed: round.assignmentSeed,
        projects: projects.map((p) => ({ id: p.id, trackId: p.trackId })),
        judges: judges.map((j) => ({ id: j.id, trackIds: j.trackId ? [j.trackId] : null })),
        conflicts,
        existing,
      });
      if (outcome.added.length > 0) {
        await tx.insert(judgeAssignments).values(outcome.added.map((pair) => ({ roundId: round.id, judgeId: pair.judgeId, submissionId: pair.projectId, assignedBy: self.userId })));
      }
      const loads = outcome.loads.map((l) => l.total);
      const summary: AssignmentRunSummary = {
        added: outcome.added.length,
        total: existing.length + outcome.added.length,
        shortfalls: outcome.shortfalls.length,
        conflictingExisting: outcome.conflictingExisting.length,
        minLoad: loads.length ? Math.min(...loads) : 0,
        maxLoad: loads.length ? Math.max(...loads) : 0,
      };
      await writeAudit(tx, {
        actorId: self.userId,
        eventId: event.id,
        action: 'judging.assignment_run',
        entityType: 'judging_round',
        entityId: round.id,
        data: { ...summary, mode: round.assignmentMode, k: round.judgesPerProject, seed: round.assignmentSeed, shortfallProjects: outcome.shortfalls, conflictingExisting: outcome.conflictingExisting },
      });
      return summary;
    }),
  );
}

/**
 * Moves one assignment to another judge by hand. Refused when the judge already started a score sheet
 * for it (the sheet would be orphaned), onto a judge who is not a live judge of the event or already has
 * the project, and onto a conflicted judge (the trigger says no; we turn that into the field's message).
 */
export async function moveAssignment(actor: Actor | null, raw: unknown): Promise<Result<null>> {
  return runDomain(async () => {
    const input = parseInput(moveAssignmentSchema, raw);
    const [owner] = await db.select({ roundId: judgeAssignments.roundId }).from(judgeAssignments).where(eq(judgeAssignments.id, input.assignmentId));
    if (!owner) throw new DomainFailure('not_found');
    try {
      return await db.transaction(async (tx) => {
        const { self, event, round } = await lockRoundForOrganizer(tx, actor, owner.roundId);
        requireNotClosed(round);
        const [assignment] = await tx.select().from(judgeAssignments).where(eq(judgeAssignments.id, input.assignmentId)).for('update');
        if (!assignment || assignment.roundId !== round.id) throw new DomainFailure('not_found');
        const [sheet] = await tx
          .select({ id: scoreSheets.id })
          .from(scoreSheets)
          .where(and(eq(scoreSheets.roundId, round.id), eq(scoreSheets.judgeId, assignment.judgeId), eq(scoreSheets.submissionId, assignment.submissionId)));
        if (sheet) throw new DomainFailure('conflict', { form: ['judgingSetup.errors.assignmentStarted'] });
        const judges = await liveJudges(tx, event.id);
        if (!judges.some((j) => j.id === input.toJudgeId)) throw new DomainFailure('validation', { toJudgeId: ['judgingSetup.errors.judgeInvalid'] });
        const [taken] = await tx
          .select({ id: judgeAssignments.id })
          .from(judgeAssignments)
          .where(and(eq(judgeAssignments.roundId, round.id), eq(judgeAssignments.judgeId, input.toJudgeId), eq(judgeAssignments.submissionId, assignment.submissionId)));
        if (taken) throw new DomainFailure('validation', { toJudgeId: ['judgingSetup.errors.alreadyAssigned'] });
        await tx.update(judgeAssignments).set({ judgeId: input.toJudgeId, isManual: true, assignedBy: self.userId }).where(eq(judgeAssignments.id, assignment.id));
        await writeAudit(tx, {
          actorId: self.userId,
          eventId: event.id,
          action: 'judging.assignment_moved',
          entityType: 'judge_assignment',
          entityId: assignment.id,
          data: { submissionId: assignment.submissionId, from: assignment.judgeId, to: input.toJudgeId },
        });
        return null;
      });
    } catch (error) {
      if (isCheckViolation(error, 'judge_assignments_no_conflict')) throw new DomainFailure('validation', { toJudgeId: ['judgingSetup.errors.judgeConflicted'] });
      throw error;
    }
  });
}

/** The rounds page's assignment table: every pair of the round with the judge's and the project's names. */
export async function listAssignments(tx: Tx, roundId: string) {
  return tx
    .select({
      id: judgeAssignments.id,
      judgeId: judgeAssignments.judgeId,
      judgeName: users.name,
      submissionId: judgeAssignments.submissionId,
      title: submissions.title,
      isManual: judgeAssignments.isManual,
    })
    .from(judgeAssignments)
    .innerJoin(users, eq(users.id, judgeAssignments.judgeId))
    .innerJoin(submissions, eq(submissions.id, judgeAssignments.submissionId))
    .where(eq(judgeAssignments.roundId, roundId))
    .orderBy(asc(submissions.title), asc(users.name));
}
