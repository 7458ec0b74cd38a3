import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { accounts, users } from '@/db/schema';
import { writeAudit } from '@/lib/audit';

type NewSsoUser = { name?: string | null; email: string; emailVerified?: Date | null; image?: string | null };

/**
 * Creates the user the first time someone signs in through SSO (called by the Auth.js adapter). The
 * e-mail is lower-cased like every other address (the table refuses anything else), and the audit row
 * commits with the user.
 */
export async function createSsoUser(data: NewSsoUser) {
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({
        name: data.name ?? null,
        email: data.email.trim().toLowerCase(),
        emailVerified: data.emailVerified ?? null,
        image: data.image ?? null,
      })
      // Only what Auth.js needs: nothing else of the row should travel into its callbacks.
      .returning({ id: users.id, name: users.name, email: users.email, emailVerified: users.emailVerified, image: users.image });
    if (!user) throw new Error('insert returned no row');
    await writeAudit(tx, { actorId: user.id, action: 'user.signedUpViaSso', entityType: 'user', entityId: user.id });
    return user;
  });
}

type NewLinkedAccount = typeof accounts.$inferInsert;

/** Links an SSO identity to a user, with its audit row (the adapter's own linkAccount writes none). */
export async function linkSsoAccount(account: NewLinkedAccount) {
  await db.transaction(async (tx) => {
    await tx.insert(accounts).values(account);
    await writeAudit(tx, {
      actorId: account.userId,
      action: 'user.ssoLinked',
      entityType: 'user',
      entityId: account.userId,
      data: { provider: account.provider },
    });
  });
}

/**
 * May this SSO identity sign in? Refuses a disabled account, whether it is already linked or would be
 * matched by e-mail. (JWT sessions cannot be revoked, so getActor also re-checks on every request.)
 */
export async function isSsoSignInAllowed(provider: string, providerAccountId: string, email: string): Promise<boolean> {
  const [linked] = await db
    .select({ disabledAt: users.disabledAt })
    .from(accounts)
    .innerJoin(users, eq(users.id, accounts.userId))
    .where(and(eq(accounts.provider, provider), eq(accounts.providerAccountId, providerAccountId)))
    .limit(1);
  if (linked) return !linked.disabledAt;
  const [byEmail] = await db
    .select({ disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()))
    .limit(1);
  return !byEmail?.disabledAt;
}
