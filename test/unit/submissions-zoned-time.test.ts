import { describe, expect, it } from 'vitest';
import { instantToZonedLocal, zonedLocalToInstant } from '@/lib/time/zoned-time';

describe('wall-clock times of the event zone', () => {
  it.each([
    ['2026-11-23T18:30', 'Asia/Taipei', '2026-11-23T10:30:00.000Z'],
    ['2026-11-23T18:30', 'UTC', '2026-11-23T18:30:00.000Z'],
    ['2026-07-01T12:00', 'Europe/Berlin', '2026-07-01T10:00:00.000Z'],
    ['2026-01-01T12:00', 'Europe/Berlin', '2026-01-01T11:00:00.000Z'],
    ['2026-01-01T00:00', 'Asia/Taipei', '2025-12-31T16:00:00.000Z'],
  ])('%s in %s is %s, and back', (local, zone, iso) => {
    expect(zonedLocalToInstant(local, zone)?.toISOString()).toBe(iso);
    expect(instantToZonedLocal(new Date(iso), zone)).toBe(local);
  });

  it.each(['2026-02-30T10:00', '2026-11-23 18:30', '2026-11-23T25:00', '', 'tomorrow', '2026-03-29T02:30'])(
    'refuses %j (not a real wall-clock time in Europe/Berlin)',
    (local) => {
      expect(zonedLocalToInstant(local, 'Europe/Berlin')).toBeNull();
    },
  );
});
