/*
 * Where an event stands in its timeline. Pure: the caller passes `now`, and pages pass the database's
 * clock (from the query that loaded the event), so the phase a visitor sees agrees with the deadlines the
 * database enforces, whatever the app server's clock says.
 */

export type EventTimeline = {
  registrationOpensAt: Date;
  registrationClosesAt: Date;
  hackingStartsAt: Date;
  submissionDeadline: Date;
  judgingEndsAt: Date;
  resultsPublishedAt: Date | null;
};

/**
 * In time order. 'results' is the gap after judging has ended while results are still being prepared;
 * 'ended' means results are published (an organizer may publish before judgingEndsAt, which ends the
 * event early rather than stepping back to 'results').
 */
export const EVENT_PHASES = ['upcoming', 'registration', 'hacking_soon', 'hacking', 'judging', 'results', 'ended'] as const;
export type EventPhase = (typeof EVENT_PHASES)[number];

/*
 * Decided from the latest milestone already passed, so a timeline the database accepts but that is not
 * strictly in display order (registration still open while hacking runs, or even past the deadline) still
 * reads sensibly: once hacking has started the event is 'hacking', whatever registration does.
 */
export function eventPhase(timeline: EventTimeline, now: Date): EventPhase {
  const t = now.getTime();
  const deadline = timeline.submissionDeadline.getTime();
  // A publication time before the deadline is ignored until the deadline: results cannot precede projects.
  if (timeline.resultsPublishedAt && t >= timeline.resultsPublishedAt.getTime() && t >= deadline) return 'ended';
  if (t >= timeline.judgingEndsAt.getTime()) return 'results';
  if (t >= deadline) return 'judging';
  if (t >= timeline.hackingStartsAt.getTime()) return 'hacking';
  if (t >= timeline.registrationClosesAt.getTime()) return 'hacking_soon';
  if (t >= timeline.registrationOpensAt.getTime()) return 'registration';
  return 'upcoming';
}

/** Position in EVENT_PHASES, for "has the event reached phase X" comparisons. */
export function phaseIndex(phase: EventPhase): number {
  return EVENT_PHASES.indexOf(phase);
}

export const TIMELINE_KEYS = [
  'registrationOpens',
  'registrationCloses',
  'hackingStarts',
  'submissionDeadline',
  'judgingEnds',
  'resultsPublished',
] as const;
export type TimelineKey = (typeof TIMELINE_KEYS)[number];
export type TimelineStep = { key: TimelineKey; at: Date | null };

/**
 * The milestones for the timeline display, in order. Results always appear, with `at: null` while no
 * publication time is set, so the display can say "to be announced" instead of silently dropping a step.
 */
export function timelineSteps(timeline: EventTimeline): TimelineStep[] {
  return [
    { key: 'registrationOpens', at: timeline.registrationOpensAt },
    { key: 'registrationCloses', at: timeline.registrationClosesAt },
    { key: 'hackingStarts', at: timeline.hackingStartsAt },
    { key: 'submissionDeadline', at: timeline.submissionDeadline },
    { key: 'judgingEnds', at: timeline.judgingEndsAt },
    { key: 'resultsPublished', at: timeline.resultsPublishedAt },
  ];
}
