import { db } from '@/db/client';
import { eventRoles, registrations, type events } from '@/db/schema';
import { loadActor, type Actor } from '@/lib/auth/actor';
import { addMember, insertEvent, insertTeam, insertUser } from './domain-rows';

/* Rows for the people/teams/exports tests: an event with an organizer and registered people. */
export const actorOf = async (id: string): Promise<Actor> => (await loadActor(id))!;

export async function organizedEvent(overrides: Partial<typeof events.$inferInsert> = {}) {
  const event = await insertEvent({ isPublished: true, ...overrides });
  const organizer = await insertUser({ name: 'Organizer' });
  await db.insert(eventRoles).values({ eventId: event.id, userId: organizer.id, role: 'organizer' });
  return { event, organizer: await actorOf(organizer.id) };
}

type RegistrationOverrides = Partial<typeof registrations.$inferInsert>;

export async function registerPerson(eventId: string, overrides: RegistrationOverrides & { email?: string } = {}) {
  const { email, ...rest } = overrides;
  const user = await insertUser({ preferredLocale: 'en', ...(email ? { email } : {}) });
  const [row] = await db
    .insert(registrations)
    .values({ eventId, userId: user.id, displayName: user.name ?? 'Person', status: 'pending', consentRulesAt: new Date(), consentDataAt: new Date(), ...rest })
    .returning();
  return { user, registration: row! };
}

/** A team of the given registered people, the first its captain. */
export async function teamOfPeople(eventId: string, people: { user: { id: string } }[], overrides: Parameters<typeof insertTeam>[2] = {}) {
  const team = await insertTeam(eventId, people[0]!.user.id, overrides);
  for (const p of people) await addMember(team, p.user.id);
  return team;
}

export const selection = (...rows: { id: string; version: number }[]) => rows.map((r) => `${r.id}:${r.version}`);
