/*
 * Pure team rules, shared by the domain layer (which enforces them) and the pages (which explain them).
 */

/** Teams that were turned away or left cannot be changed any more; the others are still taking part. */
export const CLOSED_TEAM_STATUSES = ['withdrawn', 'rejected', 'disqualified'] as const;
export type TeamStatus =
  | 'forming'
  | 'applied'
  | 'document_passed'
  | 'admitted'
  | 'reserve'
  | (typeof CLOSED_TEAM_STATUSES)[number];

export function isTeamClosed(status: TeamStatus): boolean {
  return (CLOSED_TEAM_STATUSES as readonly string[]).includes(status);
}

/** A registration in one of these states does not allow joining or creating a team. */
export const INELIGIBLE_REGISTRATION_STATUSES = ['rejected', 'withdrawn'] as const;

export function mayTakePartInTeams(registrationStatus: string | null | undefined): boolean {
  return Boolean(registrationStatus) && !(INELIGIBLE_REGISTRATION_STATUSES as readonly string[]).includes(registrationStatus!);
}

export type TeamSizeStatus = { kind: 'below_minimum'; missing: number } | { kind: 'ok'; openPlaces: number } | { kind: 'full' };

/** Where a team stands against the event's size limits, for the page's message. */
export function teamSizeStatus(memberCount: number, min: number, max: number): TeamSizeStatus {
  if (memberCount < min) return { kind: 'below_minimum', missing: min - memberCount };
  if (memberCount >= max) return { kind: 'full' };
  return { kind: 'ok', openPlaces: max - memberCount };
}

/**
 * Teams can change from the moment registration opens until the deadline (the team's own extension,
 * when granted, replaces the event's). Both times are compared with the database clock by the caller.
 */
export function isTeamChangeWindowOpen(
  now: Date,
  window: { registrationOpensAt: Date; submissionDeadline: Date; deadlineExtendedUntil?: Date | null },
): boolean {
  const deadline = window.deadlineExtendedUntil ?? window.submissionDeadline;
  return now.getTime() >= window.registrationOpensAt.getTime() && now.getTime() < deadline.getTime();
}
