import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, passwordResetTokens, users } from '@/db/schema';
import { verifyCredentials } from '@/lib/accounts/credentials';
import { hashResetToken, requestPasswordReset, resetPassword } from '@/lib/accounts/password-reset';
import { signUp } from '@/lib/accounts/sign-up';
import { flushMail } from '@/lib/mail/outbox';

const origin = 'http://codefest.test';
let counter = 0;
const unique = () => `reset${Date.now()}-${counter++}@example.tw`;
const ip = () => `192.0.2.${counter % 250}`;
let mailDir: string;

type Mail = { to: string; subject: string; text: string; createdAt: string };

async function mailsTo(address: string): Promise<Mail[]> {
  await flushMail();
  const files = (await readdir(mailDir)).sort();
  const mails = await Promise.all(files.map(async (f) => JSON.parse(await readFile(path.join(mailDir, f), 'utf8')) as Mail));
  return mails.filter((m) => m.to === address);
}

async function requestToken(email: string): Promise<string> {
  expect(await requestPasswordReset({ email }, { ip: ip(), origin })).toEqual({ ok: true, data: null });
  const mail = (await mailsTo(email)).at(-1);
  const token = mail?.text.match(/token=([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error('no reset link in the mail');
  return token;
}

async function createUser(preferredLocale: 'zh-TW' | 'en' = 'zh-TW') {
  const email = unique();
  const result = await signUp({ name: 'Wang', email, password: 'original password', preferredLocale }, { ip: '192.0.2.251' });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return { id: result.data.userId, email };
}

beforeAll(async () => {
  mailDir = await mkdtemp(path.join(tmpdir(), 'codefest-mail-'));
});
beforeEach(() => {
  delete process.env.SMTP_URL;
  delete process.env.APP_URL;
  process.env.MAIL_DIR = mailDir;
});

describe('requestPasswordReset', () => {
  it('writes the mail as a JSON file in the recipient language, with a link to the reset page', async () => {
    const user = await createUser('en');
    await requestToken(user.email);
    const [mail] = await mailsTo(user.email);
    expect(mail?.subject).toBe('Reset your CodeFest password');
    expect(mail?.text).toMatch(new RegExp(`${origin}/en/reset-password\\?token=[A-Za-z0-9_-]{43}`));
    expect(mail?.text).toContain('1 hour');
    expect(Date.parse(mail?.createdAt ?? '')).not.toBeNaN();

    const zh = await createUser('zh-TW');
    await requestToken(zh.email);
    expect((await mailsTo(zh.email))[0]?.subject).toBe('重設您的 CodeFest 密碼');
  });

  it('prefers APP_URL over the request origin for the link', async () => {
    process.env.APP_URL = 'https://codefest.taipei/';
    const user = await createUser();
    await requestToken(user.email);
    expect((await mailsTo(user.email))[0]?.text).toContain('https://codefest.taipei/zh-TW/reset-password?token=');
  });

  it('answers exactly the same for an unknown address, and sends nothing', async () => {
    const email = unique();
    expect(await requestPasswordReset({ email }, { ip: ip(), origin })).toEqual({ ok: true, data: null });
    expect(await mailsTo(email)).toEqual([]);
  });

  it('stores only the SHA-256 of the token, expiring in one hour, with an audit row', async () => {
    const user = await createUser();
    const token = await requestToken(user.email);
    const rows = await db.select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).toBe(hashResetToken(token));
    expect(rows[0]?.tokenHash).not.toContain(token);
    const lifetime = (rows[0]!.expiresAt.getTime() - rows[0]!.createdAt.getTime()) / 1000;
    expect(lifetime).toBeGreaterThan(3590);
    expect(lifetime).toBeLessThan(3610);
    const audit = await db.select().from(auditLog).where(eq(auditLog.action, 'user.passwordResetRequested'));
    expect(audit.some((row) => row.entityId === user.id)).toBe(true);
  });

  it('is rate-limited per address', async () => {
    const user = await createUser();
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await requestPasswordReset({ email: user.email }, { ip: `198.18.0.${i}`, origin }));
    expect(results.slice(0, 5).every((r) => r.ok)).toBe(true);
    expect(results[5]).toEqual({ ok: false, error: { code: 'rate_limited' } });
  });
});

describe('resetPassword', () => {
  it('sets the new password once; the old one and a second use of the link stop working', async () => {
    const user = await createUser();
    const token = await requestToken(user.email);
    expect(await resetPassword({ token, password: 'brand new password' })).toEqual({ ok: true, data: { userId: user.id } });

    expect((await verifyCredentials({ email: user.email, password: 'brand new password' }, { ip: ip() })).ok).toBe(true);
    expect((await verifyCredentials({ email: user.email, password: 'original password' }, { ip: ip() })).ok).toBe(false);

    const again = await resetPassword({ token, password: 'another new password' });
    expect(again).toEqual({ ok: false, error: { code: 'not_found', fieldErrors: { token: ['auth.errors.resetTokenInvalid'] } } });
    const audit = await db.select().from(auditLog).where(eq(auditLog.action, 'user.passwordReset'));
    expect(audit.filter((row) => row.entityId === user.id)).toHaveLength(1);
  });

  it('refuses an expired token by the database clock', async () => {
    const user = await createUser();
    const token = await requestToken(user.email);
    await db
      .update(passwordResetTokens)
      .set({ expiresAt: sql`statement_timestamp() - interval '1 second'` })
      .where(eq(passwordResetTokens.tokenHash, hashResetToken(token)));
    expect((await resetPassword({ token, password: 'brand new password' })).ok).toBe(false);
  });

  it('spends every other outstanding token of the user', async () => {
    const user = await createUser();
    const first = await requestToken(user.email);
    const second = await requestToken(user.email);
    expect((await resetPassword({ token: second, password: 'brand new password' })).ok).toBe(true);
    expect((await resetPassword({ token: first, password: 'sneaky new password' })).ok).toBe(false);
  });

  it('refuses a made-up token, and the plaintext token itself is not usable as a hash', async () => {
    const user = await createUser();
    await requestToken(user.email);
    const [row] = await db.select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, user.id));
    expect((await resetPassword({ token: row!.tokenHash, password: 'brand new password' })).ok).toBe(false);
    expect((await resetPassword({ token: 'made-up', password: 'brand new password' })).ok).toBe(false);
  });

  it('two simultaneous uses of one link: exactly one succeeds', async () => {
    const user = await createUser();
    const token = await requestToken(user.email);
    const results = await Promise.all([
      resetPassword({ token, password: 'racing password 1' }),
      resetPassword({ token, password: 'racing password 2' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it('does not reset a disabled account', async () => {
    const user = await createUser();
    const token = await requestToken(user.email);
    await db.update(users).set({ disabledAt: sql`now()` }).where(eq(users.id, user.id));
    expect((await resetPassword({ token, password: 'brand new password' })).ok).toBe(false);
  });
});
