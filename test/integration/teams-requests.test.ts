import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { events, registrations, teamMembers, users } from '@/db/schema';
import { flushMail } from '@/lib/mail/outbox';
import { setLookingForTeam } from '@/lib/teams/finder';
import { listTeamFinder } from '@/lib/teams/finder-queries';
import { createTeam, updateTeam } from '@/lib/teams/manage-team';
import { joinTeamByCode } from '@/lib/teams/membership';
import { inviteToTeam, requestToJoin, respondToRequest } from '@/lib/teams/requests';
import { getTeamWorkspace } from '@/lib/teams/workspace';
import { auditActions, expectOk, participant, refusal, teamEvent } from './helpers/teams-fixtures';

let mailDir: string;
beforeAll(async () => {
  mailDir = await mkdtemp(path.join(tmpdir(), 'codefest-team-mail-'));
  process.env.MAIL_DIR = mailDir;
});

type Mail = { to: string; subject: string; text: string };
async function mailsTo(userId: string): Promise<Mail[]> {
  await flushMail();
  const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  const mails = await Promise.all((await readdir(mailDir)).map(async (f) => JSON.parse(await readFile(path.join(mailDir, f), 'utf8')) as Mail));
  return mails.filter((m) => m.to === user!.email);
}

async function recruitingTeam(options: { teamSizeMax?: number } = {}) {
  const event = await teamEvent({ teamSizeMax: options.teamSizeMax ?? 4 });
  const captain = await participant(event.id, { name: 'Captain Lin' });
  const { teamId, inviteCode } = expectOk(await createTeam(captain, event.id, { name: 'Open Data Owls' }));
  expectOk(await updateTeam(captain, teamId, { name: 'Open Data Owls', isLookingForMembers: 'on', rolesNeeded: 'Designer', version: 1 }));
  return { event, captain, teamId, inviteCode };
}

describe('requests to join', () => {
  it('a person asks, the captain accepts: the person is in, both are told by e-mail without addresses in the text', async () => {
    const { event, captain, teamId } = await recruitingTeam();
    const person = await participant(event.id, { name: 'Designer Chen' });
    const { requestId } = expectOk(await requestToJoin(person, teamId, 'I draw maps'));

    const [received] = await mailsTo(captain.userId);
    expect(received!.subject).toContain('Designer Chen');
    expect(received!.text).toContain('I draw maps');
    expect(received!.text).not.toContain(person.email);

    const workspace = await getTeamWorkspace(captain, event.slug);
    expect(workspace!.team!.requests).toEqual([expect.objectContaining({ id: requestId, name: 'Designer Chen', message: 'I draw maps' })]);

    expect(expectOk(await respondToRequest(captain, requestId, 'accept'))).toEqual({ teamId, accepted: true });
    const members = await db.select({ userId: teamMembers.userId }).from(teamMembers).where(eq(teamMembers.teamId, teamId));
    expect(members.map((m) => m.userId)).toContain(person.userId);
    const [answer] = await mailsTo(person.userId);
    expect(answer!.subject).toContain('Open Data Owls');
    expect(await auditActions(event.id)).toEqual(expect.arrayContaining(['team.joinRequested', 'team.requestAccepted']));
  });

  it('refuses a second open request to the same team, and an answer given twice', async () => {
    const { event, captain, teamId } = await recruitingTeam();
    const person = await participant(event.id);
    const { requestId } = expectOk(await requestToJoin(person, teamId, ''));
    expect(refusal(await requestToJoin(person, teamId, ''))).toEqual({ code: 'conflict', fieldErrors: { form: ['teams.errors.requestPending'] } });
    expectOk(await respondToRequest(captain, requestId, 'decline'));
    expect(refusal(await respondToRequest(captain, requestId, 'accept'))).toEqual({ code: 'conflict', fieldErrors: { form: ['teams.errors.requestAnswered'] } });
    // Declined: not a member, and free to ask again.
    expect(await db.select().from(teamMembers).where(eq(teamMembers.userId, person.userId))).toEqual([]);
    expectOk(await requestToJoin(person, teamId, 'Second try'));
  });

  it('only the captain answers a request; anyone else is told it does not exist', async () => {
    const { event, inviteCode, teamId } = await recruitingTeam();
    const member = await participant(event.id);
    expectOk(await joinTeamByCode(member, event.id, inviteCode));
    const person = await participant(event.id);
    const { requestId } = expectOk(await requestToJoin(person, teamId, ''));
    expect(refusal(await respondToRequest(member, requestId, 'accept'))).toEqual({ code: 'not_found' });
    expect(refusal(await respondToRequest(person, requestId, 'accept'))).toEqual({ code: 'not_found' });
    expect(refusal(await respondToRequest(member, 'not-a-uuid', 'accept'))).toEqual({ code: 'not_found' });
  });

  it('refuses unregistered people, people in a team, and full teams', async () => {
    const { event, captain, teamId, inviteCode } = await recruitingTeam({ teamSizeMax: 2 });
    const stranger = await participant((await teamEvent()).id);
    expect(refusal(await requestToJoin(stranger, teamId, ''))).toEqual({ code: 'forbidden', fieldErrors: { form: ['teams.errors.notRegistered'] } });
    const other = await participant(event.id);
    expectOk(await createTeam(other, event.id, { name: 'Other' }));
    expect(refusal(await requestToJoin(other, teamId, ''))).toEqual({ code: 'conflict', fieldErrors: { form: ['teams.errors.alreadyInTeam'] } });
    const early = await participant(event.id);
    const { requestId } = expectOk(await requestToJoin(early, teamId, ''));
    expectOk(await joinTeamByCode(await participant(event.id), event.id, inviteCode));
    expect(refusal(await requestToJoin(await participant(event.id), teamId, ''))).toEqual({ code: 'conflict', fieldErrors: { form: ['teams.errors.teamFull'] } });
    // A request made while there was room cannot be accepted once the team is full: the trigger decides.
    expect(refusal(await respondToRequest(captain, requestId, 'accept'))).toEqual({ code: 'conflict', fieldErrors: { form: ['teams.errors.teamFull'] } });
  });
});

describe('invitations', () => {
  it('the captain invites a listed person, who accepts; a member who is not captain cannot invite', async () => {
    const { event, captain, teamId, inviteCode } = await recruitingTeam();
    const member = await participant(event.id);
    expectOk(await joinTeamByCode(member, event.id, inviteCode));
    const person = await participant(event.id, { name: 'Coder Wu' });
    expectOk(await setLookingForTeam(person, event.id, { isLooking: 'on', note: 'Back end, Go' }));

    const finder = await listTeamFinder(captain, event.slug);
    expect(finder!.people).toEqual([expect.objectContaining({ userId: person.userId, name: 'Coder Wu', note: 'Back end, Go', isInvited: false })]);
    expect(JSON.stringify(finder)).not.toContain(person.email);

    expect(refusal(await inviteToTeam(member, teamId, person.userId, ''))).toEqual({ code: 'forbidden', fieldErrors: { form: ['teams.errors.captainOnly'] } });
    const { requestId } = expectOk(await inviteToTeam(captain, teamId, person.userId, 'Join us'));
    expect((await listTeamFinder(captain, event.slug))!.people[0]!.isInvited).toBe(true);
    expect((await getTeamWorkspace(person, event.slug))!.invitations).toEqual([expect.objectContaining({ id: requestId, teamName: 'Open Data Owls' })]);
    // The captain cannot answer the team's own invitation for the person.
    expect(refusal(await respondToRequest(captain, requestId, 'accept'))).toEqual({ code: 'not_found' });

    expectOk(await respondToRequest(person, requestId, 'accept'));
    const workspace = await getTeamWorkspace(person, event.slug);
    expect(workspace!.team!.id).toBe(teamId);
    // Now in a team, the person is no longer listed.
    expect((await listTeamFinder(captain, event.slug))!.people).toEqual([]);
  });

  it('cannot invite someone unregistered or already in a team (one message for both)', async () => {
    const { event, captain, teamId } = await recruitingTeam();
    const stranger = await participant((await teamEvent()).id);
    const unavailable = { code: 'conflict', fieldErrors: { form: ['teams.errors.personUnavailable'] } };
    expect(refusal(await inviteToTeam(captain, teamId, stranger.userId, ''))).toEqual(unavailable);
    const other = await participant(event.id);
    expectOk(await createTeam(other, event.id, { name: 'Busy' }));
    expect(refusal(await inviteToTeam(captain, teamId, other.userId, ''))).toEqual(unavailable);
  });
});

describe('team finder', () => {
  it('shows teams looking for members to people without a team, and nothing to the unregistered', async () => {
    const { event, teamId } = await recruitingTeam();
    const seeker = await participant(event.id);
    const finder = await listTeamFinder(seeker, event.slug);
    expect(finder!.teams).toEqual([expect.objectContaining({ id: teamId, name: 'Open Data Owls', rolesNeeded: 'Designer', memberCount: 1, hasRequested: false })]);

    const withdrawn = await participant(event.id, { status: 'withdrawn' });
    expect(await listTeamFinder(withdrawn, event.slug)).toMatchObject({ standing: { isEligible: false }, people: [], teams: [] });
    const [hidden] = await db.select().from(events).where(eq(events.id, event.id));
    await db.update(events).set({ isPublished: false }).where(eq(events.id, hidden!.id));
    expect(await listTeamFinder(seeker, event.slug)).toBeNull();
  });

  it('listing oneself: only without a team, and withdrawn people are not listed', async () => {
    const { event, captain } = await recruitingTeam();
    expect(refusal(await setLookingForTeam(captain, event.id, { isLooking: 'on', note: '' }))).toEqual({
      code: 'conflict',
      fieldErrors: { isLooking: ['teams.errors.alreadyInTeam'] },
    });
    const person = await participant(event.id);
    expectOk(await setLookingForTeam(person, event.id, { isLooking: 'on', note: 'x' }));
    expect((await listTeamFinder(captain, event.slug))!.people).toHaveLength(1);
    await db.update(registrations).set({ status: 'withdrawn' }).where(eq(registrations.userId, person.userId));
    expect((await listTeamFinder(captain, event.slug))!.people).toHaveLength(0);
    expect(refusal(await setLookingForTeam(person, event.id, { isLooking: 'on', note: 'x' }))).toMatchObject({ code: 'forbidden' });
  });
});
