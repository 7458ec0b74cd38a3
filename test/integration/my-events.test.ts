import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { registrations } from '@/db/schema';
import { loadActor, type Actor } from '@/lib/auth/actor';
import { listMyEvents, myStandingIn } from '@/lib/events/my-events';
import { addMember, insertEvent, insertSubmission, insertTeam, insertUser } from './helpers/domain-rows';

const actorOf = async (user: { id: string }) => (await loadActor(user.id)) as Actor;
const HOUR = 3600 * 1000;

async function register(eventId: string, userId: string, displayName: string, status: 'admitted' | 'withdrawn' = 'admitted') {
  await db.insert(registrations).values({ eventId, userId, displayName, status, consentRulesAt: new Date(), consentDataAt: new Date() });
}

describe('my events (participant dashboard)', () => {
  it("shows only the actor's own events, with team members, project status, deadline", async () => {
    const now = Date.now();
    const event = await insertEvent({
      isPublished: true,
      registrationOpensAt: new Date(now - 100 * HOUR),
      registrationClosesAt: new Date(now - 50 * HOUR),
      hackingStartsAt: new Date(now - HOUR),
      submissionDeadline: new Date(now + 5 * HOUR),
      judgingEndsAt: new Date(now + 50 * HOUR),
    });
    const [me, mate, stranger] = [await insertUser({ name: 'Me' }), await insertUser({ name: 'Account name' }), await insertUser()];
    await register(event.id, me.id, '我');
    await register(event.id, mate.id, '隊友');
    await register(event.id, stranger.id, 'Stranger');
    const team = await insertTeam(event.id, me.id, { status: 'admitted', secondContactId: mate.id });
    await addMember(team, me.id);
    await addMember(team, mate.id);
    const other = await insertEvent({ isPublished: true });
    await register(other.id, stranger.id, 'Stranger');

    const mine = await listMyEvents(await actorOf(me));
    expect(mine.events).toHaveLength(1);
    const [entry] = mine.events;
    expect(entry!.phase).toBe('hacking');
    expect(entry!.team!.name).toBe(team.name);
    expect(entry!.team!.role).toBe('captain');
    expect(entry!.team!.members.map((m) => [m.name, m.isCaptain, m.isSecondContact])).toEqual([
      ['我', true, false],
      ['隊友', false, true],
    ]);
    expect(entry!.submissionStatus).toBeNull();
    expect(entry!.deadline.toISOString()).toBe(event.submissionDeadline.toISOString());
    expect(entry!.nextMilestone?.key).toBe('submissionDeadline');

    // An extension replaces the event deadline on the dashboard (announcements: lib/announcements, tested there).
    const submission = await insertSubmission(team);
    await db.execute(`update submissions set status = 'submitted', submitted_at = now() where id = '${submission.id}'`);
    const extended = new Date(now + 8 * HOUR);
    await db.execute(`update teams set deadline_extended_until = '${extended.toISOString()}' where id = '${team.id}'`);
    const after = (await listMyEvents(await actorOf(me))).events[0]!;
    expect(after.submissionStatus).toBe('submitted');
    expect(after.deadline.toISOString()).toBe(extended.toISOString());
  });

  it('answers an empty list with the database clock for someone who registered nowhere', async () => {
    const mine = await listMyEvents(await actorOf(await insertUser()));
    expect(mine.events).toEqual([]);
    expect(Math.abs(mine.now.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it("tells the event page where the actor stands: not registered, registered, in a team", async () => {
    const event = await insertEvent({ isPublished: true });
    const person = await insertUser();
    const actor = await actorOf(person);
    expect(await myStandingIn(actor, event.id)).toBeNull();
    await register(event.id, person.id, 'Person');
    expect(await myStandingIn(actor, event.id)).toEqual({ registrationStatus: 'admitted', teamId: null, submissionStatus: null });
    const team = await insertTeam(event.id, person.id);
    await addMember(team, person.id);
    expect(await myStandingIn(actor, event.id)).toMatchObject({ teamId: team.id });
  });
});
