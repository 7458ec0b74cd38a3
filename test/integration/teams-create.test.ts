import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { events, teamMembers, teams } from '@/db/schema';
import { createTeam, updateTeam } from '@/lib/teams/manage-team';
import { insertTrack } from './helpers/domain-rows';
import { auditActions, expectOk, participant, refusal, teamEvent } from './helpers/teams-fixtures';

async function closeTeams(eventId: string) {
  const past = Date.now() - 60_000;
  await db.update(events).set({ hackingStartsAt: new Date(past - 3600_000), submissionDeadline: new Date(past) }).where(eq(events.id, eventId));
}

describe('createTeam', () => {
  it('creates the team with the actor as captain and only member, and audits it', async () => {
    const event = await teamEvent();
    const track = await insertTrack(event.id);
    const captain = await participant(event.id);

    const created = expectOk(await createTeam(captain, event.id, { name: '  Data Divers ', trackId: track.id, pitch: 'Buses on time' }));

    const [team] = await db.select().from(teams).where(eq(teams.id, created.teamId));
    expect(team).toMatchObject({ name: 'Data Divers', trackId: track.id, pitch: 'Buses on time', captainId: captain.userId, inviteCode: created.inviteCode });
    expect(created.inviteCode).toMatch(/^[A-Z2-9]{10}$/);
    const members = await db.select().from(teamMembers).where(eq(teamMembers.teamId, created.teamId));
    expect(members).toEqual([expect.objectContaining({ userId: captain.userId, role: 'captain' })]);
    expect(await auditActions(event.id)).toEqual(['team.created']);
  });

  it('refuses a name already taken in the event, whatever its case, beside the name field', async () => {
    const event = await teamEvent();
    expectOk(await createTeam(await participant(event.id), event.id, { name: 'Data Divers' }));
    const result = await createTeam(await participant(event.id), event.id, { name: 'DATA divers' });
    expect(refusal(result)).toEqual({ code: 'conflict', fieldErrors: { name: ['teams.errors.nameTaken'] } });
    // ...but another event may use it.
    const other = await teamEvent();
    expectOk(await createTeam(await participant(other.id), other.id, { name: 'Data Divers' }));
  });

  it('refuses a second team for the same person in the same event, and leaves no team behind', async () => {
    const event = await teamEvent();
    const person = await participant(event.id);
    expectOk(await createTeam(person, event.id, { name: 'First' }));
    expect(refusal(await createTeam(person, event.id, { name: 'Second' }))).toEqual({ code: 'conflict', fieldErrors: { form: ['teams.errors.alreadyInTeam'] } });
    expect(await db.select({ name: teams.name }).from(teams).where(eq(teams.eventId, event.id))).toEqual([{ name: 'First' }]);
  });

  it('refuses people who are not registered, or whose registration was rejected or withdrawn', async () => {
    const event = await teamEvent();
    const elsewhere = await participant((await teamEvent()).id);
    const rejected = await participant(event.id, { status: 'rejected' });
    const withdrawn = await participant(event.id, { status: 'withdrawn' });
    for (const actor of [elsewhere, rejected, withdrawn]) {
      expect(refusal(await createTeam(actor, event.id, { name: `Team of ${actor.userId}` }))).toEqual({
        code: 'forbidden',
        fieldErrors: { form: ['teams.errors.notRegistered'] },
      });
    }
    // Pending and waitlisted registrations may already form teams.
    expectOk(await createTeam(await participant(event.id, { status: 'pending' }), event.id, { name: 'Early birds' }));
    expect(refusal(await createTeam(null, event.id, { name: 'Anonymous' }))).toEqual({ code: 'unauthenticated' });
  });

  it('refuses after the submission deadline (teams are frozen)', async () => {
    const event = await teamEvent();
    const person = await participant(event.id);
    await closeTeams(event.id);
    expect(refusal(await createTeam(person, event.id, { name: 'Too late' }))).toEqual({ code: 'deadline_passed', fieldErrors: { form: ['teams.errors.frozen'] } });
  });

  it('reports every invalid field at once and refuses a track of another event', async () => {
    const event = await teamEvent();
    const person = await participant(event.id);
    expect(refusal(await createTeam(person, event.id, { name: '', pitch: 'x'.repeat(2001) }))).toEqual({
      code: 'validation',
      fieldErrors: { name: ['teams.errors.nameRequired'], pitch: ['teams.errors.pitchTooLong'] },
    });
    const foreign = await insertTrack((await teamEvent()).id);
    expect(refusal(await createTeam(person, event.id, { name: 'Lost', trackId: foreign.id }))).toEqual({
      code: 'validation',
      fieldErrors: { trackId: ['teams.errors.trackInvalid'] },
    });
  });
});

describe('updateTeam', () => {
  async function teamOfTwo() {
    const event = await teamEvent();
    const captain = await participant(event.id);
    const member = await participant(event.id);
    const { teamId } = expectOk(await createTeam(captain, event.id, { name: 'Originals' }));
    await db.insert(teamMembers).values({ teamId, eventId: event.id, userId: member.userId });
    return { event, captain, member, teamId };
  }
  const details = { name: 'Renamed', pitch: 'New pitch', isLookingForMembers: 'on', rolesNeeded: 'Designer', version: '1' };

  it('lets the captain edit the details with the version they loaded, and refuses a stale one', async () => {
    const { captain, teamId } = await teamOfTwo();
    expect(expectOk(await updateTeam(captain, teamId, details))).toEqual({ version: 2 });
    const [team] = await db.select().from(teams).where(eq(teams.id, teamId));
    expect(team).toMatchObject({ name: 'Renamed', isLookingForMembers: true, rolesNeeded: 'Designer', version: 2 });
    // A second tab still holding version 1 is refused, not merged.
    expect(refusal(await updateTeam(captain, teamId, { ...details, name: 'Other tab' }))).toEqual({ code: 'stale_version' });
  });

  it('refuses a member who is not the captain, and answers "not found" to an outsider', async () => {
    const { event, member, teamId } = await teamOfTwo();
    expect(refusal(await updateTeam(member, teamId, details))).toEqual({ code: 'forbidden', fieldErrors: { form: ['teams.errors.captainOnly'] } });
    const outsider = await participant(event.id);
    expect(refusal(await updateTeam(outsider, teamId, details))).toEqual({ code: 'not_found' });
  });

  it('refuses a name another team of the event has, beside the name field', async () => {
    const { event, captain, teamId } = await teamOfTwo();
    expectOk(await createTeam(await participant(event.id), event.id, { name: 'Taken' }));
    expect(refusal(await updateTeam(captain, teamId, { ...details, name: 'taken' }))).toEqual({ code: 'conflict', fieldErrors: { name: ['teams.errors.nameTaken'] } });
  });

  it('refuses after the deadline', async () => {
    const { event, captain, teamId } = await teamOfTwo();
    await closeTeams(event.id);
    expect(refusal(await updateTeam(captain, teamId, details))).toEqual({ code: 'deadline_passed', fieldErrors: { form: ['teams.errors.frozen'] } });
  });
});
