import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { events } from '@/db/schema';
import { isCheckViolation, isUniqueViolation } from '@/lib/db-errors';
import { eventValues, expectRefusal, insertEvent, validTimeline } from './helpers/domain-rows';

const insert = (overrides: Parameters<typeof eventValues>[0]) => db.insert(events).values(eventValues(overrides));
const t = validTimeline();
const before = (d: Date) => new Date(d.getTime() - 60_000);

describe('events: the database says no', () => {
  it('accepts a valid event (so each refusal below is about the one field changed)', async () => {
    await expect(insert({ teamSizeMin: 3, teamSizeMax: 3 })).resolves.toBeDefined();
  });

  it('refuses a maximum team size below the minimum', async () => {
    const error = await expectRefusal(insert({ teamSizeMin: 4, teamSizeMax: 3 }), 'events_team_size_max');
    expect(isCheckViolation(error)).toBe(true);
  });

  it('refuses registration closing before it opens', async () => {
    await expectRefusal(insert({ registrationClosesAt: before(t.registrationOpensAt) }), 'events_registration_order');
  });

  it('refuses a submission deadline before hacking starts', async () => {
    await expectRefusal(insert({ submissionDeadline: before(t.hackingStartsAt) }), 'events_hacking_order');
  });

  it('refuses judging ending before the submission deadline', async () => {
    await expectRefusal(insert({ judgingEndsAt: before(t.submissionDeadline) }), 'events_judging_order');
  });

  it('refuses a timeline change that breaks the order on update too', async () => {
    const event = await insertEvent();
    await expectRefusal(
      db.update(events).set({ registrationClosesAt: before(event.registrationOpensAt) }).where(eq(events.id, event.id)),
      'events_registration_order',
    );
  });

  it.each(['Autumn-2026', 'autumn_2026', '-autumn', 'autumn-', 'autumn--2026', 'autumn 2026', '秋季', ''])(
    'refuses the slug %j',
    async (slug) => {
      await expectRefusal(insert({ slug }), 'events_slug_format');
    },
  );

  it('accepts a lower-case hyphenated slug, once', async () => {
    await insert({ slug: 'codefest-taipei-2026-autumn' });
    const error = await expectRefusal(insert({ slug: 'codefest-taipei-2026-autumn' }), 'events_slug_unique');
    expect(isUniqueViolation(error)).toBe(true);
  });
});
