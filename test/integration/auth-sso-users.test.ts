import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, users } from '@/db/schema';
import { createSsoUser, isSsoSignInAllowed, linkSsoAccount } from '@/lib/accounts/sso-users';

let counter = 0;
const unique = () => `sso${Date.now()}-${counter++}@sso.example.test`;

describe('SSO users (the Auth.js adapter hooks)', () => {
  it('creates the user with a lower-cased e-mail and audits creation and linking', async () => {
    const email = unique();
    const user = await createSsoUser({ name: 'Tsai', email: email.toUpperCase(), emailVerified: null });
    expect(user.email).toBe(email);
    expect(Object.keys(user).sort()).toEqual(['email', 'emailVerified', 'id', 'image', 'name']);
    await linkSsoAccount({ userId: user.id, type: 'oidc', provider: 'oidc', providerAccountId: `sub-${counter}` });
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, user.id));
    expect(audit.map((a) => a.action).sort()).toEqual(['user.signedUpViaSso', 'user.ssoLinked']);
  });

  it('refuses sign-in for a disabled account, whether found by link or by e-mail', async () => {
    const email = unique();
    const sub = `sub-linked-${Date.now()}`;
    const user = await createSsoUser({ name: 'Tsai', email });
    await linkSsoAccount({ userId: user.id, type: 'oidc', provider: 'oidc', providerAccountId: sub });
    expect(await isSsoSignInAllowed('oidc', sub, email)).toBe(true);
    expect(await isSsoSignInAllowed('oidc', 'sub-new', unique())).toBe(true);

    await db.update(users).set({ disabledAt: sql`now()` }).where(eq(users.id, user.id));
    expect(await isSsoSignInAllowed('oidc', sub, 'other@example.tw')).toBe(false);
    expect(await isSsoSignInAllowed('oidc', 'sub-unlinked', email.toUpperCase())).toBe(false);
  });
});
