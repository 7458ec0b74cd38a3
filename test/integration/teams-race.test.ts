import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { teamMembers } from '@/db/schema';
import { createTeam } from '@/lib/teams/manage-team';
import { joinTeamByCode } from '@/lib/teams/membership';
import { expectOk, participant, teamEvent } from './helpers/teams-fixtures';

describe('joining races', () => {
  it('10 people joining a team with 3 free places at once: exactly 3 get in, 7 are told the team is full', async () => {
    const event = await teamEvent({ teamSizeMax: 5 });
    const captain = await participant(event.id);
    const { teamId, inviteCode } = expectOk(await createTeam(captain, event.id, { name: 'Last places' }));
    const first = await participant(event.id);
    expectOk(await joinTeamByCode(first, event.id, inviteCode));
    const joiners = await Promise.all(Array.from({ length: 10 }, () => participant(event.id)));

    const results = await Promise.all(joiners.map((actor) => joinTeamByCode(actor, event.id, inviteCode)));

    const accepted = results.filter((r) => r.ok).length;
    const full = results.filter((r) => !r.ok && r.error.fieldErrors?.code?.[0] === 'teams.errors.teamFull').length;
    console.log(`[race] joins accepted ${accepted}, refused as full ${full}, other ${results.length - accepted - full}`);
    expect({ accepted, full }).toEqual({ accepted: 3, full: 7 });
    const [row] = await db.select({ n: count() }).from(teamMembers).where(eq(teamMembers.teamId, teamId));
    expect(row!.n).toBe(5);
  });

  it('two people creating teams with the same name at once: one wins, the other gets the field error', async () => {
    const event = await teamEvent();
    const [a, b] = await Promise.all([participant(event.id), participant(event.id)]);
    const results = await Promise.all([createTeam(a, event.id, { name: 'Twins' }), createTeam(b, event.id, { name: 'TWINS' })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, error: { code: 'conflict', fieldErrors: { name: ['teams.errors.nameTaken'] } } });
  });
});
