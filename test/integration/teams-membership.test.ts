import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { events, teamMembers, teams } from '@/db/schema';
import { violatedConstraint } from '@/lib/db-errors';
import { createTeam, regenerateInviteCode } from '@/lib/teams/manage-team';
import { joinTeamByCode, leaveTeam, removeMember, setSecondContact, transferCaptaincy } from '@/lib/teams/membership';
import { auditActions, expectOk, participant, refusal, teamEvent } from './helpers/teams-fixtures';

async function teamWith(size: number, options: { teamSizeMax?: number } = {}) {
  const event = await teamEvent({ teamSizeMax: options.teamSizeMax ?? 4 });
  const captain = await participant(event.id);
  const { teamId, inviteCode } = expectOk(await createTeam(captain, event.id, { name: 'Bus Bunch' }));
  const others = [];
  for (let i = 1; i < size; i++) {
    const member = await participant(event.id);
    expectOk(await joinTeamByCode(member, event.id, inviteCode));
    others.push(member);
  }
  return { event, captain, others, teamId, inviteCode };
}

async function membersOf(teamId: string) {
  return db.select({ userId: teamMembers.userId, role: teamMembers.role }).from(teamMembers).where(eq(teamMembers.teamId, teamId));
}

async function freeze(eventId: string) {
  const past = Date.now() - 60_000;
  await db.update(events).set({ hackingStartsAt: new Date(past - 3600_000), submissionDeadline: new Date(past) }).where(eq(events.id, eventId));
}

describe('joinTeamByCode', () => {
  it('joins with the code as people type it (spaces, dashes, lower case)', async () => {
    const { event, teamId, inviteCode } = await teamWith(1);
    const person = await participant(event.id);
    const typed = `${inviteCode.slice(0, 5).toLowerCase()}-${inviteCode.slice(5)} `;
    expect(expectOk(await joinTeamByCode(person, event.id, typed))).toEqual({ teamId });
    expect(await membersOf(teamId)).toContainEqual({ userId: person.userId, role: 'member' });
    expect(await auditActions(event.id)).toContain('team.memberJoined');
  });

  it('refuses a malformed code and an unknown one beside the code field', async () => {
    const { event } = await teamWith(1);
    const person = await participant(event.id);
    expect(refusal(await joinTeamByCode(person, event.id, 'O0I1!'))).toEqual({ code: 'validation', fieldErrors: { code: ['teams.errors.codeInvalid'] } });
    expect(refusal(await joinTeamByCode(person, event.id, 'ABCDEFGHJK'))).toEqual({ code: 'validation', fieldErrors: { code: ['teams.errors.codeUnknown'] } });
    // A real code of another event's team is unknown here.
    const elsewhere = await teamWith(1);
    expect(refusal(await joinTeamByCode(person, event.id, elsewhere.inviteCode))).toEqual({ code: 'validation', fieldErrors: { code: ['teams.errors.codeUnknown'] } });
  });

  it('refuses a full team', async () => {
    const { event, inviteCode } = await teamWith(2, { teamSizeMax: 2 });
    const person = await participant(event.id);
    expect(refusal(await joinTeamByCode(person, event.id, inviteCode))).toEqual({ code: 'conflict', fieldErrors: { code: ['teams.errors.teamFull'] } });
  });

  it('refuses someone already in another team of the event', async () => {
    const { event, inviteCode } = await teamWith(1);
    const other = await participant(event.id);
    expectOk(await createTeam(other, event.id, { name: 'Elsewhere' }));
    expect(refusal(await joinTeamByCode(other, event.id, inviteCode))).toEqual({ code: 'conflict', fieldErrors: { code: ['teams.errors.alreadyInTeam'] } });
  });

  it('refuses an unregistered person', async () => {
    const { event, inviteCode } = await teamWith(1);
    const stranger = await participant((await teamEvent()).id);
    expect(refusal(await joinTeamByCode(stranger, event.id, inviteCode))).toEqual({ code: 'forbidden', fieldErrors: { code: ['teams.errors.notRegistered'] } });
  });

  it('refuses after the deadline, and so does the database to a direct write', async () => {
    const { event, teamId, inviteCode } = await teamWith(1);
    const person = await participant(event.id);
    await freeze(event.id);
    expect(refusal(await joinTeamByCode(person, event.id, inviteCode))).toEqual({ code: 'deadline_passed', fieldErrors: { form: ['teams.errors.frozen'] } });
    let error: unknown;
    await db.insert(teamMembers).values({ teamId, eventId: event.id, userId: person.userId }).catch((e: unknown) => (error = e));
    expect(violatedConstraint(error)).toBe('team_members_frozen_after_deadline');
  });

  it('a regenerated code replaces the old one at once', async () => {
    const { event, captain, others, teamId, inviteCode } = await teamWith(2);
    expect(refusal(await regenerateInviteCode(others[0]!, teamId))).toEqual({ code: 'forbidden', fieldErrors: { form: ['teams.errors.captainOnly'] } });
    const { inviteCode: fresh } = expectOk(await regenerateInviteCode(captain, teamId));
    expect(fresh).not.toBe(inviteCode);
    const person = await participant(event.id);
    expect(refusal(await joinTeamByCode(person, event.id, inviteCode))).toMatchObject({ fieldErrors: { code: ['teams.errors.codeUnknown'] } });
    expectOk(await joinTeamByCode(person, event.id, fresh));
  });
});

describe('leaving and the captain', () => {
  it('a member leaves; the captain must hand over first; the last member dissolves the team', async () => {
    const { event, captain, others, teamId } = await teamWith(2);
    expect(refusal(await leaveTeam(captain, teamId))).toEqual({ code: 'conflict', fieldErrors: { form: ['teams.errors.captainMustHandOver'] } });
    expect(expectOk(await leaveTeam(others[0]!, teamId))).toEqual({ dissolved: false });
    expect(await membersOf(teamId)).toEqual([{ userId: captain.userId, role: 'captain' }]);
    expect(expectOk(await leaveTeam(captain, teamId))).toEqual({ dissolved: true });
    expect(await db.select().from(teams).where(eq(teams.id, teamId))).toEqual([]);
    expect(await auditActions(event.id)).toEqual(expect.arrayContaining(['team.memberLeft', 'team.dissolved']));
  });

  it('someone not in the team cannot leave it, remove from it or lead it: the team is "not found"', async () => {
    const { event, others, teamId } = await teamWith(2);
    const outsider = await participant(event.id);
    expect(refusal(await leaveTeam(outsider, teamId))).toEqual({ code: 'not_found' });
    expect(refusal(await removeMember(outsider, teamId, others[0]!.userId))).toEqual({ code: 'not_found' });
    expect(refusal(await transferCaptaincy(outsider, teamId, outsider.userId))).toEqual({ code: 'not_found' });
  });

  it('only the captain removes members and hands over captaincy', async () => {
    const { captain, others, teamId } = await teamWith(3);
    const [a, b] = [others[0]!, others[1]!];
    expect(refusal(await removeMember(a, teamId, b.userId))).toEqual({ code: 'forbidden', fieldErrors: { form: ['teams.errors.captainOnly'] } });
    expect(refusal(await transferCaptaincy(a, teamId, a.userId))).toEqual({ code: 'forbidden', fieldErrors: { form: ['teams.errors.captainOnly'] } });
    expect(refusal(await removeMember(captain, teamId, captain.userId))).toEqual({ code: 'validation', fieldErrors: { form: ['teams.errors.memberInvalid'] } });

    expectOk(await removeMember(captain, teamId, b.userId));
    expect((await membersOf(teamId)).map((m) => m.userId)).not.toContain(b.userId);

    expectOk(await transferCaptaincy(captain, teamId, a.userId));
    const [team] = await db.select().from(teams).where(eq(teams.id, teamId));
    expect(team!.captainId).toBe(a.userId);
    expect(await membersOf(teamId)).toEqual(expect.arrayContaining([{ userId: a.userId, role: 'captain' }, { userId: captain.userId, role: 'member' }]));
    // The former captain can now leave.
    expect(expectOk(await leaveTeam(captain, teamId))).toEqual({ dissolved: false });
  });

  it('sets a second contact; handing captaincy to the second contact swaps the two', async () => {
    const { captain, others, teamId } = await teamWith(2);
    const member = others[0]!;
    expectOk(await setSecondContact(captain, teamId, member.userId));
    expectOk(await transferCaptaincy(captain, teamId, member.userId));
    const [team] = await db.select().from(teams).where(eq(teams.id, teamId));
    expect(team).toMatchObject({ captainId: member.userId, secondContactId: captain.userId });
    expectOk(await setSecondContact(member, teamId, ''));
    const [cleared] = await db.select().from(teams).where(eq(teams.id, teamId));
    expect(cleared!.secondContactId).toBeNull();
  });

  it('a second contact who leaves is no longer the second contact', async () => {
    const { captain, others, teamId } = await teamWith(2);
    expectOk(await setSecondContact(captain, teamId, others[0]!.userId));
    expectOk(await leaveTeam(others[0]!, teamId));
    const [team] = await db.select().from(teams).where(eq(teams.id, teamId));
    expect(team!.secondContactId).toBeNull();
  });

  it('nothing changes after the deadline: leave, remove, hand over', async () => {
    const { event, captain, others, teamId } = await teamWith(2);
    await freeze(event.id);
    const frozen = { code: 'deadline_passed', fieldErrors: { form: ['teams.errors.frozen'] } };
    expect(refusal(await leaveTeam(others[0]!, teamId))).toEqual(frozen);
    expect(refusal(await removeMember(captain, teamId, others[0]!.userId))).toEqual(frozen);
    expect(refusal(await transferCaptaincy(captain, teamId, others[0]!.userId))).toEqual(frozen);
    // The database refuses a direct change of the captain too.
    let error: unknown;
    await db.update(teams).set({ captainId: others[0]!.userId }).where(and(eq(teams.id, teamId))).catch((e: unknown) => (error = e));
    expect(violatedConstraint(error)).toBe('teams_frozen_after_deadline');
    expect(await membersOf(teamId)).toHaveLength(2);
  });
});
