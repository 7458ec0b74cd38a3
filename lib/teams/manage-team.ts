import { and, eq, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { teamMembers, teams, tracks } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { createTeamSchema, updateTeamSchema } from '@/lib/validation/teams';
import {
  lockEvent,
  parseId,
  parseInput as parse,
  lockTeamWithEvent,
  requireCaptain,
  requireChangeWindow,
  requireEligibleRegistration,
  requireLiveActor,
  withTeamConstraints,
} from './context';
import { generateInviteCode } from './invite-code';

async function requireTrackOfEvent(tx: Tx, eventId: string, trackId: string | null) {
  if (!trackId) return;
  const [track] = await tx.select({ id: tracks.id }).from(tracks).where(and(eq(tracks.id, trackId), eq(tracks.eventId, eventId)));
  if (!track) throw new DomainFailure('validation', { trackId: ['teams.errors.trackInvalid'] });
}

/**
 * Creates a team with the actor as its captain and first member, in one transaction. The database decides
 * whether the name is free (case-insensitive unique index) and whether the actor is already in a team
 * (one team per person per event), so racing creators cannot both win.
 */
export async function createTeam(actor: Actor | null, eventId: string, raw: unknown): Promise<Result<{ teamId: string; inviteCode: string }>> {
  return runDomain(async () => {
    if (!actor) throw new DomainFailure('unauthenticated');
    const input = parse(createTeamSchema, raw);
    return withTeamConstraints(() =>
      db.transaction(async (tx) => {
        const self = await requireLiveActor(tx, actor);
        const event = await lockEvent(tx, eventId);
        await requireEligibleRegistration(tx, event.id, self.userId);
        requireChangeWindow(event);
        await requireTrackOfEvent(tx, event.id, input.trackId);
        const [team] = await tx
          .insert(teams)
          .values({ eventId: event.id, name: input.name, trackId: input.trackId, pitch: input.pitch, captainId: self.userId, inviteCode: generateInviteCode() })
          .returning({ id: teams.id, inviteCode: teams.inviteCode });
        if (!team) throw new Error('insert returned no row');
        await tx.insert(teamMembers).values({ teamId: team.id, eventId: event.id, userId: self.userId, role: 'captain' });
        await writeAudit(tx, {
          actorId: self.userId,
          eventId: event.id,
          action: 'team.created',
          entityType: 'team',
          entityId: team.id,
          data: { name: input.name, trackId: input.trackId },
        });
        return { teamId: team.id, inviteCode: team.inviteCode };
      }),
    );
  });
}

/**
 * The captain edits the team's details (name, track, pitch, "looking for members"). The form may be open
 * in several tabs, or the captaincy may change hands while it is: the UPDATE carries the version that was
 * loaded, and 0 rows means someone saved in between (refused, never merged silently).
 */
export async function updateTeam(actor: Actor | null, teamId: string, raw: unknown): Promise<Result<{ version: number }>> {
  return runDomain(async () => {
    if (!actor) throw new DomainFailure('unauthenticated');
    const id = parseId(teamId);
    const input = parse(updateTeamSchema, raw);
    return withTeamConstraints(() =>
      db.transaction(async (tx) => {
        const self = await requireLiveActor(tx, actor);
        const { event, team } = await lockTeamWithEvent(tx, id);
        await requireCaptain(tx, team, self.userId);
        requireChangeWindow(event, team);
        await requireTrackOfEvent(tx, event.id, input.trackId);
        const [updated] = await tx
          .update(teams)
          .set({
            name: input.name,
            trackId: input.trackId,
            pitch: input.pitch,
            isLookingForMembers: input.isLookingForMembers,
            rolesNeeded: input.rolesNeeded,
            version: sql`${teams.version} + 1`,
            updatedAt: sql`statement_timestamp()`,
          })
          .where(and(eq(teams.id, team.id), eq(teams.version, input.version)))
          .returning({ version: teams.version });
        if (!updated) throw new DomainFailure('stale_version');
        await writeAudit(tx, {
          actorId: self.userId,
          eventId: event.id,
          action: 'team.updated',
          entityType: 'team',
          entityId: team.id,
          data: { name: input.name, trackId: input.trackId, isLookingForMembers: input.isLookingForMembers, version: updated.version },
        });
        return updated;
      }),
    );
  });
}

/** The captain replaces a leaked invite code; the old link stops working at once. */
export async function regenerateInviteCode(actor: Actor | null, teamId: string): Promise<Result<{ inviteCode: string }>> {
  return runDomain(async () => {
    if (!actor) throw new DomainFailure('unauthenticated');
    const id = parseId(teamId);
    return db.transaction(async (tx) => {
      const self = await requireLiveActor(tx, actor);
      const { event, team } = await lockTeamWithEvent(tx, id);
      await requireCaptain(tx, team, self.userId);
      requireChangeWindow(event, team);
      const inviteCode = generateInviteCode();
      await tx.update(teams).set({ inviteCode, updatedAt: sql`statement_timestamp()` }).where(eq(teams.id, team.id));
      await writeAudit(tx, { actorId: self.userId, eventId: event.id, action: 'team.inviteCodeRegenerated', entityType: 'team', entityId: team.id });
      return { inviteCode };
    });
  });
}
