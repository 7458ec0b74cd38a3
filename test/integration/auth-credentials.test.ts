import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { verifyCredentials } from '@/lib/accounts/credentials';
import { signUp } from '@/lib/accounts/sign-up';
import { LIMITS } from '@/lib/rate-limit';

const password = 'a long enough passphrase';
let counter = 0;
const unique = () => `cred${Date.now()}-${counter++}@example.tw`;
const ctx = (n: number) => ({ ip: `203.0.113.${n}` });

async function createUser(): Promise<{ id: string; email: string }> {
  const email = unique();
  const result = await signUp({ name: 'Chen', email, password }, { ip: '192.0.2.250' });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return { id: result.data.userId, email };
}

describe('verifyCredentials', () => {
  let user: { id: string; email: string };
  beforeAll(async () => {
    user = await createUser();
  });

  it('accepts the right password, with the e-mail in any case', async () => {
    const result = await verifyCredentials({ email: user.email.toUpperCase(), password }, ctx(1));
    expect(result).toEqual({ ok: true, data: { id: user.id, email: user.email, name: 'Chen' } });
  });

  it('refuses a wrong password, an unknown e-mail and malformed input with the same answer', async () => {
    const refused = { ok: false, error: { code: 'unauthenticated' } };
    expect(await verifyCredentials({ email: user.email, password: 'wrong password' }, ctx(2))).toEqual(refused);
    expect(await verifyCredentials({ email: unique(), password }, ctx(2))).toEqual(refused);
    expect(await verifyCredentials({ email: 'nope', password }, ctx(2))).toEqual(refused);
    expect(await verifyCredentials(undefined, ctx(2))).toEqual(refused);
  });

  it('refuses a disabled account even with the right password', async () => {
    const disabled = await createUser();
    await db.update(users).set({ disabledAt: sql`now()` }).where(eq(users.id, disabled.id));
    expect(await verifyCredentials({ email: disabled.email, password }, ctx(3))).toEqual({
      ok: false,
      error: { code: 'unauthenticated' },
    });
  });

  it('refuses an SSO-only account (no password hash)', async () => {
    const email = unique();
    await db.insert(users).values({ email });
    expect((await verifyCredentials({ email, password }, ctx(4))).ok).toBe(false);
  });

  it('locks an address after too many failures, even for the right password, and counts only failures', async () => {
    const target = await createUser();
    // Successful sign-ins are refunded: they never use up the allowance.
    for (let i = 0; i < LIMITS.signInPerEmail.limit + 2; i++) {
      expect((await verifyCredentials({ email: target.email, password }, ctx(10 + i))).ok).toBe(true);
    }
    for (let i = 0; i < LIMITS.signInPerEmail.limit; i++) {
      const r = await verifyCredentials({ email: target.email, password: `wrong ${i}` }, ctx(30 + i));
      expect(r).toEqual({ ok: false, error: { code: 'unauthenticated' } });
    }
    expect(await verifyCredentials({ email: target.email, password }, ctx(60))).toEqual({
      ok: false,
      error: { code: 'rate_limited' },
    });
  });

  it('limits one IP trying many addresses', async () => {
    const ip = { ip: '192.0.2.77' };
    for (let i = 0; i < LIMITS.signInPerIp.limit; i++) {
      expect((await verifyCredentials({ email: unique(), password: 'guess' }, ip)).ok).toBe(false);
    }
    const last = await verifyCredentials({ email: user.email, password }, ip);
    expect(last).toEqual({ ok: false, error: { code: 'rate_limited' } });
  });
});
