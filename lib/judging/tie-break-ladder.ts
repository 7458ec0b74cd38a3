import 'server-only';
import { and, asc, eq, isNull, ne } from 'drizzle-orm';
import { z } from 'zod';
import { db, type DbOrTx } from '@/db/client';
import { judgingRounds, rubricCriteria, type TieBreakStep } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { bumpRoundVersion, lockRoundForOrganizer, parseInput, requireId, requireOrganizer } from './setup-context';

/*
 * The tie-break ladder of a round (issue 4 §5): published before judging, so nobody can pick the rule
 * that favours a project after seeing the scores. It is therefore editable only while the round is a
 * draft. The check runs on the round row locked FOR UPDATE, the same lock setRoundStatus takes to open
 * the round, so a save and an opening cannot interleave; the version in the UPDATE refuses a stale editor.
 * A step names a top-level, non-bonus criterion of this round (higher mean points wins) or another round
 * of the same event (better place wins).
 */
export const MAX_LADDER_STEPS = 4;

/** A step as a form sends it: "criterion:<uuid>", "round:<uuid>", or "" for an unused slot. */
const stepSchema = z
  .string()
  .trim()
  .regex(/^$|^(criterion|round):[0-9a-f-]{36}$/i, { error: 'judgingSetup.errors.ladderStepInvalid' });

export const ladderSchema = z.object({
  version: z.coerce.number({ error: 'judgingSetup.errors.versionInvalid' }).int().positive({ error: 'judgingSetup.errors.versionInvalid' }),
  steps: z.array(stepSchema).max(MAX_LADDER_STEPS),
});

export const encodeStep = (step: TieBreakStep) => (step.kind === 'criterion' ? `criterion:${step.criterionId}` : `round:${step.roundId}`);

type Choices = { criteria: { id: string; nameZh: string; nameEn: string }[]; rounds: { id: string; nameZh: string; nameEn: string; kind: 'preliminary' | 'final' }[] };

async function ladderChoices(executor: DbOrTx, round: { id: string; eventId: string }): Promise<Choices> {
  const [criteria, rounds] = await Promise.all([
    executor
      .select({ id: rubricCriteria.id, nameZh: rubricCriteria.nameZh, nameEn: rubricCriteria.nameEn })
      .from(rubricCriteria)
      .where(and(eq(rubricCriteria.roundId, round.id), isNull(rubricCriteria.parentId), eq(rubricCriteria.isBonus, false)))
      .orderBy(asc(rubricCriteria.position)),
    executor
      .select({ id: judgingRounds.id, nameZh: judgingRounds.nameZh, nameEn: judgingRounds.nameEn, kind: judgingRounds.kind })
      .from(judgingRounds)
      .where(and(eq(judgingRounds.eventId, round.eventId), ne(judgingRounds.id, round.id)))
      .orderBy(asc(judgingRounds.position)),
  ]);
  return { criteria, rounds };
}

/** The editor's data: the round (status, version, current ladder) and what a step may name. */
export async function loadTieBreakLadder(actor: Actor | null, roundId: unknown) {
  return runDomain(() =>
    db.transaction(async (tx) => {
      const id = requireId(roundId);
      const [owner] = await tx.select({ eventId: judgingRounds.eventId }).from(judgingRounds).where(eq(judgingRounds.id, id));
      if (!owner) throw new DomainFailure('not_found');
      const { event } = await requireOrganizer(tx, actor, owner.eventId);
      const [round] = await tx.select().from(judgingRounds).where(eq(judgingRounds.id, id));
      return { event, round: round!, choices: await ladderChoices(tx, round!), isEditable: round!.status === 'draft' };
    }),
  );
}

export async function saveTieBreakLadder(actor: Actor | null, roundId: unknown, raw: unknown): Promise<Result<{ version: number; steps: number }>> {
  return runDomain(() =>
    db.transaction(async (tx) => {
      const { self, event, round } = await lockRoundForOrganizer(tx, actor, roundId);
      const input = parseInput(ladderSchema, raw);
      if (round.status !== 'draft') throw new DomainFailure('closed', { form: ['judgingSetup.errors.ladderLocked'] });
      const choices = await ladderChoices(tx, round);
      const criterionIds = new Set(choices.criteria.map((c) => c.id));
      const roundIds = new Set(choices.rounds.map((r) => r.id));
      const ladder: TieBreakStep[] = [];
      const seen = new Set<string>();
      const fieldErrors: Record<string, string[]> = {};
      input.steps.forEach((value, i) => {
        if (!value) return;
        const [kind, id] = value.split(':') as ['criterion' | 'round', string];
        const key = `${kind}:${id.toLowerCase()}`;
        if (seen.has(key)) fieldErrors[`steps.${i}`] = ['judgingSetup.errors.ladderStepDuplicate'];
        else if (kind === 'criterion' ? !criterionIds.has(id.toLowerCase()) : !roundIds.has(id.toLowerCase())) fieldErrors[`steps.${i}`] = ['judgingSetup.errors.ladderStepInvalid'];
        else ladder.push(kind === 'criterion' ? { kind, criterionId: id.toLowerCase() } : { kind, roundId: id.toLowerCase() });
        seen.add(key);
      });
      if (Object.keys(fieldErrors).length) throw new DomainFailure('validation', fieldErrors);
      const updated = await bumpRoundVersion(tx, round.id, input.version, { tieBreakLadder: ladder });
      await writeAudit(tx, {
        actorId: self.userId,
        eventId: event.id,
        action: 'judging.tie_break_ladder_saved',
        entityType: 'judging_round',
        entityId: round.id,
        data: { from: round.tieBreakLadder, to: ladder },
      });
      return { version: updated.version, steps: ladder.length };
    }),
  );
}
