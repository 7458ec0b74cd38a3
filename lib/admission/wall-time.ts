/*
 * Organizers type an interview time as the wall clock at the venue (a datetime-local field has no zone).
 * It is turned into an instant in the EVENT's time zone, not the server's: the app server may run in UTC
 * while the workshop is in Taipei.
 */
export function zonedWallTimeToInstant(wallTime: string, timeZone: string): Date {
  const asUtc = new Date(`${wallTime}:00Z`);
  // The zone's offset at (about) that moment: format the UTC guess in the zone and measure the difference.
  const offsetAt = (instant: Date) => {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    }).formatToParts(instant);
    const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
    const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
    return local - instant.getTime();
  };
  const first = new Date(asUtc.getTime() - offsetAt(asUtc));
  // A second pass settles times near a daylight-saving change.
  return new Date(asUtc.getTime() - offsetAt(first));
}

/** The instant as a datetime-local value in `timeZone` (for the form's default). */
export function instantToZonedWallTime(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}
