/**
 * Permissions as data: which per-event role may do what. Guards read this table; scoped rights are
 * re-read from the database on every check, never trusted from the session alone.
 */
export type EventRole = 'organizer' | 'judge' | 'topic_owner';

export const CAPABILITIES = {
  'event.manage': ['organizer'],
  'event.viewPeople': ['organizer'],
  'results.publish': ['organizer'],
  'judging.manage': ['organizer'],
  'judging.score': ['judge'],
  'track.review': ['organizer', 'topic_owner'],
} as const satisfies Record<string, readonly EventRole[]>;

export type Capability = keyof typeof CAPABILITIES;

/** Site admins can do everything an organizer of any event can. */
export function roleGrants(roles: readonly EventRole[], capability: Capability, isSiteAdmin: boolean): boolean {
  const allowed: readonly EventRole[] = CAPABILITIES[capability];
  if (isSiteAdmin && allowed.includes('organizer')) return true;
  return roles.some((role) => allowed.includes(role));
}
