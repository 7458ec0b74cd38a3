import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { teamRemovals, teams } from '@/db/schema';
import { lockAdmissionEvent, lockTeams, nextReservePosition, parse, teamEventId } from '@/lib/admission/context';
import { writeAudit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { requireManagedEvent } from '@/lib/events/setup-access';
import { requireLiveActor } from '@/lib/registrations/context';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { reinstateTeamSchema, removeTeamSchema } from '@/lib/validation/people';

/*
 * An organizer disqualifies or withdraws a team with a reason (required, audited, shown on the teams page)
 * and may reinstate it, which restores the status it had. Lock order as in lib/admission: the event row,
 * then the team. The form carries the team's version and the UPDATE checks it, so an organizer acting on
 * a stale page (someone else removed or reinstated the team meanwhile) is refused, not silently merged.
 * The members' registrations are left as they are: a removal is undone by reinstating, and registrations
 * hold the people's own consent and check-in.
 */
async function teamContext(tx: Tx, actor: Actor | null, teamId: string) {
  const self = await requireLiveActor(tx, actor);
  const eventId = await teamEventId(tx, teamId);
  await requireManagedEvent(self, { id: eventId }, tx);
  const event = await lockAdmissionEvent(tx, eventId);
  const [team] = await lockTeams(tx, event.id, [teamId]);
  return { self, event, team: team! };
}

const REMOVED = ['disqualified', 'withdrawn'];

export async function removeTeam(actor: Actor | null, raw: unknown): Promise<Result<{ status: 'disqualified' | 'withdrawn' }>> {
  return runDomain(async () => {
    if (!actor) throw new DomainFailure('unauthenticated');
    const input = parse(removeTeamSchema, raw);
    return db.transaction(async (tx) => {
      const { self, event, team } = await teamContext(tx, actor, input.teamId);
      if (REMOVED.includes(team.status)) throw new DomainFailure('conflict', { form: ['people.errors.alreadyRemoved'] });
      const [updated] = await tx
        .update(teams)
        .set({ status: input.kind, statusReason: input.reason, reservePosition: null, version: sql`${teams.version} + 1`, updatedAt: event.now })
        .where(and(eq(teams.id, team.id), eq(teams.version, input.version)))
        .returning({ id: teams.id });
      if (!updated) throw new DomainFailure('stale_version', { form: ['people.errors.stale'] });
      await tx.insert(teamRemovals).values({
        teamId: team.id,
        eventId: event.id,
        kind: input.kind,
        reason: input.reason,
        previousStatus: team.status,
        removedBy: self.userId,
        removedAt: event.now,
      });
      await writeAudit(tx, {
        actorId: self.userId,
        eventId: event.id,
        action: `team.${input.kind}`,
        entityType: 'team',
        entityId: team.id,
        data: { from: team.status, reason: input.reason },
      });
      return { status: input.kind };
    });
  });
}

export async function reinstateTeam(actor: Actor | null, raw: unknown): Promise<Result<{ status: string }>> {
  return runDomain(async () => {
    if (!actor) throw new DomainFailure('unauthenticated');
    const input = parse(reinstateTeamSchema, raw);
    return db.transaction(async (tx) => {
      const { self, event, team } = await teamContext(tx, actor, input.teamId);
      const [removal] = await tx
        .select()
        .from(teamRemovals)
        .where(and(eq(teamRemovals.teamId, team.id), isNull(teamRemovals.reinstatedAt)))
        .for('update');
      if (!removal || !REMOVED.includes(team.status)) throw new DomainFailure('conflict', { form: ['people.errors.notRemoved'] });
      // A reserve team goes back to the end of the queue: its old place may have been taken meanwhile.
      const reservePosition = removal.previousStatus === 'reserve' ? await nextReservePosition(tx, event.id) : null;
      const [updated] = await tx
        .update(teams)
        .set({ status: removal.previousStatus, statusReason: null, reservePosition, version: sql`${teams.version} + 1`, updatedAt: event.now })
        .where(and(eq(teams.id, team.id), eq(teams.version, input.version)))
        .returning({ id: teams.id });
      if (!updated) throw new DomainFailure('stale_version', { form: ['people.errors.stale'] });
      await tx.update(teamRemovals).set({ reinstatedAt: event.now, reinstatedBy: self.userId }).where(eq(teamRemovals.id, removal.id));
      await writeAudit(tx, {
        actorId: self.userId,
        eventId: event.id,
        action: 'team.reinstated',
        entityType: 'team',
        entityId: team.id,
        data: { from: team.status, to: removal.previousStatus, reason: removal.reason },
      });
      return { status: removal.previousStatus };
    });
  });
}
