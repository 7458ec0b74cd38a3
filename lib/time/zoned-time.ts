/*
 * Organizers type a deadline as a wall-clock time of the EVENT's zone (a datetime-local input has no zone),
 * whatever zone their browser or our server runs in. These turn such a "2026-11-23T18:30" into the instant
 * and back, with Intl's zone data, so Asia/Taipei, Europe/Berlin (with summer time) and UTC all work.
 */
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function wallClockParts(instant: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** The zone's offset from UTC, in ms, at `instant`. */
function offsetAt(instant: number, timeZone: string): number {
  const p = wallClockParts(instant, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000;
}

/** The instant a wall-clock "YYYY-MM-DDTHH:mm" in `timeZone` denotes, or null if it is not a real date and time. */
export function zonedLocalToInstant(local: string, timeZone: string): Date | null {
  const m = LOCAL.exec(local.trim());
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // Twice: the offset at the first guess may differ from the offset at the answer across a summer-time change.
  let instant = asUtc - offsetAt(asUtc, timeZone);
  instant = asUtc - offsetAt(instant, timeZone);
  // A date like 2026-02-30 (or a time skipped by summer time) does not round-trip: refuse it.
  return instantToZonedLocal(new Date(instant), timeZone) === local.trim() ? new Date(instant) : null;
}

/** The "YYYY-MM-DDTHH:mm" wall clock of `instant` in `timeZone`, for a datetime-local input's value. */
export function instantToZonedLocal(instant: Date, timeZone: string): string {
  const p = wallClockParts(instant.getTime(), timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
}
