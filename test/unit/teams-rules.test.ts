import { describe, expect, it } from 'vitest';
import { generateInviteCode, INVITE_CODE_ALPHABET } from '@/lib/teams/invite-code';
import { isTeamChangeWindowOpen, mayTakePartInTeams, teamSizeStatus } from '@/lib/teams/rules';
import { inviteCodeSchema, updateTeamSchema } from '@/lib/validation/teams';

describe('team rules', () => {
  it.each([
    [1, 3, 5, { kind: 'below_minimum', missing: 2 }],
    [3, 3, 5, { kind: 'ok', openPlaces: 2 }],
    [5, 3, 5, { kind: 'full' }],
  ])('%i members with min %i max %i', (count, min, max, expected) => {
    expect(teamSizeStatus(count, min, max)).toEqual(expected);
  });

  it('the change window runs from registration opening to the deadline (exclusive); an extension replaces the deadline', () => {
    const window = { registrationOpensAt: new Date(1000), submissionDeadline: new Date(2000) };
    expect(isTeamChangeWindowOpen(new Date(999), window)).toBe(false);
    expect(isTeamChangeWindowOpen(new Date(1999), window)).toBe(true);
    expect(isTeamChangeWindowOpen(new Date(2000), window)).toBe(false);
    expect(isTeamChangeWindowOpen(new Date(2500), { ...window, deadlineExtendedUntil: new Date(3000) })).toBe(true);
  });

  it('rejected, withdrawn and missing registrations do not take part', () => {
    expect(['pending', 'admitted', 'reserve', 'waitlisted', 'rejected', 'withdrawn', null].map(mayTakePartInTeams)).toEqual([true, true, true, true, false, false, false]);
  });
});

describe('invite codes', () => {
  it('are 10 characters from the unambiguous alphabet', () => {
    for (let i = 0; i < 200; i++) expect(generateInviteCode()).toMatch(new RegExp(`^[${INVITE_CODE_ALPHABET}]{10}$`));
  });

  it('are accepted as people type them, and refused with a field message otherwise', () => {
    expect(inviteCodeSchema.parse(' abcde-fghjk ')).toBe('ABCDEFGHJK');
    expect(inviteCodeSchema.safeParse('').error?.issues[0]?.message).toBe('teams.errors.codeRequired');
    expect(inviteCodeSchema.safeParse('O0O0O0').error?.issues[0]?.message).toBe('teams.errors.codeInvalid');
  });
});

describe('team details form', () => {
  it('reads FormData strings: an unticked checkbox is false, an empty track is null', () => {
    expect(updateTeamSchema.parse({ name: ' A ', trackId: '', version: '3' })).toEqual({
      name: 'A',
      trackId: null,
      pitch: '',
      isLookingForMembers: false,
      rolesNeeded: '',
      version: 3,
    });
    expect(updateTeamSchema.parse({ name: 'A', isLookingForMembers: 'on', version: 1 }).isLookingForMembers).toBe(true);
  });
});
