import 'server-only';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { tieDecisions } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { groupKeyOf } from './results-compute';
import { computeRoundResults } from './results';
import { hideForbidden } from './results-access';
import { lockRoundForOrganizer, parseInput } from './setup-context';

/*
 * The panel's decision on a tie the published ladder did not settle, recorded by an organizer: the order
 * of exactly that group of projects under that method. It is accepted only while the projects are still
 * tied (recomputed in the same transaction, the round locked), so a decision can never reorder projects
 * that the scores already separate; a later sheet that changes the group leaves the old decision unused
 * (results-compute matches decisions by the group's members). Re-deciding replaces it; both are audited.
 */
export const tieDecisionSchema = z.object({
  roundId: z.uuid(),
  method: z.enum(['raw_mean', 'z_score', 'rank_sum']),
  places: z.record(z.uuid(), z.coerce.number().int('judgingResults.errors.orderInvalid')),
  note: z.string().trim().max(500, 'judgingResults.errors.noteTooLong').default(''),
});

export async function recordTieDecision(actor: Actor | null, raw: unknown): Promise<Result<{ order: string[] }>> {
  return runDomain(() =>
    db.transaction(async (tx) => {
      const input = parseInput(tieDecisionSchema, raw);
      const { self, event, round } = await lockRoundForOrganizer(tx, actor, input.roundId).catch(hideForbidden);
      const ids = Object.keys(input.places);
      const places = ids.map((id) => input.places[id]!).sort((a, b) => a - b);
      // The places must be 1..n, each once: the panel orders the whole group, it does not leave gaps.
      if (ids.length < 2 || places.some((p, i) => p !== i + 1)) throw new DomainFailure('validation', { places: ['judgingResults.errors.orderInvalid'] });
      const key = groupKeyOf(ids);
      const { results } = await computeRoundResults(tx, round);
      const rankings = [results.overall[input.method], ...results.byTrack.map((t) => t.rankings[input.method])];
      if (!rankings.some((r) => r.ties.some((t) => groupKeyOf(t.projectIds) === key))) {
        throw new DomainFailure('conflict', { places: ['judgingResults.errors.notTied'] });
      }
      const order = [...ids].sort((a, b) => input.places[a]! - input.places[b]!);
      await tx
        .insert(tieDecisions)
        .values({ roundId: round.id, method: input.method, groupKey: key, orderedSubmissionIds: order, note: input.note, decidedBy: self.userId })
        .onConflictDoUpdate({
          target: [tieDecisions.roundId, tieDecisions.method, tieDecisions.groupKey],
          set: { orderedSubmissionIds: order, note: input.note, decidedBy: self.userId, createdAt: sql`statement_timestamp()` },
        });
      await writeAudit(tx, {
        actorId: self.userId,
        eventId: event.id,
        action: 'judging.tie_decided',
        entityType: 'judging_round',
        entityId: round.id,
        data: { method: input.method, order, note: input.note },
      });
      return { order };
    }),
  );
}
