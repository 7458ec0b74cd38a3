import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { passwordResetTokens, users } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { hashPassword } from '@/lib/auth/password';
import type { Locale } from '@/lib/i18n/routing';
import { enqueueMail } from '@/lib/mail/outbox';
import { passwordResetMail } from '@/lib/mail/templates';
import { consume, LIMITS } from '@/lib/rate-limit';
import { DomainFailure, fail, ok, runDomain, type Result } from '@/lib/result';
import { fieldErrorsOf, passwordResetRequestSchema, passwordResetSchema } from '@/lib/validation/auth';

const TOKEN_LIFETIME_SECONDS = 60 * 60;

/** Only this hash is stored: someone who reads the table still cannot use a token. */
export function hashResetToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/*
 * The link's origin: APP_URL when set (production should set it, so the link never depends on a
 * client-supplied Host header), else the origin the request came in on.
 */
function resetLink(origin: string, locale: Locale, token: string): string {
  const base = (process.env.APP_URL || origin).replace(/\/+$/, '');
  return `${base}/${locale}/reset-password?token=${encodeURIComponent(token)}`;
}

/**
 * Always answers the same way whether or not the address has an account, and the e-mail is sent after
 * the commit without the request waiting for it, so neither the answer nor its timing reveals accounts.
 */
export async function requestPasswordReset(raw: unknown, context: { ip: string; origin: string }): Promise<Result<null>> {
  const parsed = passwordResetRequestSchema.safeParse(raw);
  if (!parsed.success) return fail('validation', fieldErrorsOf(parsed.error));
  const { email } = parsed.data;

  const [emailAllowed, ipAllowed] = await Promise.all([
    consume(`reset:email:${email}`, LIMITS.resetRequestPerEmail.limit, LIMITS.resetRequestPerEmail.windowSeconds),
    consume(`reset:ip:${context.ip}`, LIMITS.resetRequestPerIp.limit, LIMITS.resetRequestPerIp.windowSeconds),
  ]);
  if (!emailAllowed || !ipAllowed) return fail('rate_limited');

  const token = randomBytes(32).toString('base64url');
  const issued = await db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, preferredLocale: users.preferredLocale })
      .from(users)
      .where(and(eq(users.email, email), isNull(users.disabledAt)))
      .limit(1);
    if (!user) return null;
    await tx.insert(passwordResetTokens).values({
      userId: user.id,
      tokenHash: hashResetToken(token),
      expiresAt: sql`statement_timestamp() + make_interval(secs => ${TOKEN_LIFETIME_SECONDS}::int)`,
    });
    await writeAudit(tx, { actorId: user.id, action: 'user.passwordResetRequested', entityType: 'user', entityId: user.id });
    return { locale: user.preferredLocale as Locale };
  });

  if (issued) {
    const mail = await passwordResetMail(issued.locale, resetLink(context.origin, issued.locale, token));
    enqueueMail({ to: email, ...mail });
  }
  return ok(null);
}

/**
 * Sets a new password from an e-mailed token. The token is spent by the same UPDATE that checks it
 * (unused, not expired by the database clock), so two simultaneous uses cannot both succeed; every
 * other outstanding token of the user is spent with it.
 */
export async function resetPassword(raw: unknown): Promise<Result<{ userId: string }>> {
  const parsed = passwordResetSchema.safeParse(raw);
  if (!parsed.success) return fail('validation', fieldErrorsOf(parsed.error));
  const { token, password } = parsed.data;
  const passwordHash = await hashPassword(password);

  return runDomain(() =>
    db.transaction(async (tx) => {
      const [spent] = await tx
        .update(passwordResetTokens)
        .set({ usedAt: sql`statement_timestamp()` })
        .where(
          and(
            eq(passwordResetTokens.tokenHash, hashResetToken(token)),
            isNull(passwordResetTokens.usedAt),
            sql`${passwordResetTokens.expiresAt} > statement_timestamp()`,
          ),
        )
        .returning({ userId: passwordResetTokens.userId });
      if (!spent) throw new DomainFailure('not_found', { token: ['auth.errors.resetTokenInvalid'] });

      const [user] = await tx
        .update(users)
        .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`statement_timestamp()` })
        .where(and(eq(users.id, spent.userId), isNull(users.disabledAt)))
        .returning({ id: users.id });
      if (!user) throw new DomainFailure('not_found', { token: ['auth.errors.resetTokenInvalid'] });

      await tx
        .update(passwordResetTokens)
        .set({ usedAt: sql`statement_timestamp()` })
        .where(and(eq(passwordResetTokens.userId, user.id), isNull(passwordResetTokens.usedAt)));
      await writeAudit(tx, { actorId: user.id, action: 'user.passwordReset', entityType: 'user', entityId: user.id });
      return { userId: user.id };
    }),
  );
}
