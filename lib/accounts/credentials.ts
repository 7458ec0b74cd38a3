import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { dummyPasswordHash, verifyPassword } from '@/lib/auth/password';
import { consume, LIMITS, refund } from '@/lib/rate-limit';
import { fail, ok, type Result } from '@/lib/result';
import { signInSchema } from '@/lib/validation/auth';

export type SignedInUser = { id: string; email: string; name: string | null };

/**
 * The Credentials provider's `authorize`, kept out of the Auth.js config so it can be tested against the
 * database without Next. Every refusal is the same 'unauthenticated' (wrong password, unknown e-mail,
 * SSO-only account, disabled account), so the answer never tells which addresses have accounts; unknown
 * e-mails are verified against a dummy hash so the timing does not tell either.
 */
export async function verifyCredentials(raw: unknown, context: { ip: string }): Promise<Result<SignedInUser>> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return fail('unauthenticated');
  const { email, password } = parsed.data;

  const emailKey = `signin:email:${email}`;
  const ipKey = `signin:ip:${context.ip}`;
  const [emailAllowed, ipAllowed] = await Promise.all([
    consume(emailKey, LIMITS.signInPerEmail.limit, LIMITS.signInPerEmail.windowSeconds),
    consume(ipKey, LIMITS.signInPerIp.limit, LIMITS.signInPerIp.windowSeconds),
  ]);
  if (!emailAllowed || !ipAllowed) return fail('rate_limited');

  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, passwordHash: users.passwordHash, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !user.passwordHash || !passwordMatches || user.disabledAt) return fail('unauthenticated');

  await Promise.all([
    refund(emailKey, LIMITS.signInPerEmail.windowSeconds),
    refund(ipKey, LIMITS.signInPerIp.windowSeconds),
  ]);
  return ok({ id: user.id, email: user.email, name: user.name });
}
