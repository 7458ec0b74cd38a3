import 'server-only';
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { teams } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { requireLiveActor } from '@/lib/registrations/context';
import { sendNotices, type PendingNotice } from '@/lib/registrations/notify';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import {
  lockAdmissionEvent,
  lockTeams,
  memberIds,
  requireReviewedMode,
  setMembersRegistrations,
  setTeamStatus,
  teamEventId,
  teamNotices,
  type AdmissionEvent,
  type TeamRow,
} from './context';
import { teamIdSchema } from './schemas';

/** The captain acts for the team; anyone else in it is told so, and outsiders learn nothing (not found). */
async function requireCaptainOf(tx: Tx, team: TeamRow, userId: string): Promise<void> {
  if (!(await memberIds(tx, team.id)).includes(userId)) throw new DomainFailure('not_found');
  if (team.captainId !== userId) throw new DomainFailure('forbidden', { form: ['admission.errors.captainOnly'] });
}

async function captainContext(tx: Tx, actor: Actor | null, rawTeamId: unknown) {
  const self = await requireLiveActor(tx, actor);
  const teamId = teamIdSchema.safeParse(rawTeamId);
  if (!teamId.success) throw new DomainFailure('not_found');
  const event = await lockAdmissionEvent(tx, await teamEventId(tx, teamId.data));
  if (!event.isPublished) throw new DomainFailure('not_found');
  const [team] = await lockTeams(tx, event.id, [teamId.data]);
  await requireCaptainOf(tx, team!, self.userId);
  return { self, event, team: team! };
}

/**
 * The captain applies for admission once the team has at least the event's minimum of members, until
 * registration closes (by the database clock). Organizers then review the application.
 */
export async function applyForAdmission(actor: Actor | null, teamId: unknown): Promise<Result<{ status: 'applied' }>> {
  return runDomain(async () => {
    if (!actor) throw new DomainFailure('unauthenticated');
    let notices: PendingNotice[] = [];
    await db.transaction(async (tx) => {
      const { self, event, team } = await captainContext(tx, actor, teamId);
      requireReviewedMode(event);
      if (team.status !== 'forming') throw new DomainFailure('conflict', { form: ['admission.errors.alreadyApplied'] });
      if (event.now.getTime() >= event.registrationClosesAt.getTime()) {
        throw new DomainFailure('deadline_passed', { form: ['admission.errors.applicationsClosed'] });
      }
      const size = (await memberIds(tx, team.id)).length;
      if (size < event.teamSizeMin) throw new DomainFailure('conflict', { form: ['admission.errors.teamTooSmall'] });
      await setTeamStatus(tx, event, team, self.userId, { status: 'applied', action: 'admission.applied' });
      notices = await teamNotices(tx, event, team, 'applied');
    });
    await sendNotices(notices);
    return { status: 'applied' as const };
  });
}

/**
 * The first reserve team (lowest position) takes the freed place, in the same transaction as the
 * withdrawal that freed it; the event row is locked, so two withdrawals cannot promote the same team.
 */
export async function promoteFirstReserve(tx: Tx, event: AdmissionEvent, actorId: string): Promise<{ teamId: string | null; notices: PendingNotice[] }> {
  const [first] = await tx
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.eventId, event.id), eq(teams.status, 'reserve'), isNotNull(teams.reservePosition)))
    .orderBy(asc(teams.reservePosition))
    .limit(1);
  if (!first) return { teamId: null, notices: [] };
  const [team] = await lockTeams(tx, event.id, [first.id]);
  await setTeamStatus(tx, event, team!, actorId, { status: 'admitted', reservePosition: null, action: 'admission.promoted' });
  await setMembersRegistrations(tx, event, team!.id, 'admitted');
  return { teamId: team!.id, notices: await teamNotices(tx, event, team!, 'promoted') };
}

/**
 * The captain withdraws the team before the event's withdrawal deadline (by the database clock; hacking
 * start when none is set). Its members' registrations are withdrawn with it, and if the team held a place
 * the first reserve team is admitted in its stead and told by e-mail.
 */
export async function withdrawTeam(actor: Actor | null, teamId: unknown): Promise<Result<{ promotedTeamId: string | null }>> {
  return runDomain(async () => {
    if (!actor) throw new DomainFailure('unauthenticated');
    let notices: PendingNotice[] = [];
    const result = await db.transaction(async (tx) => {
      const { self, event, team } = await captainContext(tx, actor, teamId);
      requireReviewedMode(event);
      if (!['applied', 'document_passed', 'admitted', 'reserve'].includes(team.status)) {
        throw new DomainFailure('conflict', { form: ['admission.errors.cannotWithdraw'] });
      }
      const deadline = event.withdrawalDeadline ?? event.hackingStartsAt;
      if (event.now.getTime() >= deadline.getTime()) throw new DomainFailure('deadline_passed', { form: ['admission.errors.withdrawalClosed'] });
      await setTeamStatus(tx, event, team, self.userId, { status: 'withdrawn', action: 'admission.withdrawn' });
      await setMembersRegistrations(tx, event, team.id, 'withdrawn');
      notices = await teamNotices(tx, event, team, 'withdrawn');
      if (team.status !== 'admitted') return { promotedTeamId: null };
      const promotion = await promoteFirstReserve(tx, event, self.userId);
      notices.push(...promotion.notices);
      return { promotedTeamId: promotion.teamId };
    });
    await sendNotices(notices);
    return result;
  });
}
