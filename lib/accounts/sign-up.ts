import { db } from '@/db/client';
import { users } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { hashPassword } from '@/lib/auth/password';
import { isUniqueViolation } from '@/lib/db-errors';
import { consume, LIMITS } from '@/lib/rate-limit';
import { DomainFailure, fail, runDomain, type Result } from '@/lib/result';
import { fieldErrorsOf, signUpSchema } from '@/lib/validation/auth';

/**
 * Creates a password account. The database decides whether the e-mail is free (unique index on the
 * lower-cased address), so two sign-ups racing for one address cannot both win.
 *
 * Account enumeration: without confirming the address by e-mail before creating the account, sign-up
 * cannot hide that an address is taken. We accept that, bound it with a per-IP limit, and word the
 * message to help the owner (sign in or reset the password) rather than deny the obvious. The reset and
 * sign-in flows reveal nothing.
 */
export async function signUp(raw: unknown, context: { ip: string }): Promise<Result<{ userId: string }>> {
  const parsed = signUpSchema.safeParse(raw);
  if (!parsed.success) return fail('validation', fieldErrorsOf(parsed.error));
  const input = parsed.data;

  if (!(await consume(`signup:ip:${context.ip}`, LIMITS.signUpPerIp.limit, LIMITS.signUpPerIp.windowSeconds))) {
    return fail('rate_limited');
  }
  // Hashing takes tens of milliseconds on purpose; do it before the transaction, not while holding it open.
  const passwordHash = await hashPassword(input.password);

  return runDomain(async () => {
    try {
      return await db.transaction(async (tx) => {
        const [user] = await tx
          .insert(users)
          .values({ name: input.name, email: input.email, passwordHash, preferredLocale: input.preferredLocale })
          .returning({ id: users.id });
        if (!user) throw new Error('insert returned no row');
        await writeAudit(tx, { actorId: user.id, action: 'user.signedUp', entityType: 'user', entityId: user.id });
        return { userId: user.id };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_unique')) {
        throw new DomainFailure('conflict', { email: ['auth.errors.emailTaken'] });
      }
      throw error;
    }
  });
}
