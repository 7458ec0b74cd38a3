import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/events/[slug]/calendar.ics/route';
import { insertEvent } from './helpers/domain-rows';

/* The ICS feed route against the real database: published events only, stable UIDs, UTC instants. */
const get = (slug: string, query = '') =>
  GET(new Request(`http://codefest.test/api/events/${slug}/calendar.ics${query}`), { params: Promise.resolve({ slug }) });

describe('GET /api/events/[slug]/calendar.ics', () => {
  it('serves the timeline of a published event as text/calendar, in the asked language', async () => {
    const event = await insertEvent({ isPublished: true, submissionDeadline: new Date('2030-11-23T15:59:00Z'), judgingEndsAt: new Date('2030-11-30T10:00:00Z'), hackingStartsAt: new Date('2030-11-22T01:00:00Z'), registrationOpensAt: new Date('2030-10-01T00:00:00Z'), registrationClosesAt: new Date('2030-11-01T00:00:00Z') });
    const response = await get(event.slug, '?locale=en');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${event.slug}.ics"`);
    const body = await response.text();
    const unfolded = body.replace(/\r\n /g, '');
    expect(unfolded).toContain(`UID:${event.id}-submissionDeadline@codefest`);
    expect(unfolded).toContain('DTSTART:20301123T155900Z');
    expect(unfolded).toContain('SUMMARY:Test event: Submission deadline');
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(5); // results not yet scheduled: no entry
    // Downloading again gives the same UIDs (a calendar updates instead of duplicating).
    expect((await (await get(event.slug, '?locale=en')).text()).match(/UID:.*/g)).toEqual(body.match(/UID:.*/g));
    expect((await (await get(event.slug)).text()).replace(/\r\n /g, '')).toContain('SUMMARY:測試活動: 開放報名');
  });

  it('answers 404 for a draft and for an unknown slug', async () => {
    const draft = await insertEvent({ isPublished: false });
    expect((await get(draft.slug)).status).toBe(404);
    expect((await get('no-such-event')).status).toBe(404);
    expect((await get('../etc')).status).toBe(404);
  });
});
