import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { db, type DbOrTx, type Tx } from '@/db/client';
import { events, judgeAssignments, judgingRounds, scoreSheets, submissions, teams } from '@/db/schema';
import { stageSlots, stageStates, type StagePhase } from '@/db/schema/judging-stage';
import type { Actor } from '@/lib/auth/actor';
import { requireEventCapability } from '@/lib/auth/guards';
import { writeAudit } from '@/lib/audit';
import { violatedConstraint } from '@/lib/db-errors';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { isUuid, stageCommandSchema } from '@/lib/validation/judging-sheets';

/*
 * Presentation mode: the organizer runs a stage queue per live round (order, current team, timer phase,
 * absent teams). The timer's start is the database's clock, stored once; every screen counts down from it
 * with its own offset to the server's clock, so the big screen and the tablets show the same seconds.
 */

async function roundOfEvent(executor: DbOrTx, eventSlug: string, roundId: string | undefined) {
  const [event] = await executor.select().from(events).where(eq(events.slug, eventSlug));
  if (!event) throw new DomainFailure('not_found');
  const rounds = await executor.select().from(judgingRounds).where(eq(judgingRounds.eventId, event.id)).orderBy(asc(judgingRounds.position));
  const round = roundId ? rounds.find((r) => r.id === roundId) : (rounds.find((r) => r.presentationSeconds) ?? rounds.find((r) => r.status === 'open') ?? rounds[0]);
  return { event, rounds, round: round ?? null };
}

export type StageView = Awaited<ReturnType<typeof loadStage>>;

async function loadStage(executor: DbOrTx, roundId: string) {
  const slots = await executor
    .select({ submissionId: stageSlots.submissionId, position: stageSlots.position, isAbsent: stageSlots.isAbsent, title: submissions.title, teamName: teams.name })
    .from(stageSlots)
    .innerJoin(submissions, eq(submissions.id, stageSlots.submissionId))
    .innerJoin(teams, eq(teams.id, submissions.teamId))
    .where(eq(stageSlots.roundId, roundId))
    .orderBy(asc(stageSlots.position));
  const [state] = await executor.select().from(stageStates).where(eq(stageStates.roundId, roundId));
  const [clock] = await executor.execute<{ now: string }>(sql`select statement_timestamp() as now`);
  const current = slots.find((s) => s.submissionId === state?.currentSubmissionId) ?? null;
  return { slots, state: state ?? null, current, serverNow: new Date(clock!.now) };
}

/** For the organizer's console and the big screen: organizers of the event only. */
export async function getStageForOrganizer(actor: Actor | null, eventSlug: string, roundId?: string) {
  return runDomain(async () => {
    const { event, rounds, round } = await roundOfEvent(db, eventSlug, roundId && isUuid(roundId) ? roundId : undefined);
    await requireEventCapability(actor, event.id, 'judging.manage');
    return { event, rounds, round, stage: round ? await loadStage(db, round.id) : null };
  });
}

/** For a judge's tablet: the current team, and whether this judge scores it (then the page links its sheet). */
export async function getStageForJudge(actor: Actor | null, eventSlug: string, roundId?: string) {
  return runDomain(async () => {
    const { event, round } = await roundOfEvent(db, eventSlug, roundId && isUuid(roundId) ? roundId : undefined);
    await requireEventCapability(actor, event.id, 'judging.score').catch((error: unknown) => {
      if (error instanceof DomainFailure && error.code === 'forbidden') throw new DomainFailure('not_found');
      throw error;
    });
    if (!round) throw new DomainFailure('not_found');
    const stage = await loadStage(db, round.id);
    let isAssigned = false;
    if (stage.current) {
      const [row] = await db
        .select({ id: judgeAssignments.id })
        .from(judgeAssignments)
        .where(and(eq(judgeAssignments.roundId, round.id), eq(judgeAssignments.judgeId, actor!.userId), eq(judgeAssignments.submissionId, stage.current.submissionId)));
      isAssigned = Boolean(row);
    }
    return { event, round, stage, isAssigned };
  });
}

/** Every stage mutation: the organizer check, one transaction, the round row locked, an audit row. */
async function stageMutation<T>(actor: Actor | null, roundId: string, action: string, body: (tx: Tx, round: typeof judgingRounds.$inferSelect) => Promise<T>, data: Record<string, unknown>) {
  return runDomain(async () => {
    if (!isUuid(roundId)) throw new DomainFailure('not_found');
    try {
      return await db.transaction(async (tx) => {
        const [round] = await tx.select().from(judgingRounds).where(eq(judgingRounds.id, roundId)).for('update');
        if (!round) throw new DomainFailure('not_found');
        await requireEventCapability(actor, round.eventId, 'judging.manage', tx);
        const result = await body(tx, round);
        await writeAudit(tx, { actorId: actor!.userId, eventId: round.eventId, action, entityType: 'judging_round', entityId: roundId, data });
        return result;
      });
    } catch (error) {
      if (violatedConstraint(error) === 'score_sheets_round_open') throw new DomainFailure('closed');
      throw error;
    }
  });
}

/** Builds the queue from the round's assigned projects, in title order; the organizer then reorders it. */
export function initStageQueue(actor: Actor | null, roundId: string): Promise<Result<{ count: number }>> {
  return stageMutation(actor, roundId, 'judging.stage_init', async (tx) => {
    const [existing] = await tx.select({ roundId: stageStates.roundId }).from(stageStates).where(eq(stageStates.roundId, roundId));
    if (existing) throw new DomainFailure('conflict');
    const projects = await tx
      .selectDistinct({ id: submissions.id, title: submissions.title })
      .from(judgeAssignments)
      .innerJoin(submissions, eq(submissions.id, judgeAssignments.submissionId))
      .where(eq(judgeAssignments.roundId, roundId))
      .orderBy(asc(submissions.title), asc(submissions.id));
    if (projects.length > 0) await tx.insert(stageSlots).values(projects.map((p, i) => ({ roundId, submissionId: p.id, position: i + 1 })));
    await tx.insert(stageStates).values({ roundId });
    return { count: projects.length };
  }, {});
}

/** Swaps a team with its neighbour (up or down) in the running order. */
export function moveStageSlot(actor: Actor | null, roundId: string, submissionId: string, direction: 'up' | 'down'): Promise<Result<null>> {
  return stageMutation(actor, roundId, 'judging.stage_move', async (tx) => {
    const slots = await tx.select().from(stageSlots).where(eq(stageSlots.roundId, roundId)).orderBy(asc(stageSlots.position)).for('update');
    const index = slots.findIndex((s) => s.submissionId === submissionId);
    const other = slots[direction === 'up' ? index - 1 : index + 1];
    if (index < 0 || !other) throw new DomainFailure('not_found');
    const mine = slots[index]!;
    // The position is unique per round: park one row at -1 while the other takes its place.
    await tx.update(stageSlots).set({ position: -1 }).where(and(eq(stageSlots.roundId, roundId), eq(stageSlots.submissionId, mine.submissionId)));
    await tx.update(stageSlots).set({ position: mine.position }).where(and(eq(stageSlots.roundId, roundId), eq(stageSlots.submissionId, other.submissionId)));
    await tx.update(stageSlots).set({ position: other.position }).where(and(eq(stageSlots.roundId, roundId), eq(stageSlots.submissionId, mine.submissionId)));
    return null;
  }, { submissionId, direction });
}

/**
 * Puts a team on stage and starts (or stops) the timer. The version makes two organizers pressing at once
 * safe: the second sees a stale refusal instead of restarting the first one's timer.
 */
export function setStage(actor: Actor | null, roundId: string, input: { submissionId: unknown; phase: unknown; version: unknown }): Promise<Result<{ version: number }>> {
  const parsed = stageCommandSchema.safeParse(input);
  return stageMutation(actor, roundId, 'judging.stage_set', async (tx) => {
    if (!parsed.success) throw new DomainFailure('validation');
    const { submissionId, phase, version } = parsed.data;
    const [slot] = await tx.select().from(stageSlots).where(and(eq(stageSlots.roundId, roundId), eq(stageSlots.submissionId, submissionId)));
    if (!slot) throw new DomainFailure('not_found');
    const [updated] = await tx
      .update(stageStates)
      .set({
        currentSubmissionId: submissionId,
        phase: phase as StagePhase,
        phaseStartedAt: phase === 'idle' ? null : sql`statement_timestamp()`,
        version: sql`${stageStates.version} + 1`,
        updatedAt: sql`statement_timestamp()`,
      })
      .where(and(eq(stageStates.roundId, roundId), eq(stageStates.version, version)))
      .returning({ version: stageStates.version });
    if (!updated) throw new DomainFailure('stale_version');
    return updated;
  }, { submissionId: input.submissionId, phase: input.phase });
}

/**
 * Marks a team absent (or present again). Every sheet of the team in this round carries the mark, including
 * sheets its judges had not opened yet (created here, empty), so results can tell "absent" from "not scored".
 */
export function markAbsent(actor: Actor | null, roundId: string, submissionId: string, isAbsent: boolean): Promise<Result<{ sheets: number }>> {
  return stageMutation(actor, roundId, 'judging.stage_absent', async (tx) => {
    if (!isUuid(submissionId)) throw new DomainFailure('not_found');
    const [slot] = await tx
      .update(stageSlots)
      .set({ isAbsent })
      .where(and(eq(stageSlots.roundId, roundId), eq(stageSlots.submissionId, submissionId)))
      .returning({ submissionId: stageSlots.submissionId });
    if (!slot) throw new DomainFailure('not_found');
    const judges = await tx
      .select({ judgeId: judgeAssignments.judgeId })
      .from(judgeAssignments)
      .where(and(eq(judgeAssignments.roundId, roundId), eq(judgeAssignments.submissionId, submissionId)));
    if (isAbsent && judges.length > 0) {
      await tx.insert(scoreSheets).values(judges.map((j) => ({ roundId, submissionId, judgeId: j.judgeId, isAbsent: true }))).onConflictDoNothing();
    }
    const updated = await tx
      .update(scoreSheets)
      .set({ isAbsent })
      .where(and(eq(scoreSheets.roundId, roundId), eq(scoreSheets.submissionId, submissionId)))
      .returning({ id: scoreSheets.id });
    return { sheets: updated.length };
  }, { submissionId, isAbsent });
}
