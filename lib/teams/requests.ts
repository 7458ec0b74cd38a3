import { and, eq, isNull, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { teamMembers, teamRequests } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { consume } from '@/lib/rate-limit';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { memberIdSchema, requestMessageSchema, requestResponseSchema } from '@/lib/validation/teams';
import {
  hasEligibleRegistration,
  lockTeamWithEvent,
  parseId,
  parseInput,
  requireCaptain,
  requireChangeWindow,
  requireEligibleRegistration,
  requireLiveActor,
  withTeamConstraints,
} from './context';
import { addMemberLocked, memberCount } from './membership';
import { prepareMail, sendTeamMail, type PendingMail } from './notify';

/*
 * Asking to join and inviting: one row in team_requests, answered by the OTHER side (the captain answers a
 * person's request, the invited person answers an invitation). A partial unique index allows one open
 * request per team and person. Both are rate limited per sender: each one e-mails someone.
 */
export const TEAM_REQUEST_LIMIT = { limit: 20, windowSeconds: 60 * 60 } as const;

async function requireWithinLimit(userId: string): Promise<void> {
  if (!(await consume(`team-request:user:${userId}`, TEAM_REQUEST_LIMIT.limit, TEAM_REQUEST_LIMIT.windowSeconds))) {
    throw new DomainFailure('rate_limited');
  }
}

async function hasTeamInEvent(tx: Tx, eventId: string, userId: string): Promise<boolean> {
  const [row] = await tx.select({ teamId: teamMembers.teamId }).from(teamMembers).where(and(eq(teamMembers.eventId, eventId), eq(teamMembers.userId, userId)));
  return Boolean(row);
}

export async function requestToJoin(actor: Actor | null, teamId: string, rawMessage: unknown): Promise<Result<{ requestId: string }>> {
  let mail: PendingMail | null = null;
  const result = await runDomain(async () => {
    if (!actor) throw new DomainFailure('unauthenticated');
    const id = parseId(teamId);
    const message = parseInput(requestMessageSchema, rawMessage ?? '', 'message');
    await requireWithinLimit(actor.userId);
    return withTeamConstraints(() =>
      db.transaction(async (tx) => {
        const self = await requireLiveActor(tx, actor);
        const { event, team } = await lockTeamWithEvent(tx, id);
        requireChangeWindow(event, team);
        await requireEligibleRegistration(tx, event.id, self.userId);
        // Courtesy checks for a clear message; accepting re-checks both against the database's constraints.
        if (await hasTeamInEvent(tx, event.id, self.userId)) throw new DomainFailure('conflict', { form: ['teams.errors.alreadyInTeam'] });
        if ((await memberCount(tx, team.id)) >= event.teamSizeMax) throw new DomainFailure('conflict', { form: ['teams.errors.teamFull'] });
        const [row] = await tx.insert(teamRequests).values({ teamId: team.id, userId: self.userId, isInvitation: false, message }).returning({ id: teamRequests.id });
        await writeAudit(tx, { actorId: self.userId, eventId: event.id, action: 'team.joinRequested', entityType: 'team_request', entityId: row!.id, data: { teamId: team.id } });
        mail = await prepareMail(tx, 'requestReceived', team.captainId, { event, team, personId: self.userId, message });
        return { requestId: row!.id };
      }),
    );
  });
  if (result.ok) await sendTeamMail(mail);
  return result;
}

export async function inviteToTeam(actor: Actor | null, teamId: string, userId: unknown, rawMessage: unknown): Promise<Result<{ requestId: string }>> {
  let mail: PendingMail | null = null;
  const result = await runDomain(async () => {
    if (!actor) throw new DomainFailure('unauthenticated');
    const id = parseId(teamId);
    const target = parseInput(memberIdSchema, userId, 'form');
    const message = parseInput(requestMessageSchema, rawMessage ?? '', 'message');
    await requireWithinLimit(actor.userId);
    return withTeamConstraints(() =>
      db.transaction(async (tx) => {
        const self = await requireLiveActor(tx, actor);
        const { event, team } = await lockTeamWithEvent(tx, id);
        await requireCaptain(tx, team, self.userId);
        requireChangeWindow(event, team);
        // One message for "not registered" and "already in a team": the captain learns no more than that.
        if (!(await hasEligibleRegistration(tx, event.id, target)) || (await hasTeamInEvent(tx, event.id, target))) throw new DomainFailure('conflict', { form: ['teams.errors.personUnavailable'] });
        if ((await memberCount(tx, team.id)) >= event.teamSizeMax) throw new DomainFailure('conflict', { form: ['teams.errors.teamFull'] });
        const [row] = await tx.insert(teamRequests).values({ teamId: team.id, userId: target, isInvitation: true, message }).returning({ id: teamRequests.id });
        await writeAudit(tx, { actorId: self.userId, eventId: event.id, action: 'team.invited', entityType: 'team_request', entityId: row!.id, data: { teamId: team.id, userId: target } });
        mail = await prepareMail(tx, 'invitationReceived', target, { event, team, personId: self.userId, message });
        return { requestId: row!.id };
      }),
    );
  });
  if (result.ok) await sendTeamMail(mail);
  return result;
}

/**
 * The other side answers. Accepting adds the member in the same transaction, under every rule a join has
 * (size, one team per event, the freeze); a request that was already answered cannot be answered again.
 * Someone who is neither the addressee nor the team's captain is told the request does not exist.
 */
export async function respondToRequest(actor: Actor | null, requestId: unknown, rawDecision: unknown): Promise<Result<{ teamId: string; accepted: boolean }>> {
  let mail: PendingMail | null = null;
  const result = await runDomain(async () => {
    if (!actor) throw new DomainFailure('unauthenticated');
    const id = parseId(requestId);
    const decision = parseInput(requestResponseSchema, rawDecision, 'form');
    return withTeamConstraints(() =>
      db.transaction(async (tx) => {
        const self = await requireLiveActor(tx, actor);
        const [peek] = await tx.select({ teamId: teamRequests.teamId }).from(teamRequests).where(eq(teamRequests.id, id));
        if (!peek) throw new DomainFailure('not_found');
        const { event, team } = await lockTeamWithEvent(tx, peek.teamId);
        const [request] = await tx.select().from(teamRequests).where(eq(teamRequests.id, id)).for('update');
        if (!request) throw new DomainFailure('not_found');
        const mayAnswer = request.isInvitation ? request.userId === self.userId : team.captainId === self.userId;
        if (!mayAnswer) throw new DomainFailure('not_found');
        if (request.acceptedAt || request.declinedAt) throw new DomainFailure('conflict', { form: ['teams.errors.requestAnswered'] });

        const accepted = decision === 'accept';
        if (accepted) await addMemberLocked(tx, event, team, request.userId, 'form');
        await tx
          .update(teamRequests)
          .set(accepted ? { acceptedAt: sql`statement_timestamp()`, updatedAt: sql`statement_timestamp()` } : { declinedAt: sql`statement_timestamp()`, updatedAt: sql`statement_timestamp()` })
          .where(and(eq(teamRequests.id, request.id), isNull(teamRequests.acceptedAt), isNull(teamRequests.declinedAt)));
        await writeAudit(tx, {
          actorId: self.userId,
          eventId: event.id,
          action: accepted ? 'team.requestAccepted' : 'team.requestDeclined',
          entityType: 'team_request',
          entityId: request.id,
          data: { teamId: team.id, userId: request.userId, isInvitation: request.isInvitation },
        });
        const kind = request.isInvitation ? (accepted ? 'invitationAccepted' : 'invitationDeclined') : accepted ? 'requestAccepted' : 'requestDeclined';
        const recipient = request.isInvitation ? team.captainId : request.userId;
        mail = await prepareMail(tx, kind, recipient, { event, team, personId: request.userId });
        return { teamId: team.id, accepted };
      }),
    );
  });
  if (result.ok) await sendTeamMail(mail);
  return result;
}
