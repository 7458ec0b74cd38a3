/*
 * A small iCalendar (RFC 5545) writer: exactly what an event timeline needs, with the parts calendar apps
 * are strict about done by the book. Times are written in UTC ("...Z", §3.3.5 form 2), so no VTIMEZONE is
 * needed and every app shows them in its own zone. Text is escaped (§3.3.11: backslash, semicolon, comma,
 * newline) and every content line is folded at 75 octets (§3.1), never inside a UTF-8 character.
 * Pure functions, unit-tested.
 */
export type CalendarItem = {
  /** Stable per item across downloads, so a re-import updates instead of duplicating. */
  uid: string;
  start: Date;
  end?: Date;
  summary: string;
  description?: string;
  url?: string;
};
export type Calendar = { name: string; stamp: Date; items: CalendarItem[] };

export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** 2026-11-23T01:05:09.123Z -> 20261123T010509Z */
export function utcStamp(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** Splits a line into 75-octet pieces; continuation lines start with one space (which counts). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = pieces.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

export function writeCalendar(calendar: Calendar): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CodeFest//Event timeline//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(calendar.name)}`];
  for (const item of calendar.items) {
    lines.push('BEGIN:VEVENT', `UID:${item.uid}`, `DTSTAMP:${utcStamp(calendar.stamp)}`, `DTSTART:${utcStamp(item.start)}`);
    // Without DTEND a timed VEVENT ends when it starts (§3.6.1): right for a deadline.
    if (item.end) lines.push(`DTEND:${utcStamp(item.end)}`);
    lines.push(`SUMMARY:${escapeText(item.summary)}`);
    if (item.description) lines.push(`DESCRIPTION:${escapeText(item.description)}`);
    if (item.url) lines.push(`URL:${item.url}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
