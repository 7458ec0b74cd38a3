import { randomUUID } from 'node:crypto';
import { db } from '@/db/client';
import { eventRoles, judgingRounds, registrations, submissions } from '@/db/schema';
import { loadActor, type Actor } from '@/lib/auth/actor';
import { addMember, insertEvent, insertTeam, insertUser } from './domain-rows';

export const actorOf = async (user: { id: string }) => (await loadActor(user.id)) as Actor;

/** A member registered under `affiliation` (registrations carry the affiliation that automatic conflicts compare). */
async function registeredUser(eventId: string, affiliation: string) {
  const user = await insertUser();
  await db.insert(registrations).values({ eventId, userId: user.id, displayName: 'Member', affiliation, status: 'admitted', consentRulesAt: new Date(), consentDataAt: new Date() });
  return user;
}

/**
 * A published event with an organizer, `judges` judges, and `projects` teams of one registered member each
 * (affiliation "School N"), each with a submitted project; plus a draft preliminary round in k-judge mode.
 */
export async function setupFixture(options: { projects?: number; judges?: number; k?: number } = {}) {
  const event = await insertEvent({ isPublished: true });
  const organizer = await insertUser({ name: 'Organizer' });
  await db.insert(eventRoles).values({ eventId: event.id, userId: organizer.id, role: 'organizer' });
  const judges = [];
  for (let i = 0; i < (options.judges ?? 4); i++) {
    const judge = await insertUser({ name: `Judge ${i + 1}` });
    await db.insert(eventRoles).values({ eventId: event.id, userId: judge.id, role: 'judge' });
    judges.push(judge);
  }
  const projects = [];
  for (let i = 0; i < (options.projects ?? 6); i++) {
    const member = await registeredUser(event.id, `School ${i + 1}`);
    const team = await insertTeam(event.id, member.id, { status: 'admitted' });
    await addMember(team, member.id);
    const [submission] = await db
      .insert(submissions)
      .values({ teamId: team.id, eventId: event.id, slug: `p-${randomUUID().slice(0, 8)}`, title: `Project ${i + 1}`, status: 'submitted', submittedAt: new Date() })
      .returning();
    projects.push({ team, member, submission: submission! });
  }
  const [round] = await db
    .insert(judgingRounds)
    .values({ eventId: event.id, kind: 'preliminary', position: 1, nameEn: 'Preliminary', nameZh: '初賽', assignmentMode: 'k_judges', judgesPerProject: options.k ?? 2, assignmentSeed: 7 })
    .returning();
  return { event, organizer, judges, projects, round: round! };
}

export type SetupFixture = Awaited<ReturnType<typeof setupFixture>>;

type RubricRowInput = { key: string; parentKey?: string; nameZh: string; nameEn: string; weight: number; scaleMax: number; isBonus?: boolean };

/** The preliminary rubric of CodeFest Taipei as the editor sends it. */
export const preliminaryRubric = (version: number, overrides: { visual?: number } = {}): { version: number; criteria: RubricRowInput[] } => ({
  version,
  criteria: [
    { key: 'new-1', nameZh: '服務應用', nameEn: 'Service application', weight: 40, scaleMax: 10 },
    { key: 'new-2', parentKey: 'new-1', nameZh: '創意', nameEn: 'Creativity', weight: 20, scaleMax: 10 },
    { key: 'new-3', parentKey: 'new-1', nameZh: '切題', nameEn: 'Fit', weight: 20, scaleMax: 10 },
    { key: 'new-4', nameZh: '視覺設計', nameEn: 'Visual design', weight: overrides.visual ?? 30, scaleMax: 10 },
    { key: 'new-5', nameZh: '技術完整度', nameEn: 'Technical completeness', weight: 30, scaleMax: 10 },
    { key: 'new-6', nameZh: '加分', nameEn: 'Bonus', weight: 10, scaleMax: 10, isBonus: true },
  ],
});
