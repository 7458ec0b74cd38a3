import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { accounts, auditLog, passwordResetTokens, users } from '@/db/schema';
import { verifyCredentials } from '@/lib/accounts/credentials';
import { getAccountOverview } from '@/lib/accounts/overview';
import { changePassword, updateProfile } from '@/lib/accounts/profile';
import { signUp } from '@/lib/accounts/sign-up';
import { loadActor, type Actor } from '@/lib/auth/actor';

let counter = 0;
const password = 'original password';

async function createActor(): Promise<Actor> {
  const email = `profile${Date.now()}-${counter++}@example.tw`;
  const result = await signUp({ name: 'Huang', email, password }, { ip: '192.0.2.252' });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return (await loadActor(result.data.userId))!;
}

describe('updateProfile', () => {
  it('changes only the actor’s own name and language, with an audit row', async () => {
    const actor = await createActor();
    const other = await createActor();
    const result = await updateProfile(actor, { name: '  黃小明 ', preferredLocale: 'en' });
    expect(result).toEqual({ ok: true, data: { name: '黃小明', preferredLocale: 'en' } });
    const [row] = await db.select().from(users).where(eq(users.id, actor.userId));
    expect(row).toMatchObject({ name: '黃小明', preferredLocale: 'en' });
    const [untouched] = await db.select().from(users).where(eq(users.id, other.userId));
    expect(untouched).toMatchObject({ name: 'Huang', preferredLocale: 'zh-TW' });
    const audit = await db.select().from(auditLog).where(eq(auditLog.action, 'user.profileUpdated'));
    expect(audit.map((a) => a.actorId)).toEqual([actor.userId]);
  });

  it('refuses an anonymous caller, invalid input and a disabled account', async () => {
    expect(await updateProfile(null, { name: 'x', preferredLocale: 'en' })).toEqual({ ok: false, error: { code: 'unauthenticated' } });
    const actor = await createActor();
    const invalid = await updateProfile(actor, { name: '', preferredLocale: 'fr' });
    expect(invalid).toEqual({
      ok: false,
      error: { code: 'validation', fieldErrors: { name: ['auth.errors.nameRequired'], preferredLocale: ['auth.errors.localeInvalid'] } },
    });
    // An actor object loaded before the account was disabled must not be able to write afterwards.
    await db.update(users).set({ disabledAt: sql`now()` }).where(eq(users.id, actor.userId));
    expect((await updateProfile(actor, { name: 'Still here', preferredLocale: 'en' })).ok).toBe(false);
  });
});

describe('changePassword', () => {
  it('needs the current password, then switches passwords and spends open reset links', async () => {
    const actor = await createActor();
    await db.insert(passwordResetTokens).values({ userId: actor.userId, tokenHash: 'h'.repeat(64), expiresAt: sql`now() + interval '1 hour'` });

    const wrong = await changePassword(actor, { currentPassword: 'not it', newPassword: 'a new password' });
    expect(wrong).toEqual({ ok: false, error: { code: 'validation', fieldErrors: { currentPassword: ['account.errors.currentPasswordWrong'] } } });

    expect(await changePassword(actor, { currentPassword: password, newPassword: 'a new password' })).toEqual({ ok: true, data: null });
    expect((await verifyCredentials({ email: actor.email, password: 'a new password' }, { ip: '192.0.2.1' })).ok).toBe(true);
    expect((await verifyCredentials({ email: actor.email, password }, { ip: '192.0.2.1' })).ok).toBe(false);
    const [token] = await db.select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, actor.userId));
    expect(token?.usedAt).not.toBeNull();
    const audit = await db.select().from(auditLog).where(eq(auditLog.action, 'user.passwordChanged'));
    expect(audit.map((a) => a.actorId)).toEqual([actor.userId]);
  });

  it('refuses anonymous callers, short new passwords and SSO-only accounts', async () => {
    expect((await changePassword(null, { currentPassword: password, newPassword: 'a new password' })).ok).toBe(false);
    const actor = await createActor();
    const short = await changePassword(actor, { currentPassword: password, newPassword: 'short' });
    expect(short.ok || short.error.fieldErrors?.newPassword).toEqual(['auth.errors.passwordTooShort']);
    await db.update(users).set({ passwordHash: null }).where(eq(users.id, actor.userId));
    expect(await changePassword(actor, { currentPassword: password, newPassword: 'a new password' })).toEqual({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});

describe('getAccountOverview', () => {
  it('shows the actor’s record and linked SSO providers', async () => {
    const actor = await createActor();
    await db.insert(accounts).values({ userId: actor.userId, type: 'oidc', provider: 'oidc', providerAccountId: `sub-${counter}` });
    expect(await getAccountOverview(actor)).toEqual({
      name: 'Huang',
      email: actor.email,
      preferredLocale: 'zh-TW',
      hasPassword: true,
      linkedProviders: ['oidc'],
    });
  });
});
