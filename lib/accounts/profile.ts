import { and, eq, isNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { passwordResetTokens, users } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { requireActor } from '@/lib/auth/guards';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { consume, LIMITS } from '@/lib/rate-limit';
import { DomainFailure, fail, runDomain, type Result } from '@/lib/result';
import { changePasswordSchema, fieldErrorsOf, profileSchema, type ProfileInput } from '@/lib/validation/auth';

/** Changes the actor's own display name and language. A disabled account changes nothing. */
export async function updateProfile(actor: Actor | null, raw: unknown): Promise<Result<ProfileInput>> {
  return runDomain(async () => {
    const self = requireActor(actor);
    const parsed = profileSchema.safeParse(raw);
    if (!parsed.success) throw new DomainFailure('validation', fieldErrorsOf(parsed.error));
    const input = parsed.data;
    return db.transaction(async (tx) => {
      const [row] = await tx
        .update(users)
        .set({ name: input.name, preferredLocale: input.preferredLocale, updatedAt: sql`statement_timestamp()` })
        .where(and(eq(users.id, self.userId), isNull(users.disabledAt)))
        .returning({ id: users.id });
      if (!row) throw new DomainFailure('unauthenticated');
      await writeAudit(tx, {
        actorId: self.userId,
        action: 'user.profileUpdated',
        entityType: 'user',
        entityId: self.userId,
        data: { preferredLocale: input.preferredLocale },
      });
      return input;
    });
  });
}

/**
 * Changes the actor's password after checking the current one. The UPDATE requires the hash that was
 * verified to still be the stored one, so a concurrent reset or change is not silently overwritten.
 * Outstanding reset links die with the old password.
 */
export async function changePassword(actor: Actor | null, raw: unknown): Promise<Result<null>> {
  if (!actor) return fail('unauthenticated');
  const self = actor;
  const parsed = changePasswordSchema.safeParse(raw);
  if (!parsed.success) return fail('validation', fieldErrorsOf(parsed.error));
  const { currentPassword, newPassword } = parsed.data;

  // A stolen session must not become an unlimited password-guessing oracle.
  const { limit, windowSeconds } = LIMITS.passwordChangePerUser;
  if (!(await consume(`password-change:user:${self.userId}`, limit, windowSeconds))) return fail('rate_limited');

  const [user] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(and(eq(users.id, self.userId), isNull(users.disabledAt)))
    .limit(1);
  if (!user) return fail('unauthenticated');
  if (!user.passwordHash) return fail('forbidden'); // an SSO-only account has no password to change
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    return fail('validation', { currentPassword: ['account.errors.currentPasswordWrong'] });
  }
  const oldHash = user.passwordHash;
  const newHash = await hashPassword(newPassword);

  return runDomain(() =>
    db.transaction(async (tx) => {
      const [row] = await tx
        .update(users)
        .set({ passwordHash: newHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`statement_timestamp()` })
        .where(and(eq(users.id, self.userId), eq(users.passwordHash, oldHash), isNull(users.disabledAt)))
        .returning({ id: users.id });
      if (!row) throw new DomainFailure('stale_version');
      await tx
        .update(passwordResetTokens)
        .set({ usedAt: sql`statement_timestamp()` })
        .where(and(eq(passwordResetTokens.userId, self.userId), isNull(passwordResetTokens.usedAt)));
      await writeAudit(tx, { actorId: self.userId, action: 'user.passwordChanged', entityType: 'user', entityId: self.userId });
      return null;
    }),
  );
}
