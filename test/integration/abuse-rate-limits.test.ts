import { count, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import * as schema from '@/db/schema';
import { verifyCredentials } from '@/lib/accounts/credentials';
import { requestPasswordReset } from '@/lib/accounts/password-reset';
import { inviteJudge } from '@/lib/judging/invitations';
import { consume, LIMITS } from '@/lib/rate-limit';
import { insertUser } from './helpers/domain-rows';
import { actorOf, setupFixture } from './helpers/judging-setup-fixture';

/*
 * Abuse limits (issue 6 §2.5): the limits live in Postgres, so a second app instance (here: a second
 * connection pool, as another `next start` would have) counts against the same budget; lock-outs answer
 * the same for an address with an account and one without; organizers cannot mail unlimited invitations.
 */
const otherInstance = postgres(process.env.DATABASE_URL!, { max: 2, onnotice: () => {} });
const otherDb = drizzle({ client: otherInstance, schema, casing: 'snake_case' });
afterAll(() => otherInstance.end({ timeout: 5 }));

const unique = (what: string) => `${what}-${crypto.randomUUID().slice(0, 8)}@example.tw`;

describe('rate limits held in Postgres', () => {
  it('one budget across app instances: hits through two connection pools add up', async () => {
    const key = `test:instances:${crypto.randomUUID()}`;
    const outcomes = [];
    for (let i = 0; i < 6; i++) outcomes.push(await consume(key, 4, 3600, i % 2 === 0 ? db : otherDb));
    expect(outcomes).toEqual([true, true, true, true, false, false]);
  });
});

describe('lock-outs do not reveal whether an account exists', () => {
  it('sign-in: an existing and an unknown address get identical answers before and after the lock-out', async () => {
    const existing = await insertUser({ email: unique('known') });
    const unknown = unique('nobody');
    const answers = { existing: [] as unknown[], unknown: [] as unknown[] };
    for (let i = 0; i <= LIMITS.signInPerEmail.limit; i++) {
      answers.existing.push(await verifyCredentials({ email: existing.email, password: `wrong guess ${i}` }, { ip: `198.51.100.${i}` }));
      answers.unknown.push(await verifyCredentials({ email: unknown, password: `wrong guess ${i}` }, { ip: `198.51.100.${100 + i}` }));
    }
    expect(answers.existing).toEqual(answers.unknown);
    expect(answers.existing.at(-1)).toEqual({ ok: false, error: { code: 'rate_limited' } });
    expect(answers.existing.at(0)).toEqual({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('password reset: an existing and an unknown address get identical answers before and after the limit', async () => {
    const existing = await insertUser({ email: unique('reset') });
    const unknown = unique('reset-nobody');
    const origin = 'http://localhost:3000';
    const answers = { existing: [] as unknown[], unknown: [] as unknown[] };
    for (let i = 0; i <= LIMITS.resetRequestPerEmail.limit; i++) {
      answers.existing.push(await requestPasswordReset({ email: existing.email }, { ip: `192.0.2.${i}`, origin }));
      answers.unknown.push(await requestPasswordReset({ email: unknown }, { ip: `192.0.2.${100 + i}`, origin }));
    }
    expect(answers.existing).toEqual(answers.unknown);
    expect(answers.existing.at(-1)).toEqual({ ok: false, error: { code: 'rate_limited' } });
  });
});

describe('judge invitations', () => {
  it('an organizer may send a panel\'s worth of invitations, then is refused beside the field, and the refusal stores nothing', async () => {
    const f = await setupFixture({ projects: 1, judges: 0 });
    const organizer = await actorOf(f.organizer);
    const context = { origin: 'http://localhost:3000' };
    for (let i = 0; i < LIMITS.judgeInvitesPerOrganizer.limit; i++) {
      const sent = await inviteJudge(organizer, f.event.id, { email: unique(`judge${i}`), role: 'judge' }, context);
      expect(sent.ok).toBe(true);
    }
    const refused = await inviteJudge(organizer, f.event.id, { email: unique('one-too-many'), role: 'judge' }, context);
    expect(refused).toEqual({ ok: false, error: { code: 'rate_limited', fieldErrors: { email: ['errors.rate_limited'] } } });
    const [stored] = await db.select({ n: count() }).from(schema.judgeInvitations).where(eq(schema.judgeInvitations.eventId, f.event.id));
    expect(stored!.n).toBe(LIMITS.judgeInvitesPerOrganizer.limit);
  });
});
