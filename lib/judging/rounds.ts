import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { judgeAssignments, judgingRounds, rubricCriteria, tracks } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { validateRubric } from '@/lib/scoring/rubric';
import { roundSchema, roundStatusSchema, versionSchema, type RoundInput } from '@/lib/validation/judging-setup';
import { bumpRoundVersion, lockRoundForOrganizer, parseInput, requireId, requireOrganizer } from './setup-context';

/** The organizer's rounds page: every round of the event with its criteria count and assignment count. */
export async function loadRounds(actor: Actor | null, eventId: string) {
  return runDomain(() =>
    db.transaction(async (tx) => {
      const { event } = await requireOrganizer(tx, actor, eventId);
      const [rounds, trackRows] = await Promise.all([
        tx
          .select({
            round: judgingRounds,
            criteria: sql<number>`(select count(*)::int from ${rubricCriteria} c where c.round_id = ${judgingRounds.id})`,
            assignments: sql<number>`(select count(*)::int from ${judgeAssignments} a where a.round_id = ${judgingRounds.id})`,
          })
          .from(judgingRounds)
          .where(eq(judgingRounds.eventId, event.id))
          .orderBy(asc(judgingRounds.position)),
        tx.select({ id: tracks.id, nameZh: tracks.nameZh, nameEn: tracks.nameEn }).from(tracks).where(eq(tracks.eventId, event.id)).orderBy(asc(tracks.position)),
      ]);
      return { event, rounds, tracks: trackRows };
    }),
  );
}

async function requireTrackOfEvent(tx: Tx, eventId: string, trackId: string | null) {
  if (!trackId) return;
  const [row] = await tx.select({ id: tracks.id }).from(tracks).where(and(eq(tracks.id, trackId), eq(tracks.eventId, eventId)));
  if (!row) throw new DomainFailure('validation', { trackId: ['judgingSetup.errors.trackInvalid'] });
}

const roundValues = (input: RoundInput) => ({
  kind: input.kind,
  nameZh: input.nameZh,
  nameEn: input.nameEn,
  trackId: input.trackId,
  assignmentMode: input.assignmentMode,
  judgesPerProject: input.assignmentMode === 'k_judges' ? input.judgesPerProject : null,
  assignmentSeed: input.assignmentSeed,
  rankingMethod: input.rankingMethod,
  advanceCount: input.advanceCount,
  presentationSeconds: input.presentationSeconds,
  qaSeconds: input.qaSeconds,
});

/** A new round (a draft: no rubric, no assignments), placed after the event's last round. */
export async function createRound(actor: Actor | null, eventId: unknown, raw: unknown): Promise<Result<{ roundId: string }>> {
  return runDomain(async () => {
    const id = requireId(eventId);
    const input = parseInput(roundSchema, raw);
    return db.transaction(async (tx) => {
      const { self, event } = await requireOrganizer(tx, actor, id);
      await requireTrackOfEvent(tx, event.id, input.trackId);
      // Positions are unique per event; the event's rounds are few, so a max+1 under the unique constraint is enough.
      const [round] = await tx
        .insert(judgingRounds)
        .values({ eventId: event.id, ...roundValues(input), position: sql`(select coalesce(max(position), 0) + 1 from judging_rounds where event_id = ${event.id})` })
        .returning({ id: judgingRounds.id });
      await writeAudit(tx, { actorId: self.userId, eventId: event.id, action: 'judging.round_created', entityType: 'judging_round', entityId: round!.id, data: roundValues(input) });
      return { roundId: round!.id };
    });
  });
}

/** Edits a round's settings (version-checked); a closed round keeps the settings it was judged under. */
export async function updateRound(actor: Actor | null, roundId: unknown, raw: unknown): Promise<Result<{ version: number }>> {
  return runDomain(async () => {
    const input = parseInput(roundSchema, raw);
    const version = parseInput(versionSchema, (raw as Record<string, unknown> | null)?.version);
    return db.transaction(async (tx) => {
      const { self, event, round } = await lockRoundForOrganizer(tx, actor, roundId);
      if (round.status === 'closed') throw new DomainFailure('closed', { form: ['judgingSetup.errors.roundClosed'] });
      await requireTrackOfEvent(tx, event.id, input.trackId);
      const updated = await bumpRoundVersion(tx, round.id, version, roundValues(input));
      await writeAudit(tx, { actorId: self.userId, eventId: event.id, action: 'judging.round_updated', entityType: 'judging_round', entityId: round.id, data: roundValues(input) });
      return { version: updated.version };
    });
  });
}

/**
 * Opens or closes a round (or reopens a closed one). Opening needs a valid rubric. Closing stamps
 * closesAt with the database clock, so the score trigger (0009) and the assignment trigger (0012) refuse
 * every later write; the round row is locked FOR UPDATE, so a write in flight finishes first.
 */
export async function setRoundStatus(actor: Actor | null, roundId: unknown, raw: unknown): Promise<Result<{ version: number }>> {
  return runDomain(async () => {
    const input = parseInput(roundStatusSchema, raw);
    return db.transaction(async (tx) => {
      const { self, event, round } = await lockRoundForOrganizer(tx, actor, roundId);
      if (input.status === 'open') {
        const criteria = await tx.select().from(rubricCriteria).where(eq(rubricCriteria.roundId, round.id));
        if (validateRubric(criteria).length > 0) throw new DomainFailure('conflict', { form: ['judgingSetup.errors.rubricNotReady'] });
      }
      const changes =
        input.status === 'closed'
          ? { status: 'closed' as const, closesAt: sql`statement_timestamp()` }
          : input.status === 'open'
            ? { status: 'open' as const, opensAt: sql`coalesce(${judgingRounds.opensAt}, statement_timestamp())`, closesAt: sql`case when ${judgingRounds.closesAt} <= statement_timestamp() then null else ${judgingRounds.closesAt} end` }
            : { status: 'draft' as const };
      const updated = await bumpRoundVersion(tx, round.id, input.version, changes as Partial<typeof judgingRounds.$inferInsert>);
      await writeAudit(tx, { actorId: self.userId, eventId: event.id, action: 'judging.round_status', entityType: 'judging_round', entityId: round.id, data: { from: round.status, to: input.status } });
      return { version: updated.version };
    });
  });
}
