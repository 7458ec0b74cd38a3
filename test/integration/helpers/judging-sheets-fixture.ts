import { db } from '@/db/client';
import { eventRoles, judgeAssignments, judgingRounds, rubricCriteria } from '@/db/schema';
import { loadActor, type Actor } from '@/lib/auth/actor';
import { insertEvent, insertSubmission, insertTeam, insertUser } from './domain-rows';

const HOUR = 3600 * 1000;

/**
 * A published event with an open round and the preliminary rubric's shape: a 40-point criterion split into
 * two 20-point halves, a 60-point leaf, and a bonus of up to 10; two projects, two judges assigned to both,
 * an organizer. Scores are on 0..10 except the 60-point leaf (0..5), so the range check is per criterion.
 */
export async function sheetsFixture() {
  const event = await insertEvent({ isPublished: true });
  const organizer = await insertUser({ name: 'Organizer' });
  const judges = [await insertUser({ name: 'Judge A' }), await insertUser({ name: 'Judge B' })];
  await db.insert(eventRoles).values([
    { eventId: event.id, userId: organizer.id, role: 'organizer' },
    ...judges.map((j) => ({ eventId: event.id, userId: j.id, role: 'judge' as const })),
  ]);
  const projects: { team: Awaited<ReturnType<typeof insertTeam>>; submission: Awaited<ReturnType<typeof insertSubmission>> }[] = [];
  for (let i = 0; i < 2; i++) {
    const captain = await insertUser();
    const team = await insertTeam(event.id, captain.id);
    projects.push({ team, submission: await insertSubmission(team) });
  }
  const [round] = await db
    .insert(judgingRounds)
    .values({ eventId: event.id, kind: 'preliminary', nameEn: 'Preliminary', nameZh: '初賽', status: 'open', opensAt: new Date(Date.now() - HOUR), closesAt: new Date(Date.now() + HOUR) })
    .returning();
  const [parent] = await db.insert(rubricCriteria).values({ roundId: round!.id, nameEn: 'Application', weight: 40, position: 1 }).returning();
  const [creativity, fit, technical, bonus] = await db
    .insert(rubricCriteria)
    .values([
      { roundId: round!.id, parentId: parent!.id, nameEn: 'Creativity', weight: 20, position: 1 },
      { roundId: round!.id, parentId: parent!.id, nameEn: 'Fit', weight: 20, position: 2 },
      { roundId: round!.id, nameEn: 'Technical', weight: 60, scaleMax: 5, position: 2 },
      { roundId: round!.id, nameEn: 'Bonus', weight: 10, isBonus: true, position: 3 },
    ])
    .returning();
  await db.insert(judgeAssignments).values(judges.flatMap((j) => projects.map((p) => ({ roundId: round!.id, judgeId: j.id, submissionId: p.submission.id }))));
  const actor = async (user: { id: string }) => (await loadActor(user.id)) as Actor;
  return {
    event,
    round: round!,
    projects,
    organizer,
    judges,
    criteria: { parent: parent!, creativity: creativity!, fit: fit!, technical: technical!, bonus: bonus! },
    actor,
  };
}

export type SheetsFixture = Awaited<ReturnType<typeof sheetsFixture>>;

/** A complete sheet: 8/10 creativity, 6/10 fit, 4/5 technical, 5/10 bonus = 16 + 12 + 48 + 5 = 81 points. */
export const fullScores = (f: SheetsFixture) => ({
  [f.criteria.creativity.id]: '8',
  [f.criteria.fit.id]: '6',
  [f.criteria.technical.id]: '4',
  [f.criteria.bonus.id]: '5',
});
