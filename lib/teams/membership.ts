import { and, count, eq, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { teamMembers, teams } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { inviteCodeSchema, memberIdSchema, optionalMemberIdSchema } from '@/lib/validation/teams';
import {
  isMember,
  lockEvent,
  lockTeam,
  lockTeamWithEvent,
  parseId,
  parseInput,
  requireCaptain,
  requireChangeWindow,
  requireEligibleRegistration,
  requireLiveActor,
  requireMember,
  withTeamConstraints,
  type LockedEvent,
  type LockedTeam,
} from './context';

/*
 * Membership changes. The database has the last word on the rules that count rows: the team-size trigger
 * (the team row locked FOR UPDATE serialises two people taking the last place), one team per person per
 * event (a unique constraint) and the freeze at the deadline (a trigger); their refusals become messages.
 */

/** Adds `userId` to a locked team; shared by joining with a code and accepting a request. */
export async function addMemberLocked(tx: Tx, event: LockedEvent, team: LockedTeam, userId: string, field: string): Promise<void> {
  requireChangeWindow(event, team);
  await requireEligibleRegistration(tx, event.id, userId, field);
  await tx.insert(teamMembers).values({ teamId: team.id, eventId: event.id, userId, role: 'member' });
}

export async function memberCount(tx: Tx, teamId: string): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(teamMembers).where(eq(teamMembers.teamId, teamId));
  return row?.n ?? 0;
}

/** Joins the team whose invite code the actor typed or followed; an unknown code says so beside the field. */
export async function joinTeamByCode(actor: Actor | null, eventId: string, rawCode: unknown): Promise<Result<{ teamId: string }>> {
  return runDomain(async () => {
    if (!actor) throw new DomainFailure('unauthenticated');
    const code = parseInput(inviteCodeSchema, rawCode, 'code');
    return withTeamConstraints(
      () =>
        db.transaction(async (tx) => {
          const self = await requireLiveActor(tx, actor);
          const event = await lockEvent(tx, eventId);
          const [found] = await tx
            .select({ id: teams.id })
            .from(teams)
            .where(and(eq(teams.eventId, event.id), eq(teams.inviteCode, code)));
          if (!found) throw new DomainFailure('validation', { code: ['teams.errors.codeUnknown'] });
          const team = await lockTeam(tx, found.id);
          await addMemberLocked(tx, event, team, self.userId, 'code');
          await writeAudit(tx, { actorId: self.userId, eventId: event.id, action: 'team.memberJoined', entityType: 'team', entityId: team.id, data: { userId: self.userId, via: 'code' } });
          return { teamId: team.id };
        }),
      'code',
    );
  });
}

/**
 * Leaving. The captain hands the team over first, so a team is never left without someone answerable
 * for it. The last member leaving dissolves the team: the row is deleted (with its requests and any draft
 * project, by cascade), since an empty team cannot submit, blocks its name, and would otherwise need a
 * captain who is no longer in it. The audit row keeps the name for the record.
 */
export async function leaveTeam(actor: Actor | null, teamId: string): Promise<Result<{ dissolved: boolean }>> {
  return runDomain(async () => {
    if (!actor) throw new DomainFailure('unauthenticated');
    const id = parseId(teamId);
    return withTeamConstraints(() =>
      db.transaction(async (tx) => {
        const self = await requireLiveActor(tx, actor);
        const { event, team } = await lockTeamWithEvent(tx, id);
        await requireMember(tx, team, self.userId);
        requireChangeWindow(event, team);
        const size = await memberCount(tx, team.id);
        if (size === 1) {
          await tx.delete(teamMembers).where(eq(teamMembers.teamId, team.id));
          await tx.delete(teams).where(eq(teams.id, team.id));
          await writeAudit(tx, { actorId: self.userId, eventId: event.id, action: 'team.dissolved', entityType: 'team', entityId: team.id, data: { name: team.name } });
          return { dissolved: true };
        }
        if (team.captainId === self.userId) throw new DomainFailure('conflict', { form: ['teams.errors.captainMustHandOver'] });
        await removeLocked(tx, team, self.userId);
        await writeAudit(tx, { actorId: self.userId, eventId: event.id, action: 'team.memberLeft', entityType: 'team', entityId: team.id, data: { userId: self.userId } });
        return { dissolved: false };
      }),
    );
  });
}

async function removeLocked(tx: Tx, team: LockedTeam, userId: string): Promise<void> {
  if (team.secondContactId === userId) {
    await tx.update(teams).set({ secondContactId: null, updatedAt: sql`statement_timestamp()` }).where(eq(teams.id, team.id));
  }
  await tx.delete(teamMembers).where(and(eq(teamMembers.teamId, team.id), eq(teamMembers.userId, userId)));
}

/** Locks the team and checks the actor is its captain and the window is open: the start of every captain-only change. */
async function asCaptain(tx: Tx, actor: Actor, teamId: string) {
  const self = await requireLiveActor(tx, actor);
  const { event, team } = await lockTeamWithEvent(tx, teamId);
  await requireCaptain(tx, team, self.userId);
  requireChangeWindow(event, team);
  return { self, event, team };
}

/** Another member, not the actor: the target of the captain's member management. */
async function requireOtherMember(tx: Tx, team: LockedTeam, selfId: string, userId: string, field: string): Promise<void> {
  if (userId === selfId || !(await isMember(tx, team.id, userId))) throw new DomainFailure('validation', { [field]: ['teams.errors.memberInvalid'] });
}

export async function removeMember(actor: Actor | null, teamId: string, userId: unknown): Promise<Result<null>> {
  return runDomain(async () => {
    if (!actor) throw new DomainFailure('unauthenticated');
    const id = parseId(teamId);
    const target = parseInput(memberIdSchema, userId, 'form');
    return withTeamConstraints(() =>
      db.transaction(async (tx) => {
        const { self, event, team } = await asCaptain(tx, actor, id);
        await requireOtherMember(tx, team, self.userId, target, 'form');
        await removeLocked(tx, team, target);
        await writeAudit(tx, { actorId: self.userId, eventId: event.id, action: 'team.memberRemoved', entityType: 'team', entityId: team.id, data: { userId: target } });
        return null;
      }),
    );
  });
}

/** The new captain was perhaps the second contact; the old captain then takes that place, as the two must differ. */
export async function transferCaptaincy(actor: Actor | null, teamId: string, userId: unknown): Promise<Result<null>> {
  return runDomain(async () => {
    if (!actor) throw new DomainFailure('unauthenticated');
    const id = parseId(teamId);
    const target = parseInput(memberIdSchema, userId, 'form');
    return withTeamConstraints(() =>
      db.transaction(async (tx) => {
        const { self, event, team } = await asCaptain(tx, actor, id);
        await requireOtherMember(tx, team, self.userId, target, 'form');
        const secondContactId = team.secondContactId === target ? self.userId : team.secondContactId;
        await tx.update(teams).set({ captainId: target, secondContactId, updatedAt: sql`statement_timestamp()` }).where(eq(teams.id, team.id));
        await tx.update(teamMembers).set({ role: 'member' }).where(and(eq(teamMembers.teamId, team.id), eq(teamMembers.userId, self.userId)));
        await tx.update(teamMembers).set({ role: 'captain' }).where(and(eq(teamMembers.teamId, team.id), eq(teamMembers.userId, target)));
        await writeAudit(tx, { actorId: self.userId, eventId: event.id, action: 'team.captaincyTransferred', entityType: 'team', entityId: team.id, data: { from: self.userId, to: target } });
        return null;
      }),
    );
  });
}

/** The second contact CodeFest asks every team for: a member other than the captain, or nobody. */
export async function setSecondContact(actor: Actor | null, teamId: string, userId: unknown): Promise<Result<null>> {
  return runDomain(async () => {
    if (!actor) throw new DomainFailure('unauthenticated');
    const id = parseId(teamId);
    const target = parseInput(optionalMemberIdSchema, userId, 'secondContactId');
    return withTeamConstraints(() =>
      db.transaction(async (tx) => {
        const { self, event, team } = await asCaptain(tx, actor, id);
        if (target) await requireOtherMember(tx, team, self.userId, target, 'secondContactId');
        await tx.update(teams).set({ secondContactId: target, updatedAt: sql`statement_timestamp()` }).where(eq(teams.id, team.id));
        await writeAudit(tx, { actorId: self.userId, eventId: event.id, action: 'team.secondContactSet', entityType: 'team', entityId: team.id, data: { userId: target } });
        return null;
      }),
    );
  });
}
