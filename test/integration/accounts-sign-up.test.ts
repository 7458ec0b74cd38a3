import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, sql } from '@/db/client';
import { auditLog, users } from '@/db/schema';
import { signUp } from '@/lib/accounts/sign-up';
import { isCheckViolation, isUniqueViolation } from '@/lib/db-errors';

const context = { ip: '198.51.100.10' };
let counter = 0;
const unique = () => `user${Date.now()}-${counter++}@example.tw`;

describe('signUp', () => {
  it('stores a lower-cased e-mail, an argon2id hash (never the password) and an audit row', async () => {
    const email = unique();
    const result = await signUp({ name: 'Lin Mei', email: email.toUpperCase(), password: 'correct horse battery', preferredLocale: 'en' }, context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;

    const [user] = await db.select().from(users).where(eq(users.id, result.data.userId));
    expect(user?.email).toBe(email);
    expect(user?.preferredLocale).toBe('en');
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user?.passwordHash).not.toContain('correct horse battery');

    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, result.data.userId));
    expect(audit.map((row) => row.action)).toEqual(['user.signedUp']);
    expect(audit[0]?.actorId).toBe(result.data.userId);
  });

  it('refuses the same e-mail in different case as a field error, and writes no second user or audit row', async () => {
    const email = unique();
    expect((await signUp({ name: 'First', email, password: 'first password!' }, context)).ok).toBe(true);
    const again = await signUp({ name: 'Second', email: email.replace('user', 'USER'), password: 'second password' }, context);
    expect(again).toEqual({ ok: false, error: { code: 'conflict', fieldErrors: { email: ['auth.errors.emailTaken'] } } });
    const [row] = await sql<{ count: number }[]>`select count(*)::int as count from users where email = ${email}`;
    expect(row?.count).toBe(1);
    const audit = await sql`select 1 from audit_log where action = 'user.signedUp' and entity_id in (select id::text from users where email = ${email})`;
    expect(audit).toHaveLength(1);
  });

  it('is backed by the database itself: a mixed-case or duplicate address cannot be inserted directly', async () => {
    const email = unique();
    await db.insert(users).values({ email });
    await expect(db.insert(users).values({ email })).rejects.toSatisfy((e) => isUniqueViolation(e, 'users_email_unique'));
    await expect(db.insert(users).values({ email: email.toUpperCase() })).rejects.toSatisfy((e) =>
      isCheckViolation(e, 'users_email_lowercase'),
    );
  });

  it('two sign-ups racing for one address: exactly one wins', async () => {
    const email = unique();
    const results = await Promise.all([
      signUp({ name: 'A', email, password: 'password one!' }, context),
      signUp({ name: 'B', email, password: 'password two!' }, context),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error.code === 'conflict')).toHaveLength(1);
  });

  it('returns every field error for invalid input and writes nothing', async () => {
    const result = await signUp({ name: '', email: 'not-an-email', password: 'short' }, context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation');
    expect(Object.keys(result.error.fieldErrors ?? {}).sort()).toEqual(['email', 'name', 'password']);
  });

  it('is rate-limited per IP', async () => {
    const ip = '198.51.100.99';
    const outcomes: string[] = [];
    for (let i = 0; i < 31; i++) {
      // Invalid-password attempts are refused before the limit is counted; use valid ones.
      const r = await signUp({ name: 'Flood', email: unique(), password: 'x'.repeat(10) }, { ip });
      outcomes.push(r.ok ? 'ok' : r.error.code);
    }
    expect(outcomes.slice(0, 30).every((o) => o === 'ok')).toBe(true);
    expect(outcomes[30]).toBe('rate_limited');
  });
});
