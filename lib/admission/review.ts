import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { teams } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { requireEventRole } from '@/lib/auth/guards';
import type { AdmissionMailKind } from '@/lib/mail/registration-templates';
import { requireLiveActor } from '@/lib/registrations/context';
import { sendNotices, type PendingNotice } from '@/lib/registrations/notify';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import {
  lockAdmissionEvent,
  lockTeams,
  nextReservePosition,
  parse,
  requireReviewedMode,
  setMembersRegistrations,
  setTeamStatus,
  teamEventId,
  teamNotices,
  type TeamStatus,
} from './context';
import { documentReviewSchema, finalDecisionSchema, interviewSchema, noShowSchema, reviewNoteSchema } from './schemas';
import { zonedWallTimeToInstant } from './wall-time';

/** Organizers of the event (and site admins) only; the roles are re-read in this transaction. */
async function organizerContext(tx: Tx, actor: Actor | null, eventId: string) {
  const self = await requireLiveActor(tx, actor);
  await requireEventRole(self, eventId, 'organizer', tx);
  const event = await lockAdmissionEvent(tx, eventId);
  requireReviewedMode(event);
  return { self, event };
}

type Decision = 'document_passed' | 'admitted' | 'reserve' | 'rejected';
const REGISTRATION_FOLLOWS: Record<Decision, 'pending' | 'admitted' | 'reserve' | 'rejected'> = {
  document_passed: 'pending',
  admitted: 'admitted',
  reserve: 'reserve',
  rejected: 'rejected',
};

/**
 * One decision for several teams at once (the review meeting goes through a list). Every team must be at
 * a stage the decision applies to, or nothing changes. Reserve positions follow the order given, after
 * the teams already in reserve; a team already in reserve keeps its place in the queue.
 */
async function decide(actor: Actor | null, eventId: string, raw: unknown, stage: 'document' | 'final'): Promise<Result<{ changed: number }>> {
  return runDomain(async () => {
    if (!actor) throw new DomainFailure('unauthenticated');
    const input = parse(stage === 'document' ? documentReviewSchema : finalDecisionSchema, raw);
    const allowedFrom: TeamStatus[] = stage === 'document' ? ['applied', 'document_passed'] : ['applied', 'document_passed', 'reserve'];
    const notices: PendingNotice[] = [];
    await db.transaction(async (tx) => {
      const { self, event } = await organizerContext(tx, actor, eventId);
      const locked = await lockTeams(tx, event.id, input.teamIds);
      if (locked.some((team) => !allowedFrom.includes(team.status))) throw new DomainFailure('conflict', { form: ['admission.errors.wrongStage'] });
      const byId = new Map(locked.map((team) => [team.id, team]));
      let position = await nextReservePosition(tx, event.id);
      for (const id of [...new Set(input.teamIds)]) {
        const team = byId.get(id)!;
        const reservePosition = input.decision === 'reserve' ? (team.status === 'reserve' ? team.reservePosition : position++) : null;
        await setTeamStatus(tx, event, team, self.userId, {
          status: input.decision,
          reservePosition,
          note: input.note,
          action: stage === 'document' ? 'admission.document_review' : 'admission.final_decision',
        });
        await setMembersRegistrations(tx, event, team.id, REGISTRATION_FOLLOWS[input.decision]);
        notices.push(...(await teamNotices(tx, event, team, input.decision as AdmissionMailKind, { note: input.note })));
      }
    });
    await sendNotices(notices);
    return { changed: new Set(input.teamIds).size };
  });
}

/** Document review of applied teams: passed (on to the interview), reserve, or rejected. */
export const reviewDocuments = (actor: Actor | null, eventId: string, raw: unknown) => decide(actor, eventId, raw, 'document');
/** The final lists after the interviews: admitted, reserve (ordered), rejected. */
export const decideAdmission = (actor: Actor | null, eventId: string, raw: unknown) => decide(actor, eventId, raw, 'final');

/** Runs `body` for one team of an event the actor organizes; the team's event is the authority. */
async function forTeam<T>(actor: Actor | null, teamId: string, body: (tx: Tx, ctx: Awaited<ReturnType<typeof organizerContext>> & { team: Awaited<ReturnType<typeof lockTeams>>[number] }) => Promise<T>) {
  return db.transaction(async (tx) => {
    const ctx = await organizerContext(tx, actor, await teamEventId(tx, teamId));
    const [team] = await lockTeams(tx, ctx.event.id, [teamId]);
    return body(tx, { ...ctx, team: team! });
  });
}

/** An interview slot at the workshop for a team that passed the document review; the members are told. */
export async function scheduleInterview(actor: Actor | null, raw: unknown): Promise<Result<{ interviewAt: Date }>> {
  return runDomain(async () => {
    if (!actor) throw new DomainFailure('unauthenticated');
    const input = parse(interviewSchema, raw);
    let notices: PendingNotice[] = [];
    const result = await forTeam(actor, input.teamId, async (tx, { self, event, team }) => {
      if (team.status !== 'document_passed') throw new DomainFailure('conflict', { form: ['admission.errors.wrongStage'] });
      const interviewAt = zonedWallTimeToInstant(input.at, event.timeZone);
      await tx
        .update(teams)
        .set({ interviewAt, interviewLocation: input.location, version: sql`${teams.version} + 1`, updatedAt: event.now })
        .where(eq(teams.id, team.id));
      await writeAudit(tx, { actorId: self.userId, eventId: event.id, action: 'admission.interview', entityType: 'team', entityId: team.id, data: { interviewAt, location: input.location } });
      notices = await teamNotices(tx, event, team, 'interview', { interview: { at: interviewAt, location: input.location } });
      return { interviewAt };
    });
    await sendNotices(notices);
    return result;
  });
}

/** Records (or clears) that an admitted team did not show up on the day. */
export async function markNoShow(actor: Actor | null, raw: unknown): Promise<Result<{ isNoShow: boolean }>> {
  return runDomain(async () => {
    if (!actor) throw new DomainFailure('unauthenticated');
    const input = parse(noShowSchema, raw);
    let notices: PendingNotice[] = [];
    const result = await forTeam(actor, input.teamId, async (tx, { self, event, team }) => {
      if (team.status !== 'admitted') throw new DomainFailure('conflict', { form: ['admission.errors.wrongStage'] });
      await tx.update(teams).set({ isNoShow: input.isNoShow, version: sql`${teams.version} + 1`, updatedAt: event.now }).where(eq(teams.id, team.id));
      await writeAudit(tx, { actorId: self.userId, eventId: event.id, action: 'admission.no_show', entityType: 'team', entityId: team.id, data: { isNoShow: input.isNoShow } });
      if (input.isNoShow) notices = await teamNotices(tx, event, team, 'no_show');
      return { isNoShow: input.isNoShow };
    });
    await sendNotices(notices);
    return result;
  });
}

/** The reviewers' internal note on a team (organizers only; never shown to the team). */
export async function saveReviewNote(actor: Actor | null, raw: unknown): Promise<Result<null>> {
  return runDomain(async () => {
    if (!actor) throw new DomainFailure('unauthenticated');
    const input = parse(reviewNoteSchema, raw);
    return forTeam(actor, input.teamId, async (tx, { self, event, team }) => {
      await tx.update(teams).set({ reviewNote: input.note, updatedAt: event.now }).where(eq(teams.id, team.id));
      await writeAudit(tx, { actorId: self.userId, eventId: event.id, action: 'admission.note', entityType: 'team', entityId: team.id });
      return null;
    });
  });
}
