import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { rubricCriteria, scores, scoreSheets } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { validateRubric } from '@/lib/scoring/rubric';
import { rubricSchema } from '@/lib/validation/judging-setup';
import { rubricFieldErrors } from './setup-rubric-rules';
import { bumpRoundVersion, lockRoundForOrganizer, parseInput, requireNotClosed } from './setup-context';

export type RubricRow = typeof rubricCriteria.$inferSelect;

/** The round and its criteria, parents before their children, for the editor. */
export async function loadRubric(actor: Actor | null, roundId: unknown) {
  return runDomain(() =>
    db.transaction(async (tx) => {
      const { event, round } = await lockRoundForOrganizer(tx, actor, roundId);
      const criteria = await tx.select().from(rubricCriteria).where(eq(rubricCriteria.roundId, round.id)).orderBy(asc(rubricCriteria.position));
      const [scored] = await tx.select({ n: sql<number>`count(*)::int` }).from(scores).innerJoin(scoreSheets, eq(scoreSheets.id, scores.sheetId)).where(eq(scoreSheets.roundId, round.id));
      return { event, round, criteria, hasScores: (scored?.n ?? 0) > 0 };
    }),
  );
}

/**
 * Saves the whole rubric of a round at once: rows keep their ids (another engineer's tie-break ladder names
 * criteria by id), new rows are inserted, missing ones deleted. Refused once any score exists in the round
 * (changing weights under given scores would change results silently) and when the round is closed; the
 * round's version guards against two organizers editing at once.
 */
export async function saveRubric(actor: Actor | null, roundId: unknown, raw: unknown): Promise<Result<{ version: number }>> {
  return runDomain(async () => {
    const input = parseInput(rubricSchema, raw);
    const fieldErrors = rubricFieldErrors(input.criteria);
    if (Object.keys(fieldErrors).length > 0) throw new DomainFailure('validation', fieldErrors);
    return db.transaction(async (tx) => {
      const { self, event, round } = await lockRoundForOrganizer(tx, actor, roundId);
      requireNotClosed(round);
      const [scored] = await tx.select({ n: sql<number>`count(*)::int` }).from(scores).innerJoin(scoreSheets, eq(scoreSheets.id, scores.sheetId)).where(eq(scoreSheets.roundId, round.id));
      if ((scored?.n ?? 0) > 0) throw new DomainFailure('conflict', { form: ['judgingSetup.errors.rubricHasScores'] });

      const existing = new Set((await tx.select({ id: rubricCriteria.id }).from(rubricCriteria).where(eq(rubricCriteria.roundId, round.id))).map((r) => r.id));
      const ids = new Map(input.criteria.map((c) => [c.key, existing.has(c.key) ? c.key : randomUUID()]));
      // The same rules again, as lib/scoring states them for the maths: a disagreement is a bug, not a form error.
      const problems = validateRubric(input.criteria.map((c) => ({ id: ids.get(c.key)!, parentId: c.parentKey ? ids.get(c.parentKey)! : null, weight: c.weight, scaleMax: c.scaleMax, isBonus: c.isBonus })));
      if (problems.length > 0) throw new DomainFailure('validation', { total: ['judgingSetup.errors.rubricInvalid'] });

      const keep = [...ids.values()].filter((id) => existing.has(id));
      await tx.delete(rubricCriteria).where(and(eq(rubricCriteria.roundId, round.id), keep.length ? notInArray(rubricCriteria.id, keep) : sql`true`));
      // Parents first, so a child's foreign key always finds its parent; children detached first so a parent can become a child.
      if (keep.length) await tx.update(rubricCriteria).set({ parentId: null }).where(inArray(rubricCriteria.id, keep));
      const ordered = [...input.criteria.map((c, position) => ({ c, position }))].sort((a, b) => Number(!!a.c.parentKey) - Number(!!b.c.parentKey));
      for (const { c, position } of ordered) {
        const values = {
          roundId: round.id,
          parentId: c.parentKey ? ids.get(c.parentKey)! : null,
          nameZh: c.nameZh,
          nameEn: c.nameEn,
          descriptionZh: c.descriptionZh,
          descriptionEn: c.descriptionEn,
          guidanceZh: c.guidanceZh,
          guidanceEn: c.guidanceEn,
          weight: c.weight,
          scaleMax: c.scaleMax,
          isBonus: c.isBonus,
          position: position + 1,
        };
        const id = ids.get(c.key)!;
        if (existing.has(id)) await tx.update(rubricCriteria).set(values).where(eq(rubricCriteria.id, id));
        else await tx.insert(rubricCriteria).values({ id, ...values });
      }
      const updated = await bumpRoundVersion(tx, round.id, input.version);
      await writeAudit(tx, {
        actorId: self.userId,
        eventId: event.id,
        action: 'judging.rubric_saved',
        entityType: 'judging_round',
        entityId: round.id,
        data: { criteria: input.criteria.map((c) => ({ id: ids.get(c.key), parentId: c.parentKey ? ids.get(c.parentKey) : null, nameEn: c.nameEn, weight: c.weight, isBonus: c.isBonus })) },
      });
      return { version: updated.version };
    });
  });
}
