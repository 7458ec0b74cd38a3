import { and, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { registrations, teamMembers } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { lookingForTeamSchema } from '@/lib/validation/teams';
import { parseInput, lockEvent, requireChangeWindow, requireEligibleRegistration, requireLiveActor } from './context';

/*
 * A participant's own team-finder listing: "I am looking for a team", with a note on what they look for.
 * The listing shows the display name, skills and note from the registration, never the e-mail address.
 * Only someone without a team lists themselves; the registration row is locked by the eligibility check.
 */
export async function setLookingForTeam(actor: Actor | null, eventId: string, raw: unknown): Promise<Result<{ isLooking: boolean }>> {
  return runDomain(async () => {
    if (!actor) throw new DomainFailure('unauthenticated');
    const input = parseInput(lookingForTeamSchema, raw);
    return db.transaction(async (tx) => {
      const self = await requireLiveActor(tx, actor);
      const event = await lockEvent(tx, eventId);
      requireChangeWindow(event);
      await requireEligibleRegistration(tx, event.id, self.userId);
      if (input.isLooking) {
        const [inTeam] = await tx
          .select({ teamId: teamMembers.teamId })
          .from(teamMembers)
          .where(and(eq(teamMembers.eventId, event.id), eq(teamMembers.userId, self.userId)));
        if (inTeam) throw new DomainFailure('conflict', { isLooking: ['teams.errors.alreadyInTeam'] });
      }
      await tx
        .update(registrations)
        .set({ isLookingForTeam: input.isLooking, lookingForNote: input.note, updatedAt: sql`statement_timestamp()` })
        .where(and(eq(registrations.eventId, event.id), eq(registrations.userId, self.userId)));
      await writeAudit(tx, {
        actorId: self.userId,
        eventId: event.id,
        action: input.isLooking ? 'team.finderListed' : 'team.finderUnlisted',
        entityType: 'registration',
        entityId: self.userId,
        data: { note: input.note },
      });
      return { isLooking: input.isLooking };
    });
  });
}
