import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPABILITIES, roleGrants, type Capability, type EventRole } from '@/lib/auth/capabilities';

const roles: EventRole[] = ['organizer', 'judge', 'topic_owner'];
const capabilities = Object.keys(CAPABILITIES) as Capability[];

describe('roleGrants', () => {
  it.each([
    [['organizer'], 'event.manage', false, true],
    [['judge'], 'event.manage', false, false],
    [['judge'], 'judging.score', false, true],
    [['organizer'], 'judging.score', false, false],
    [['topic_owner'], 'track.review', false, true],
    [['topic_owner'], 'results.publish', false, false],
    [[], 'event.manage', true, true],
    [[], 'judging.score', true, false],
    [[], 'event.viewPeople', false, false],
  ] as [EventRole[], Capability, boolean, boolean][])('%j may %s (site admin %s) → %s', (held, capability, admin, expected) => {
    expect(roleGrants(held, capability, admin)).toBe(expected);
  });

  it('grants exactly what the table lists, for any set of roles', () => {
    fc.assert(
      fc.property(fc.subarray(roles), fc.constantFrom(...capabilities), (held, capability) => {
        const listed: readonly EventRole[] = CAPABILITIES[capability];
        expect(roleGrants(held, capability, false)).toBe(held.some((r) => listed.includes(r)));
      }),
    );
  });

  it('never lets a site admin score as a judge: judging needs the judge role itself', () => {
    expect(roleGrants([], 'judging.score', true)).toBe(false);
  });
});
