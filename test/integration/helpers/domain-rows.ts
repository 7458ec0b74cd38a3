import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { db, type DbOrTx } from '@/db/client';
import {
  events,
  judgeAssignments,
  judgingRounds,
  rubricCriteria,
  scoreSheets,
  submissions,
  teamMembers,
  teams,
  tracks,
  users,
} from '@/db/schema';
import { violatedConstraint } from '@/lib/db-errors';

/*
 * Minimal valid rows for constraint tests. Each helper produces a row the database accepts, so a test can
 * change exactly one thing and know that one thing is why the database said no.
 */
const unique = () => randomUUID().slice(0, 8);
const DAY = 24 * 3600 * 1000;

export async function insertUser(overrides: Partial<typeof users.$inferInsert> = {}, executor: DbOrTx = db) {
  const [row] = await executor
    .insert(users)
    .values({ email: `user-${unique()}@example.com`, name: 'Test User', ...overrides })
    .returning();
  return row!;
}

/** A timeline in valid order around `base`; registration is open at `base`. */
export function validTimeline(base = new Date()) {
  const at = (days: number) => new Date(base.getTime() + days * DAY);
  return {
    registrationOpensAt: at(-10),
    registrationClosesAt: at(10),
    hackingStartsAt: at(20),
    submissionDeadline: at(21),
    judgingEndsAt: at(30),
  };
}

export function eventValues(overrides: Partial<typeof events.$inferInsert> = {}): typeof events.$inferInsert {
  return { slug: `event-${unique()}`, titleZh: '測試活動', titleEn: 'Test event', ...validTimeline(), ...overrides };
}

export async function insertEvent(overrides: Partial<typeof events.$inferInsert> = {}, executor: DbOrTx = db) {
  const [row] = await executor.insert(events).values(eventValues(overrides)).returning();
  return row!;
}

export async function insertTrack(eventId: string, executor: DbOrTx = db) {
  const [row] = await executor.insert(tracks).values({ eventId, slug: `track-${unique()}`, nameEn: 'Track' }).returning();
  return row!;
}

export async function insertTeam(
  eventId: string,
  captainId: string,
  overrides: Partial<typeof teams.$inferInsert> = {},
  executor: DbOrTx = db,
) {
  const [row] = await executor
    .insert(teams)
    .values({ eventId, captainId, name: `Team ${unique()}`, inviteCode: unique(), ...overrides })
    .returning();
  return row!;
}

export async function addMember(team: { id: string; eventId: string }, userId: string, executor: DbOrTx = db) {
  await executor.insert(teamMembers).values({ teamId: team.id, eventId: team.eventId, userId });
}

export async function insertSubmission(team: { id: string; eventId: string }, executor: DbOrTx = db) {
  const [row] = await executor
    .insert(submissions)
    .values({ teamId: team.id, eventId: team.eventId, slug: `project-${unique()}`, title: 'Project' })
    .returning();
  return row!;
}

/** An event with a team, its submission, an open round with one criterion (scale 0..10) and a judge. */
export async function judgingFixture() {
  const event = await insertEvent();
  const captain = await insertUser();
  const judge = await insertUser();
  const team = await insertTeam(event.id, captain.id);
  const submission = await insertSubmission(team);
  const [round] = await db.insert(judgingRounds).values({ eventId: event.id, kind: 'preliminary', status: 'open' }).returning();
  const [criterion] = await db
    .insert(rubricCriteria)
    .values({ roundId: round!.id, nameEn: 'Technical completeness', weight: 30, scaleMax: 10 })
    .returning();
  return { event, team, submission, round: round!, criterion: criterion!, judge };
}

/** A sheet of a judge assigned to the project (score_sheets_writable refuses a sheet without an assignment). */
export async function insertSheet(roundId: string, judgeId: string, submissionId: string) {
  await db.insert(judgeAssignments).values({ roundId, judgeId, submissionId }).onConflictDoNothing();
  const [row] = await db.insert(scoreSheets).values({ roundId, judgeId, submissionId }).returning();
  return row!;
}

/** Awaits the refusal and checks it names `constraint`: a rejection for another reason fails the test. */
export async function expectRefusal(write: PromiseLike<unknown>, constraint: string): Promise<unknown> {
  let error: unknown;
  try {
    await write;
  } catch (e) {
    error = e;
  }
  expect(error, `expected the database to refuse with ${constraint}`).toBeDefined();
  expect(violatedConstraint(error)).toBe(constraint);
  return error;
}

/**
 * A published event in its hacking phase (started an hour ago, deadline `deadlineInMs` ahead) and a team of
 * `size` members, the first its captain. For the submission tests.
 */
export async function insertHackingTeam(options: { size?: number; deadlineInMs?: number; eventOverrides?: Partial<typeof events.$inferInsert> } = {}) {
  const now = Date.now();
  const event = await insertEvent({
    isPublished: true,
    registrationOpensAt: new Date(now - 10 * DAY),
    registrationClosesAt: new Date(now - 2 * DAY),
    hackingStartsAt: new Date(now - 3600 * 1000),
    submissionDeadline: new Date(now + (options.deadlineInMs ?? DAY)),
    judgingEndsAt: new Date(now + 7 * DAY),
    teamSizeMin: 2,
    ...options.eventOverrides,
  });
  const members = [];
  for (let i = 0; i < (options.size ?? 2); i++) members.push(await insertUser({ name: `Member ${i + 1}` }));
  const team = await insertTeam(event.id, members[0]!.id, { status: 'admitted' });
  for (const member of members) await addMember(team, member.id);
  return { event, team, members };
}
