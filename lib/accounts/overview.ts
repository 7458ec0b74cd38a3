import { and, eq, isNull } from 'drizzle-orm';
import { db } from '@/db/client';
import { accounts, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import type { Locale } from '@/lib/i18n/routing';

export type AccountOverview = {
  name: string | null;
  email: string;
  preferredLocale: Locale;
  hasPassword: boolean;
  linkedProviders: string[];
};

/** What the account page shows: the actor's own record only, never anyone else's. */
export async function getAccountOverview(actor: Actor): Promise<AccountOverview | null> {
  const [user] = await db
    .select({ name: users.name, email: users.email, preferredLocale: users.preferredLocale, passwordHash: users.passwordHash })
    .from(users)
    .where(and(eq(users.id, actor.userId), isNull(users.disabledAt)))
    .limit(1);
  if (!user) return null;
  const linked = await db
    .select({ provider: accounts.provider })
    .from(accounts)
    .where(eq(accounts.userId, actor.userId))
    .orderBy(accounts.provider);
  return {
    name: user.name,
    email: user.email,
    preferredLocale: user.preferredLocale as Locale,
    hasPassword: Boolean(user.passwordHash),
    linkedProviders: linked.map((row) => row.provider),
  };
}
