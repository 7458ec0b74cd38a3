import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_PHASES, eventPhase, phaseIndex, timelineSteps, type EventTimeline } from '@/lib/events/phase';

const at = (iso: string) => new Date(`${iso}+08:00`);
const autumn: EventTimeline = {
  registrationOpensAt: at('2026-09-01T10:00:00'),
  registrationClosesAt: at('2026-10-01T23:59:59'),
  hackingStartsAt: at('2026-10-17T09:00:00'),
  submissionDeadline: at('2026-10-18T15:00:00'),
  judgingEndsAt: at('2026-10-25T18:00:00'),
  resultsPublishedAt: null,
};

describe('eventPhase', () => {
  it.each([
    ['2026-08-31T23:59:59', autumn, 'upcoming'],
    ['2026-09-01T10:00:00', autumn, 'registration'], // a milestone belongs to the phase it starts
    ['2026-10-01T23:59:58', autumn, 'registration'],
    ['2026-10-01T23:59:59', autumn, 'hacking_soon'],
    ['2026-10-17T09:00:00', autumn, 'hacking'],
    ['2026-10-18T14:59:59', autumn, 'hacking'],
    ['2026-10-18T15:00:00', autumn, 'judging'],
    ['2026-10-25T18:00:00', autumn, 'results'],
    ['2027-03-01T00:00:00', autumn, 'results'],
    ['2026-10-26T12:00:00', { ...autumn, resultsPublishedAt: at('2026-10-26T12:00:00') }, 'ended'],
    ['2026-10-26T11:59:59', { ...autumn, resultsPublishedAt: at('2026-10-26T12:00:00') }, 'results'],
    // published early, during judging: straight to 'ended'
    ['2026-10-20T00:00:00', { ...autumn, resultsPublishedAt: at('2026-10-19T00:00:00') }, 'ended'],
    // a publication time before the deadline cannot end the hacking early
    ['2026-10-18T00:00:00', { ...autumn, resultsPublishedAt: at('2026-10-01T00:00:00') }, 'hacking'],
    ['2026-10-18T15:00:00', { ...autumn, resultsPublishedAt: at('2026-10-01T00:00:00') }, 'ended'],
    // late registration, still open while the teams hack: the hacking is what is happening
    ['2026-10-17T12:00:00', { ...autumn, registrationClosesAt: at('2026-10-17T18:00:00') }, 'hacking'],
  ] as const)('at %s is %s', (now, timeline, expected) => {
    expect(eventPhase(timeline, at(now))).toBe(expected);
  });
});

describe('timelineSteps', () => {
  it('lists the six milestones in order, results as null until scheduled', () => {
    const steps = timelineSteps(autumn);
    expect(steps.map((s) => s.key)).toEqual([
      'registrationOpens',
      'registrationCloses',
      'hackingStarts',
      'submissionDeadline',
      'judgingEnds',
      'resultsPublished',
    ]);
    expect(steps[0]!.at).toEqual(autumn.registrationOpensAt);
    expect(steps[5]!.at).toBeNull();
    const published = at('2026-10-26T12:00:00');
    expect(timelineSteps({ ...autumn, resultsPublishedAt: published })[5]!.at).toEqual(published);
  });
});

/*
 * A timeline the database would accept (events_*_order checks): registration opens before it closes and
 * before the deadline, hacking starts before the deadline, judging ends at or after it. Registration may
 * close after hacking starts (late registration); the phase must still only move forward.
 */
const YEAR = 365 * 24 * 3600 * 1000;
const base = Date.UTC(2026, 0, 1);
const gap = fc.integer({ min: 1, max: YEAR });
const validTimeline = fc
  .record({
    opens: fc.integer({ min: 0, max: YEAR }),
    closeGap: gap,
    hackGap: fc.integer({ min: 0, max: YEAR }),
    hackLength: gap,
    judgingGap: fc.integer({ min: 0, max: YEAR }),
    results: fc.option(fc.integer({ min: 0, max: 4 * YEAR }), { nil: null }),
  })
  .map(({ opens, closeGap, hackGap, hackLength, judgingGap, results }) => {
    const registrationOpensAt = base + opens;
    const hackingStartsAt = registrationOpensAt + hackGap;
    const submissionDeadline = hackingStartsAt + hackLength;
    return {
      registrationOpensAt: new Date(registrationOpensAt),
      registrationClosesAt: new Date(registrationOpensAt + closeGap),
      hackingStartsAt: new Date(hackingStartsAt),
      submissionDeadline: new Date(submissionDeadline),
      judgingEndsAt: new Date(submissionDeadline + judgingGap),
      resultsPublishedAt: results === null ? null : new Date(base + results),
    } satisfies EventTimeline;
  });

const instant = fc.integer({ min: base - YEAR, max: base + 5 * YEAR }).map((ms) => new Date(ms));

describe('eventPhase properties', () => {
  it('is always a known phase and never moves backwards as time passes', () => {
    fc.assert(
      fc.property(validTimeline, instant, instant, (timeline, a, b) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        const p1 = eventPhase(timeline, earlier);
        const p2 = eventPhase(timeline, later);
        expect(EVENT_PHASES).toContain(p1);
        expect(EVENT_PHASES).toContain(p2);
        expect(phaseIndex(p2)).toBeGreaterThanOrEqual(phaseIndex(p1));
      }),
      { numRuns: 2000 },
    );
  });

  it('is upcoming before registration opens, hacking just before the deadline and past it from then on', () => {
    fc.assert(
      fc.property(validTimeline, (timeline) => {
        const justBefore = new Date(timeline.submissionDeadline.getTime() - 1);
        expect(eventPhase(timeline, new Date(timeline.registrationOpensAt.getTime() - 1))).toBe('upcoming');
        expect(eventPhase(timeline, justBefore)).toBe('hacking');
        expect(['judging', 'results', 'ended']).toContain(eventPhase(timeline, timeline.submissionDeadline));
      }),
    );
  });
});
