import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { eventRoles, judgeAssignments, submissions } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { calibrationCheck, type CalibrationResult } from '@/lib/scoring/calibration';
import { compileRubric, sheetTotal } from '@/lib/scoring/sheet-total';
import { hideForbidden } from './results-access';
import { conflictedPairs } from './console';
import type { RoundData, RoundRow } from './results-load';
import { bumpRoundVersion, lockRoundForOrganizer, parseInput } from './setup-context';

/*
 * Calibration (issue 4 §4): before real scoring, every judge scores the same sample project, and a judge
 * far from the others is flagged to the organizer while there is still time to talk. Choosing the sample
 * assigns it to every live judge of the event who has no conflict with its team (the assignment trigger
 * would refuse a conflicted pair anyway), so it is in each judge's queue. A judge is flagged when their
 * total is more than CALIBRATION_THRESHOLD standard deviations of the other judges' totals away from the
 * others' mean (lib/scoring's leave-one-out check).
 */
export const CALIBRATION_THRESHOLD = 2;

export const calibrationSchema = z.object({
  roundId: z.uuid(),
  submissionId: z.union([z.uuid(), z.literal('')]).transform((v) => v || null),
  version: z.coerce.number().int().min(1),
});

export async function setCalibrationSample(actor: Actor | null, raw: unknown): Promise<Result<{ assigned: number }>> {
  return runDomain(() =>
    db.transaction(async (tx) => {
      const input = parseInput(calibrationSchema, raw);
      const { self, event, round } = await lockRoundForOrganizer(tx, actor, input.roundId).catch(hideForbidden);
      if (round.status === 'closed') throw new DomainFailure('closed', { form: ['judgingResults.errors.roundClosed'] });
      let assigned = 0;
      if (input.submissionId) {
        const [sample] = await tx
          .select({ id: submissions.id, teamId: submissions.teamId })
          .from(submissions)
          .where(and(eq(submissions.id, input.submissionId), eq(submissions.eventId, event.id), eq(submissions.status, 'submitted')));
        if (!sample) throw new DomainFailure('validation', { submissionId: ['judgingResults.errors.sampleInvalid'] });
        const conflicts = await conflictedPairs(tx, event.id);
        const judges = await tx
          .select({ id: eventRoles.userId })
          .from(eventRoles)
          .where(and(eq(eventRoles.eventId, event.id), eq(eventRoles.role, 'judge'), isNull(eventRoles.revokedAt)));
        const eligible = judges.filter((j) => !conflicts.has(`${j.id}:${sample.teamId}`));
        if (eligible.length) {
          const rows = await tx
            .insert(judgeAssignments)
            .values(eligible.map((j) => ({ roundId: round.id, judgeId: j.id, submissionId: sample.id, isManual: true, assignedBy: self.userId })))
            .onConflictDoNothing()
            .returning({ id: judgeAssignments.id });
          assigned = rows.length;
        }
      }
      await bumpRoundVersion(tx, round.id, input.version, { calibrationSubmissionId: input.submissionId });
      await writeAudit(tx, {
        actorId: self.userId,
        eventId: event.id,
        action: 'judging.calibration_sample_set',
        entityType: 'judging_round',
        entityId: round.id,
        data: { submissionId: input.submissionId, previous: round.calibrationSubmissionId, assigned },
      });
      return { assigned };
    }),
  );
}

export type CalibrationView = {
  sampleId: string | null;
  results: CalibrationResult[];
  /** Judges assigned the sample who have not submitted it yet. */
  pending: string[];
};

/** The calibration check from the round's already-loaded data: submitted, non-absent sheets on the sample. */
export function calibrationOf(round: RoundRow, data: RoundData): CalibrationView {
  const sampleId = round.calibrationSubmissionId;
  if (!sampleId) return { sampleId, results: [], pending: [] };
  const compiled = compileRubric(data.criteria.map((c) => ({ id: c.id, parentId: c.parentId, weight: c.weight, scaleMax: c.scaleMax, isBonus: c.isBonus })));
  if (!compiled.ok) return { sampleId, results: [], pending: [] };
  const sheets = data.sheets.filter((s) => s.submissionId === sampleId && s.status === 'submitted' && !s.isAbsent);
  const scores = sheets.map((s) => ({
    judgeId: s.judgeId,
    total: sheetTotal(compiled.rubric, Object.fromEntries(Object.entries(s.values).filter(([id]) => compiled.rubric.leafIds.has(id)))).total,
  }));
  const done = new Set(sheets.map((s) => s.judgeId));
  const pending = data.assignments.filter((a) => a.submissionId === sampleId && !done.has(a.judgeId)).map((a) => a.judgeId);
  return { sampleId, results: calibrationCheck(scores, { threshold: CALIBRATION_THRESHOLD }), pending };
}


