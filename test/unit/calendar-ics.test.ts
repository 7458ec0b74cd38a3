import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, utcStamp, writeCalendar } from '@/lib/calendar/ics';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('iCalendar writer (RFC 5545)', () => {
  it('escapes backslash, semicolon, comma and newlines in text', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('writes instants in UTC basic form', () => {
    expect(utcStamp(new Date('2026-11-23T01:05:09.123Z'))).toBe('20261123T010509Z');
  });

  it('folds lines at 75 octets without splitting a UTF-8 character, and unfolds to the original', () => {
    const line = `SUMMARY:${'臺北市黑客松'.repeat(20)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
    // Exactly 75 octets stays one line; 76 folds.
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
    expect(foldLine('X'.repeat(76))).toBe(`${'X'.repeat(75)}\r\n X`);
  });

  it('writes a calendar with CRLF lines, one VEVENT per item with UID, DTSTAMP and DTSTART', () => {
    const text = writeCalendar({
      name: 'Taipei, 2026',
      stamp: new Date('2026-01-01T00:00:00Z'),
      items: [{ uid: 'e1-deadline@codefest', start: new Date('2026-11-23T15:59:00Z'), summary: 'Deadline; submit, now', url: 'https://codefest.example/en/events/x' }],
    });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').filter(Boolean)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//CodeFest//Event timeline//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Taipei\\, 2026',
      'BEGIN:VEVENT',
      'UID:e1-deadline@codefest',
      'DTSTAMP:20260101T000000Z',
      'DTSTART:20261123T155900Z',
      'SUMMARY:Deadline\\; submit\\, now',
      'URL:https://codefest.example/en/events/x',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
    expect(text).not.toMatch(/[^\r]\n/);
  });
});
