import 'server-only';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { conflictsOfInterest, eventRoles, judgeAssignments, judgeInvitations, judgingRounds, scoreSheets, teams, tracks, users } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { removeRoleSchema } from '@/lib/validation/judging-setup';
import { parseInput, requireId, requireOrganizer } from './setup-context';

/** The organizer's judges page: people with a judging role (removed ones too, marked), invitations (withdrawn ones marked), conflicts. */
export async function loadJudgesPanel(actor: Actor | null, eventId: string) {
  return runDomain(() =>
    db.transaction(async (tx) => {
      const { event } = await requireOrganizer(tx, actor, eventId);
      const [people, invitations, trackRows, teamRows, conflicts] = await Promise.all([
        tx
          .select({ userId: users.id, name: users.name, email: users.email, role: eventRoles.role, trackId: eventRoles.trackId, revokedAt: eventRoles.revokedAt })
          .from(eventRoles)
          .innerJoin(users, eq(users.id, eventRoles.userId))
          .where(and(eq(eventRoles.eventId, event.id), inArray(eventRoles.role, ['judge', 'topic_owner'])))
          .orderBy(asc(eventRoles.role), asc(users.name)),
        tx
          .select({
            id: judgeInvitations.id,
            email: judgeInvitations.email,
            role: judgeInvitations.role,
            expiresAt: judgeInvitations.expiresAt,
            acceptedAt: judgeInvitations.acceptedAt,
            revokedAt: judgeInvitations.revokedAt,
          })
          .from(judgeInvitations)
          .where(eq(judgeInvitations.eventId, event.id))
          .orderBy(desc(judgeInvitations.createdAt))
          .limit(100),
        tx.select({ id: tracks.id, nameZh: tracks.nameZh, nameEn: tracks.nameEn }).from(tracks).where(eq(tracks.eventId, event.id)).orderBy(asc(tracks.position)),
        tx.select({ id: teams.id, name: teams.name }).from(teams).where(eq(teams.eventId, event.id)).orderBy(asc(teams.name)),
        tx
          .select({ id: conflictsOfInterest.id, judgeId: conflictsOfInterest.judgeId, teamId: conflictsOfInterest.teamId, teamName: teams.name, affiliation: conflictsOfInterest.affiliation, source: conflictsOfInterest.source, reason: conflictsOfInterest.reason })
          .from(conflictsOfInterest)
          .leftJoin(teams, eq(teams.id, conflictsOfInterest.teamId))
          .where(eq(conflictsOfInterest.eventId, event.id))
          .orderBy(asc(conflictsOfInterest.createdAt)),
      ]);
      return { event, people, invitations, tracks: trackRows, teams: teamRows, conflicts };
    }),
  );
}

/**
 * Removes a judge (or a topic owner): the role is revoked, not deleted, so their submitted scores stay in
 * the record, marked as a removed judge's by `revokedAt`. Their assignments that have no score sheet yet,
 * in rounds that are not closed, are released so the next assignment run gives those projects to others.
 */
export async function removeEventRole(actor: Actor | null, eventId: unknown, raw: unknown): Promise<Result<{ released: number }>> {
  return runDomain(async () => {
    const id = requireId(eventId);
    const input = parseInput(removeRoleSchema, raw);
    return db.transaction(async (tx) => {
      const { self, event } = await requireOrganizer(tx, actor, id);
      const [revoked] = await tx
        .update(eventRoles)
        .set({ revokedAt: sql`statement_timestamp()` })
        .where(and(eq(eventRoles.eventId, event.id), eq(eventRoles.userId, input.userId), eq(eventRoles.role, input.role), isNull(eventRoles.revokedAt)))
        .returning({ id: eventRoles.id });
      if (!revoked) throw new DomainFailure('not_found');
      let released = 0;
      if (input.role === 'judge') {
        const rows = await tx
          .delete(judgeAssignments)
          .where(
            and(
              eq(judgeAssignments.judgeId, input.userId),
              inArray(judgeAssignments.roundId, tx.select({ id: judgingRounds.id }).from(judgingRounds).where(and(eq(judgingRounds.eventId, event.id), sql`${judgingRounds.status} <> 'closed'`))),
              sql`not exists (select 1 from ${scoreSheets} s where s.round_id = ${judgeAssignments.roundId} and s.judge_id = ${judgeAssignments.judgeId} and s.submission_id = ${judgeAssignments.submissionId})`,
            ),
          )
          .returning({ id: judgeAssignments.id });
        released = rows.length;
      }
      await writeAudit(tx, { actorId: self.userId, eventId: event.id, action: 'judging.role_removed', entityType: 'event_role', entityId: revoked.id, data: { userId: input.userId, role: input.role, released } });
      return { released };
    });
  });
}
