/*
 * Pure helpers for the organizer's charts. Days are plain 'YYYY-MM-DD' strings already in the event's
 * time zone (the database did the zone conversion), so the arithmetic here is calendar-only and safe in UTC.
 */
export type DayCount = { day: string; count: number };
export type CumulativePoint = { day: string; added: number; total: number };

const DAY_MS = 86_400_000;
const toUtc = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Running totals with the quiet days filled in, so the line does not jump over a weekend without sign-ups. */
export function cumulativeByDay(rows: readonly DayCount[]): CumulativePoint[] {
  if (rows.length === 0) return [];
  const byDay = new Map(rows.map((row) => [row.day, row.count]));
  const sorted = [...byDay.keys()].sort();
  const points: CumulativePoint[] = [];
  let total = 0;
  for (let at = toUtc(sorted[0]!); at <= toUtc(sorted.at(-1)!); at += DAY_MS) {
    const day = fromUtc(at);
    const added = byDay.get(day) ?? 0;
    total += added;
    points.push({ day, added, total });
  }
  return points;
}

/** Whole-number percentage for "n of m" (0 of 0 is 0 %, not NaN). */
export const percentOf = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((100 * part) / whole));
