import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { registrations } from '@/db/schema';
import { getAdmissionPanel } from '@/lib/admission/queries';
import { loadActor, type Actor } from '@/lib/auth/actor';
import { getRegistrationForm } from '@/lib/registrations/queries';
import { addMember, insertEvent, insertTeam, insertUser } from './helpers/domain-rows';

const DAY = 24 * 3600 * 1000;
const actorOf = async (id: string): Promise<Actor> => (await loadActor(id))!;

async function team(size: number, eventOverrides: Parameters<typeof insertEvent>[0] = {}, status: 'forming' | 'admitted' = 'forming') {
  const event = await insertEvent({ isPublished: true, admissionMode: 'reviewed', teamSizeMin: 3, ...eventOverrides });
  const people = [];
  for (let i = 0; i < size; i++) people.push(await insertUser());
  const row = await insertTeam(event.id, people[0]!.id, { status });
  for (const p of people) await addMember(row, p.id);
  return { event, team: row, captain: await actorOf(people[0]!.id), member: await actorOf(people[1]!.id) };
}

describe('getAdmissionPanel', () => {
  it('offers the captain "apply" only once the team reaches the minimum', async () => {
    const small = await team(2);
    expect(await getAdmissionPanel(small.captain, small.team.id)).toMatchObject({ status: 'forming', canApply: false, memberCount: 2, teamSizeMin: 3 });
    const full = await team(3);
    expect(await getAdmissionPanel(full.captain, full.team.id)).toMatchObject({ canApply: true, isCaptain: true, slug: full.event.slug });
    expect(await getAdmissionPanel(full.member, full.team.id)).toMatchObject({ canApply: false, isCaptain: false });
  });

  it('offers "withdraw" to the captain of an admitted team only before the withdrawal deadline', async () => {
    const open = await team(3, { withdrawalDeadline: new Date(Date.now() + DAY) }, 'admitted');
    expect(await getAdmissionPanel(open.captain, open.team.id)).toMatchObject({ canWithdraw: true });
    const late = await team(3, { withdrawalDeadline: new Date(Date.now() - 1000) }, 'admitted');
    expect(await getAdmissionPanel(late.captain, late.team.id)).toMatchObject({ canWithdraw: false });
  });

  it('shows nothing to outsiders, for a malformed id, or when admission is automatic', async () => {
    const t = await team(3);
    expect(await getAdmissionPanel(await actorOf((await insertUser()).id), t.team.id)).toBeNull();
    expect(await getAdmissionPanel(t.captain, 'not-a-uuid')).toBeNull();
    expect(await getAdmissionPanel(null, t.team.id)).toBeNull();
    const automatic = await team(3, { admissionMode: 'automatic' });
    expect(await getAdmissionPanel(automatic.captain, automatic.team.id)).toBeNull();
  });
});

describe('getRegistrationForm', () => {
  it("says whether registration is open by the database clock and returns only the actor's own registration", async () => {
    const event = await insertEvent({ isPublished: true });
    const [me, other] = [await actorOf((await insertUser()).id), await actorOf((await insertUser()).id)];
    await db.insert(registrations).values({ eventId: event.id, userId: other.userId, displayName: 'Other', consentRulesAt: new Date(), consentDataAt: new Date() });
    const form = await getRegistrationForm(me, event.slug);
    expect(form).toMatchObject({ isOpen: true, registration: null, isInTeam: false });
    const draft = await insertEvent({ isPublished: false });
    expect(await getRegistrationForm(me, draft.slug)).toBeNull();
    const closed = await insertEvent({ isPublished: true, registrationOpensAt: new Date(Date.now() - 2 * DAY), registrationClosesAt: new Date(Date.now() - DAY) });
    expect(await getRegistrationForm(me, closed.slug)).toMatchObject({ isOpen: false });
  });
});
