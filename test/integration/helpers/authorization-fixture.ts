import { createHash, randomUUID } from 'node:crypto';
import { eq, sql as rawSql } from 'drizzle-orm';
import { db, sql, type Tx } from '@/db/client';
import {
  adoptions,
  announcements,
  awards,
  complianceItems,
  conflictsOfInterest,
  customQuestions,
  eventBanners,
  events,
  eventRoles,
  judgeAssignments,
  judgeInvitations,
  judgingRounds,
  prizes,
  registrations,
  rubricCriteria,
  scoreSheets,
  submissionConflicts,
  submissions,
  submissionFiles,
  teamMembers,
  teamRequests,
  teams,
  tracks,
  users,
} from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { INVITE_CODE_ALPHABET } from '@/lib/teams/invite-code';
import { insertEvent, insertSubmission } from './domain-rows';

/*
 * The authorization matrix's world: one event with everything an entry point can act on, and one user per
 * kind of actor. Built from plain rows (no domain calls), so the domain function under test is the first
 * code that decides anything. Every call builds a new event and new users, so one database holds many
 * fixtures side by side and an allowed actor's change never leaks into another test.
 */
export const ACTOR_KINDS = ['anonymous', 'participant', 'otherTeam', 'judge', 'conflictedJudge', 'otherOrganizer', 'organizer', 'siteAdmin'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type ExtraKind = 'loner' | 'topicOwner' | 'teammate' | 'revokedOrganizer';

/**
 * registration: registration open, hacking weeks away. hacking: registration closed, submissions open.
 * judging: deadline passed, the round open. results: judging over, results published, adoption under way.
 */
export type Phase = 'registration' | 'hacking' | 'judging' | 'results';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
const unique = () => randomUUID().slice(0, 8);
const inviteCode = () => Array.from({ length: 10 }, () => INVITE_CODE_ALPHABET[Math.floor(Math.random() * INVITE_CODE_ALPHABET.length)]).join('');

function timeline(phase: Phase) {
  const now = Date.now();
  const at = (ms: number) => new Date(now + ms);
  switch (phase) {
    case 'registration':
      return { registrationOpensAt: at(-10 * DAY), registrationClosesAt: at(10 * DAY), hackingStartsAt: at(20 * DAY), submissionDeadline: at(21 * DAY), judgingEndsAt: at(30 * DAY) };
    case 'hacking':
      return { registrationOpensAt: at(-10 * DAY), registrationClosesAt: at(-2 * DAY), hackingStartsAt: at(-HOUR), submissionDeadline: at(DAY), judgingEndsAt: at(7 * DAY) };
    case 'judging':
      return { registrationOpensAt: at(-10 * DAY), registrationClosesAt: at(-5 * DAY), hackingStartsAt: at(-3 * DAY), submissionDeadline: at(-DAY), judgingEndsAt: at(7 * DAY) };
    case 'results':
      return { registrationOpensAt: at(-30 * DAY), registrationClosesAt: at(-25 * DAY), hackingStartsAt: at(-20 * DAY), submissionDeadline: at(-19 * DAY), judgingEndsAt: at(-10 * DAY), resultsPublishedAt: at(-9 * DAY) };
  }
}

/** A 1×1 transparent PNG: the smallest image the upload and banner checks accept by its magic bytes. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** One transaction: a fixture is some 40 statements, and one commit instead of forty is most of its cost. */
export function buildFixture(phase: Phase) {
  return db.transaction((tx) => writeFixture(tx, phase));
}

async function writeFixture(tx: Tx, phase: Phase) {
  const names = ['Participant', 'Teammate', 'OtherTeam', 'Loner', 'Judge', 'ConflictedJudge', 'SpareJudge', 'TopicOwner', 'CoOrganizer', 'RevokedOrganizer', 'Organizer', 'OtherOrganizer', 'SiteAdmin'] as const;
  const rows = await tx
    .insert(users)
    .values(names.map((name) => ({ name, email: `${name.toLowerCase()}-${unique()}@authz.example`, isSiteAdmin: name === 'SiteAdmin' })))
    .returning();
  const byName = (name: (typeof names)[number]) => rows.find((r) => r.name === name)!;
  const u = {
    participant: byName('Participant'),
    teammate: byName('Teammate'),
    otherTeam: byName('OtherTeam'),
    loner: byName('Loner'),
    judge: byName('Judge'),
    conflictedJudge: byName('ConflictedJudge'),
    spareJudge: byName('SpareJudge'),
    topicOwner: byName('TopicOwner'),
    coOrganizer: byName('CoOrganizer'),
    revokedOrganizer: byName('RevokedOrganizer'),
    organizer: byName('Organizer'),
    otherOrganizer: byName('OtherOrganizer'),
    siteAdmin: byName('SiteAdmin'),
  };
  // Teams, members and projects are written while the event is in its hacking phase (the database freezes
  // teams after the deadline); the timeline is moved to the asked-for phase afterwards.
  const event = await insertEvent({ isPublished: true, teamSizeMin: 1, teamSizeMax: 5, admissionMode: phase === 'registration' ? 'reviewed' : 'automatic', ...timeline(phase === 'registration' ? 'registration' : 'hacking') }, tx);
  const otherEvent = await insertEvent({ isPublished: true, ...timeline(phase) }, tx);
  // Track C is used by nobody (what an organizer may delete).
  const [trackA, trackB, trackC] = await tx
    .insert(tracks)
    .values([
      { eventId: event.id, slug: `track-a-${unique()}`, nameEn: 'Track A', nameZh: '甲組' },
      { eventId: event.id, slug: `track-b-${unique()}`, nameEn: 'Track B', nameZh: '乙組' },
      { eventId: event.id, slug: `track-c-${unique()}`, nameEn: 'Track C', nameZh: '丙組' },
    ])
    .returning();
  await tx.insert(eventRoles).values([
    { eventId: event.id, userId: u.organizer.id, role: 'organizer' },
    { eventId: event.id, userId: u.coOrganizer.id, role: 'organizer' },
    { eventId: event.id, userId: u.revokedOrganizer.id, role: 'organizer', revokedAt: new Date() },
    { eventId: event.id, userId: u.judge.id, role: 'judge' },
    { eventId: event.id, userId: u.conflictedJudge.id, role: 'judge' },
    { eventId: event.id, userId: u.spareJudge.id, role: 'judge' },
    { eventId: event.id, userId: u.topicOwner.id, role: 'topic_owner', trackId: trackA!.id },
    { eventId: otherEvent.id, userId: u.otherOrganizer.id, role: 'organizer' },
  ] as (typeof eventRoles.$inferInsert)[]);
  const [complianceItem] = await tx.insert(complianceItems).values({ eventId: event.id, labelEn: 'Licence', labelZh: '授權', position: 1 } as typeof complianceItems.$inferInsert).returning();
  const consent = { consentRulesAt: new Date(), consentDataAt: new Date() };
  const [regParticipant, , regOtherTeam, regLoner] = await tx
    .insert(registrations)
    .values([
      { eventId: event.id, userId: u.participant.id, displayName: 'Participant', status: 'admitted', ...consent },
      { eventId: event.id, userId: u.teammate.id, displayName: 'Teammate', status: 'admitted', ...consent },
      { eventId: event.id, userId: u.otherTeam.id, displayName: 'Other team', status: 'admitted', ...consent },
      { eventId: event.id, userId: u.loner.id, displayName: 'Loner', status: 'admitted', isLookingForTeam: true, ...consent },
    ])
    .returning();
  const [teamA, teamB] = await tx
    .insert(teams)
    .values([
      { eventId: event.id, captainId: u.participant.id, name: `Team A ${unique()}`, inviteCode: inviteCode(), trackId: trackA!.id, status: 'admitted' },
      { eventId: event.id, captainId: u.otherTeam.id, name: `Team B ${unique()}`, inviteCode: inviteCode(), trackId: trackB!.id, status: 'admitted' },
    ])
    .returning();
  await tx.insert(teamMembers).values([
    { teamId: teamA!.id, eventId: event.id, userId: u.participant.id, role: 'captain' },
    { teamId: teamA!.id, eventId: event.id, userId: u.teammate.id, role: 'member' },
    { teamId: teamB!.id, eventId: event.id, userId: u.otherTeam.id, role: 'captain' },
  ]);
  const submitted = phase === 'judging' || phase === 'results';
  const subA = await insertSubmission(teamA!, tx);
  const subB = await insertSubmission(teamB!, tx);
  for (const [sub, trackId] of [[subA, trackA!.id], [subB, trackB!.id]] as const) {
    await tx.update(submissions).set({ trackId, compliance: { [complianceItem!.id]: true }, ...(submitted ? { status: 'submitted', submittedAt: new Date() } : {}) }).where(eq(submissions.id, sub.id));
  }
  const [fileA] = await tx
    .insert(submissionFiles)
    .values({ submissionId: subA.id, kind: 'screenshot', contentType: 'image/png', byteSize: PNG.length, data: PNG, sha256: createHash('sha256').update(PNG).digest('hex'), altText: 'Screenshot' } as typeof submissionFiles.$inferInsert)
    .returning();
  // A stale save of the teammate's, kept for team A to settle (resolveConflict).
  const [submissionConflict] = await tx.insert(submissionConflicts).values({ submissionId: subA.id, baseVersion: 1, snapshot: { title: 'Theirs' }, editedBy: u.teammate.id }).returning();
  if (phase === 'judging' || phase === 'results') {
    const { resultsPublishedAt: _published, ...moved } = timeline(phase) as ReturnType<typeof timeline> & { resultsPublishedAt?: Date };
    void _published;
    await tx.update(events).set(moved).where(eq(events.id, event.id));
  }
  const judging = phase === 'judging';
  const [round] = await tx
    .insert(judgingRounds)
    .values({ eventId: event.id, kind: 'preliminary', nameEn: 'Preliminary', nameZh: '初賽', status: judging || phase === 'results' ? 'open' : 'draft', presentationSeconds: 300, qaSeconds: 120 })
    .returning();
  const [c1, c2] = await tx
    .insert(rubricCriteria)
    .values([
      { roundId: round!.id, nameEn: 'Impact', nameZh: '影響', weight: 60, scaleMax: 10, position: 1 },
      { roundId: round!.id, nameEn: 'Craft', nameZh: '技術', weight: 40, scaleMax: 10, position: 2 },
    ])
    .returning();
  const [conflict] = await tx.insert(conflictsOfInterest).values({ eventId: event.id, judgeId: u.conflictedJudge.id, teamId: teamA!.id, reason: 'Former colleague', source: 'declared' }).returning();
  // The judge scores both projects; the conflicted judge only B (the declared conflict keeps them off A).
  const [, assignmentJudgeB] = await tx.insert(judgeAssignments).values([
    { roundId: round!.id, judgeId: u.judge.id, submissionId: subA.id },
    { roundId: round!.id, judgeId: u.judge.id, submissionId: subB.id },
    { roundId: round!.id, judgeId: u.conflictedJudge.id, submissionId: subB.id },
  ]).returning();
  // A submitted sheet of the judge's on B (what an organizer may reopen); written while the round is open.
  let sheetB: { id: string } | undefined;
  if (judging || phase === 'results') {
    const [row] = await tx.insert(scoreSheets).values({ roundId: round!.id, judgeId: u.judge.id, submissionId: subB.id }).returning();
    await tx.execute(rawSql`insert into scores (sheet_id, criterion_id, value) values (${row!.id}, ${c1!.id}, 0.7), (${row!.id}, ${c2!.id}, 0.6)`);
    await tx.execute(rawSql`update score_sheets set status = 'submitted', submitted_at = now(), version = 2 where id = ${row!.id}`);
    if (phase === 'results') await tx.execute(rawSql`update judging_rounds set status = 'closed' where id = ${round!.id}`);
    sheetB = row!;
  }
  if (phase === 'results') await tx.update(events).set({ resultsPublishedAt: new Date(Date.now() - 9 * DAY) }).where(eq(events.id, event.id));
  const [prize] = await tx.insert(prizes).values({ eventId: event.id, nameEn: 'Gold', nameZh: '金獎', amount: 50000, count: 1, position: 1 }).returning();
  let award: { id: string } | undefined;
  if (phase === 'judging' || phase === 'results') {
    const [row] = await tx.insert(awards).values({ eventId: event.id, prizeId: prize!.id, submissionId: subA.id, placement: 1, titleEn: 'Gold', titleZh: '金獎' }).returning();
    if (phase === 'results') await tx.insert(adoptions).values({ awardId: row!.id }).onConflictDoNothing();
    award = row!;
  }
  const [announcement] = await tx.insert(announcements).values({ eventId: event.id, titleEn: 'Welcome', titleZh: '歡迎', bodyEn: 'Hello', bodyZh: '你好' } as typeof announcements.$inferInsert).returning();
  const [question] = await tx.insert(customQuestions).values({ eventId: event.id, scope: 'registration', kind: 'short_text', labelEn: 'Diet', labelZh: '飲食', position: 1 } as typeof customQuestions.$inferInsert).returning();
  await tx.insert(eventBanners).values({ eventId: event.id, contentType: 'image/png', byteSize: PNG.length, sha256: createHash('sha256').update(PNG).digest('hex'), data: PNG, altEn: 'Banner', altZh: '橫幅' } as typeof eventBanners.$inferInsert);
  // The loner asked to join team A (the captain may answer); team A invited nobody yet.
  const [joinRequest] = await tx.insert(teamRequests).values({ teamId: teamA!.id, userId: u.loner.id, isInvitation: false, message: 'Hi' }).returning();
  const invitationToken = `tok-${randomUUID()}`;
  const [invitation] = await tx
    .insert(judgeInvitations)
    .values({ eventId: event.id, email: u.loner.email, role: 'judge', tokenHash: createHash('sha256').update(invitationToken).digest('hex'), expiresAt: new Date(Date.now() + 7 * DAY) })
    .returning();

  const actorOf = (user: { id: string; email: string; name: string | null; isSiteAdmin: boolean }): Actor => ({ userId: user.id, email: user.email, name: user.name, isSiteAdmin: user.isSiteAdmin });
  const actors: Record<ActorKind, Actor | null> = {
    anonymous: null,
    participant: actorOf(u.participant),
    otherTeam: actorOf(u.otherTeam),
    judge: actorOf(u.judge),
    conflictedJudge: actorOf(u.conflictedJudge),
    otherOrganizer: actorOf(u.otherOrganizer),
    organizer: actorOf(u.organizer),
    siteAdmin: actorOf(u.siteAdmin),
  };
  // Allowed by a scope none of the eight has: a registered person without a team (also the judge invitation's
  // addressee), the topic owner of track A, and team A's member who is not its captain; and one who is
  // refused wherever the organizer of another event is: an organizer of this event whose role was revoked.
  const extraActors: Record<ExtraKind, Actor> = { loner: actorOf(u.loner), topicOwner: actorOf(u.topicOwner), teammate: actorOf(u.teammate), revokedOrganizer: actorOf(u.revokedOrganizer) };
  return {
    phase,
    /** Ids a row's `setup` made (a final round, say), for its `call`. */
    prepared: {} as Record<string, string>,
    extraActors,
    users: u,
    actors,
    event,
    otherEvent,
    trackA: trackA!,
    trackB: trackB!,
    trackC: trackC!,
    registrations: { participant: regParticipant!, otherTeam: regOtherTeam!, loner: regLoner! },
    teamA: teamA!,
    teamB: teamB!,
    subA,
    subB,
    fileA: fileA!,
    round: round!,
    criteria: [c1!, c2!] as const,
    sheetB,
    conflict: conflict!,
    assignmentJudgeB: assignmentJudgeB!,
    submissionConflict: submissionConflict!,
    prize: prize!,
    award,
    announcement: announcement!,
    question: question!,
    complianceItem: complianceItem!,
    joinRequest: joinRequest!,
    invitation: invitation!,
    invitationToken,
  };
}

export type Fixture = Awaited<ReturnType<typeof buildFixture>>;

/*
 * "Nothing changed": a digest of every row of every table in the public schema, taken in one statement.
 * Only the rate-limit counters are left out: counting an attempt is not a change the attempt was refused.
 */
const IGNORED_TABLES = new Set(['rate_limit_hits', '__drizzle_migrations']);
let digestStatement: string | undefined;

export async function databaseDigest(): Promise<Record<string, string>> {
  if (!digestStatement) {
    const tables = await sql<{ name: string }[]>`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`;
    digestStatement = tables
      .filter((t) => !IGNORED_TABLES.has(t.name))
      .map((t) => `select '${t.name}' as name, (select count(*) || ':' || coalesce(md5(string_agg(x::text, '|' order by x::text)), '') from "${t.name}" x) as digest`)
      .join(' union all ');
  }
  const rows = await sql.unsafe<{ name: string; digest: string }[]>(digestStatement);
  return Object.fromEntries(rows.map((r) => [r.name, r.digest]));
}

/** The tables whose rows differ between two digests. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys(after).filter((name) => before[name] !== after[name]);
}
