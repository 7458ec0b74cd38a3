import { db } from '@/db/client';
import { awards, eventRoles, prizes } from '@/db/schema';
import { loadActor, type Actor } from '@/lib/auth/actor';
import { addMember, insertEvent, insertSubmission, insertTeam, insertUser } from './domain-rows';

export const actorOf = async (user: { id: string }) => (await loadActor(user.id)) as Actor;

/**
 * A published event with an organizer, a winning team (captain + one member), its project, a prize of
 * `amount` NT$ and the award; plus an outsider with no role at all. For the adoption and payout tests.
 */
export async function awardFixture(options: { amount?: number | null } = {}) {
  const event = await insertEvent({ isPublished: true, timeZone: 'Asia/Taipei' });
  const organizer = await insertUser({ name: 'Organizer' });
  await db.insert(eventRoles).values({ eventId: event.id, userId: organizer.id, role: 'organizer' });
  const captain = await insertUser({ name: 'Captain' });
  const member = await insertUser({ name: 'Member' });
  const outsider = await insertUser({ name: 'Outsider' });
  const team = await insertTeam(event.id, captain.id, { status: 'admitted' });
  await addMember(team, captain.id);
  await addMember(team, member.id);
  const submission = await insertSubmission(team);
  const [prize] = await db
    .insert(prizes)
    .values({ eventId: event.id, nameEn: 'Gold', amount: options.amount === undefined ? 50000 : options.amount, position: 1 })
    .returning();
  const [award] = await db.insert(awards).values({ eventId: event.id, prizeId: prize!.id, submissionId: submission.id, placement: 1, titleEn: 'Gold', titleZh: '金獎' }).returning();
  return {
    event,
    team,
    submission,
    prize: prize!,
    award: award!,
    users: { organizer, captain, member, outsider },
    actors: { organizer: await actorOf(organizer), captain: await actorOf(captain), member: await actorOf(member), outsider: await actorOf(outsider) },
  };
}
