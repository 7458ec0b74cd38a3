import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { db, type DbOrTx } from '@/db/client';
import { adoptions, awards, events, prizes, prizeSplits, submissions, teamMembers, teams, users } from '@/db/schema';
import { requireActor } from '@/lib/auth/guards';
import type { Actor } from '@/lib/auth/actor';
import { DomainFailure } from '@/lib/result';

/*
 * The awarded team's side. Membership is re-read from team_members on every call (never from the session),
 * and anyone who is not a member of the awarded team gets "not found", so an award page does not even
 * confirm to an outsider which teams won what.
 */
export type AwardedTeamAward = Awaited<ReturnType<typeof loadAwardsOfTeam>>[number];

/** The award row with the team behind it, only if the actor is a member of that team; `lock` takes the award FOR UPDATE. */
export async function requireAwardMember(actor: Actor | null, awardId: unknown, executor: DbOrTx = db, options: { lock?: boolean } = {}) {
  const a = requireActor(actor);
  if (typeof awardId !== 'string' || !/^[0-9a-f-]{36}$/i.test(awardId)) throw new DomainFailure('not_found');
  const base = executor
    .select({ award: awards, teamId: teams.id, captainId: teams.captainId, amount: prizes.amount, timeZone: events.timeZone })
    .from(awards)
    .innerJoin(submissions, eq(submissions.id, awards.submissionId))
    .innerJoin(teams, eq(teams.id, submissions.teamId))
    .innerJoin(events, eq(events.id, awards.eventId))
    .leftJoin(prizes, eq(prizes.id, awards.prizeId))
    .where(eq(awards.id, awardId))
    .limit(1);
  const [row] = options.lock ? await base.for('update', { of: awards }) : await base;
  if (!row) throw new DomainFailure('not_found');
  const [member] = await executor
    .select({ userId: teamMembers.userId })
    .from(teamMembers)
    .where(and(eq(teamMembers.teamId, row.teamId), eq(teamMembers.userId, a.userId)))
    .limit(1);
  if (!member) throw new DomainFailure('not_found');
  return { ...row, actor: a, isCaptain: row.captainId === a.userId };
}

/** Every award of `slug`'s event won by a team the actor belongs to, with adoption, members and the declared split. */
export async function loadAwardsOfTeam(actor: Actor, slug: string) {
  const rows = await db
    .select({
      award: awards,
      event: { id: events.id, slug: events.slug, titleZh: events.titleZh, titleEn: events.titleEn, timeZone: events.timeZone },
      teamId: teams.id,
      teamName: teams.name,
      captainId: teams.captainId,
      projectTitle: submissions.title,
      amount: prizes.amount,
      adoption: adoptions,
    })
    .from(awards)
    .innerJoin(events, eq(events.id, awards.eventId))
    .innerJoin(submissions, eq(submissions.id, awards.submissionId))
    .innerJoin(teams, eq(teams.id, submissions.teamId))
    .innerJoin(teamMembers, and(eq(teamMembers.teamId, teams.id), eq(teamMembers.userId, actor.userId)))
    .leftJoin(prizes, eq(prizes.id, awards.prizeId))
    .leftJoin(adoptions, eq(adoptions.awardId, awards.id))
    .where(eq(events.slug, slug))
    .orderBy(asc(awards.createdAt), asc(awards.id));
  if (rows.length === 0) return [];
  const teamIds = [...new Set(rows.map((r) => r.teamId))];
  const members = await db
    .select({ teamId: teamMembers.teamId, userId: users.id, name: users.name, email: users.email, role: teamMembers.role })
    .from(teamMembers)
    .innerJoin(users, eq(users.id, teamMembers.userId))
    .where(inArray(teamMembers.teamId, teamIds))
    .orderBy(asc(teamMembers.joinedAt), asc(users.id));
  const splits = await db
    .select({ awardId: prizeSplits.awardId, userId: prizeSplits.userId, amount: prizeSplits.amount })
    .from(prizeSplits)
    .where(inArray(prizeSplits.awardId, rows.map((r) => r.award.id)));
  return rows.map((row) => ({
    ...row,
    isCaptain: row.captainId === actor.userId,
    members: members.filter((m) => m.teamId === row.teamId).map((m) => ({ userId: m.userId, name: m.name ?? m.email, isCaptain: m.userId === row.captainId })),
    split: splits.filter((s) => s.awardId === row.award.id),
  }));
}
