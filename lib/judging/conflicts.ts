import 'server-only';
import { and, asc, eq, inArray, isNull, ne } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { conflictsOfInterest, eventRoles, teams } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { requireEventRole } from '@/lib/auth/guards';
import { requireLiveActor } from '@/lib/registrations/context';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { conflictSchema } from '@/lib/validation/judging-setup';
import { recomputeAutomaticConflicts } from './setup-conflict-sql';
import { parseInput, requireId, requireOrganizer } from './setup-context';

async function requireJudge(tx: Tx, actor: Actor | null, eventId: string) {
  const self = await requireLiveActor(tx, actor);
  const event = await requireEventRole(self, eventId, 'judge', tx);
  return { self, event };
}

async function insertConflict(tx: Tx, eventId: string, judgeId: string, input: { teamId: string | null; affiliation: string; reason: string }, source: 'declared' | 'organizer') {
  if (input.teamId) {
    const [team] = await tx.select({ id: teams.id }).from(teams).where(and(eq(teams.id, input.teamId), eq(teams.eventId, eventId)));
    if (!team) throw new DomainFailure('validation', { teamId: ['judgingSetup.errors.teamInvalid'] });
  }
  const [row] = await tx
    .insert(conflictsOfInterest)
    .values({ eventId, judgeId, teamId: input.teamId, affiliation: input.affiliation || null, reason: input.reason, source })
    .returning({ id: conflictsOfInterest.id });
  // An affiliation expands into team conflicts; the rows are kept current so every page shows them.
  await recomputeAutomaticConflicts(tx, eventId, judgeId);
  return row!.id;
}

/** A judge declares a conflict of interest with a team or an affiliation (before or during judging). */
export async function declareConflict(actor: Actor | null, eventId: unknown, raw: unknown): Promise<Result<{ conflictId: string }>> {
  return runDomain(async () => {
    const id = requireId(eventId);
    const input = parseInput(conflictSchema, raw);
    return db.transaction(async (tx) => {
      const { self, event } = await requireJudge(tx, actor, id);
      const conflictId = await insertConflict(tx, event.id, self.userId, input, 'declared');
      await writeAudit(tx, { actorId: self.userId, eventId: event.id, action: 'judging.conflict_declared', entityType: 'conflict', entityId: conflictId, data: { teamId: input.teamId, affiliation: input.affiliation } });
      return { conflictId };
    });
  });
}

/** An organizer records a conflict they know of, for one of the event's judges. */
export async function addConflict(actor: Actor | null, eventId: unknown, raw: unknown): Promise<Result<{ conflictId: string }>> {
  return runDomain(async () => {
    const id = requireId(eventId);
    const input = parseInput(conflictSchema, raw);
    if (!input.judgeId) throw new DomainFailure('validation', { judgeId: ['judgingSetup.errors.judgeInvalid'] });
    return db.transaction(async (tx) => {
      const { self, event } = await requireOrganizer(tx, actor, id);
      const [judge] = await tx
        .select({ id: eventRoles.id })
        .from(eventRoles)
        .where(and(eq(eventRoles.eventId, event.id), eq(eventRoles.userId, input.judgeId!), eq(eventRoles.role, 'judge'), isNull(eventRoles.revokedAt)));
      if (!judge) throw new DomainFailure('validation', { judgeId: ['judgingSetup.errors.judgeInvalid'] });
      const conflictId = await insertConflict(tx, event.id, input.judgeId!, input, 'organizer');
      await writeAudit(tx, { actorId: self.userId, eventId: event.id, action: 'judging.conflict_added', entityType: 'conflict', entityId: conflictId, data: { judgeId: input.judgeId, teamId: input.teamId, affiliation: input.affiliation } });
      return { conflictId };
    });
  });
}

/**
 * Removes a declared or organizer-entered conflict: the judge their own, the organizer any. Automatic
 * conflicts follow the data and cannot be removed by hand (they would come back at the next recompute).
 */
export async function removeConflict(actor: Actor | null, conflictId: unknown): Promise<Result<null>> {
  return runDomain(async () => {
    const id = requireId(conflictId);
    return db.transaction(async (tx) => {
      const self = await requireLiveActor(tx, actor);
      const [row] = await tx.select().from(conflictsOfInterest).where(eq(conflictsOfInterest.id, id)).for('update');
      if (!row) throw new DomainFailure('not_found');
      const isOwn = row.judgeId === self.userId && row.source === 'declared';
      if (isOwn) await requireJudge(tx, self, row.eventId);
      else await requireOrganizer(tx, self, row.eventId);
      if (row.source === 'automatic') throw new DomainFailure('conflict', { form: ['judgingSetup.errors.automaticConflict'] });
      await tx.delete(conflictsOfInterest).where(eq(conflictsOfInterest.id, id));
      await recomputeAutomaticConflicts(tx, row.eventId, row.judgeId);
      await writeAudit(tx, { actorId: self.userId, eventId: row.eventId, action: 'judging.conflict_removed', entityType: 'conflict', entityId: id, data: { judgeId: row.judgeId, teamId: row.teamId, affiliation: row.affiliation } });
      return null;
    });
  });
}

/** The judge's own conflicts page: what they declared, what was found, and the teams they may name. */
export async function loadMyConflicts(actor: Actor | null, eventId: string) {
  return runDomain(() =>
    db.transaction(async (tx) => {
      const { self, event } = await requireJudge(tx, actor, eventId);
      const [conflicts, teamRows] = await Promise.all([
        tx
          .select({ id: conflictsOfInterest.id, teamName: teams.name, affiliation: conflictsOfInterest.affiliation, source: conflictsOfInterest.source, reason: conflictsOfInterest.reason })
          .from(conflictsOfInterest)
          .leftJoin(teams, eq(teams.id, conflictsOfInterest.teamId))
          .where(and(eq(conflictsOfInterest.eventId, event.id), eq(conflictsOfInterest.judgeId, self.userId)))
          .orderBy(asc(conflictsOfInterest.createdAt)),
        tx
          .select({ id: teams.id, name: teams.name })
          .from(teams)
          .where(and(eq(teams.eventId, event.id), ne(teams.status, 'withdrawn'), inArray(teams.status, ['forming', 'applied', 'document_passed', 'admitted', 'reserve'])))
          .orderBy(asc(teams.name)),
      ]);
      return { event, conflicts, teams: teamRows };
    }),
  );
}
