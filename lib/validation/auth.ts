import { z } from 'zod';
import { locales } from '@/lib/i18n/routing';

/*
 * Every message below is a full catalog key (namespace included), translated by the page. The same
 * schemas run in the server action and in lib/accounts, so the two can never disagree.
 */
export const PASSWORD_MIN = 10;
// argon2 hashes the whole passphrase (no 72-byte cut-off as with bcrypt); the cap only bounds hashing work.
export const PASSWORD_MAX = 200;

const requiredString = (key: string) => z.string({ error: key });

export const emailSchema = requiredString('auth.errors.emailRequired')
  .trim()
  .toLowerCase()
  .min(1, { error: 'auth.errors.emailRequired', abort: true })
  .max(254, { error: 'auth.errors.emailInvalid', abort: true })
  .pipe(z.email({ error: 'auth.errors.emailInvalid' }));

export const newPasswordSchema = requiredString('auth.errors.passwordRequired')
  .min(1, { error: 'auth.errors.passwordRequired', abort: true })
  .min(PASSWORD_MIN, { error: 'auth.errors.passwordTooShort' })
  .max(PASSWORD_MAX, { error: 'auth.errors.passwordTooLong' });

// Signing in does not apply the length policy: a policy change must not lock out older passwords.
const existingPasswordSchema = requiredString('auth.errors.passwordRequired')
  .min(1, { error: 'auth.errors.passwordRequired' })
  .max(PASSWORD_MAX, { error: 'auth.errors.passwordTooLong' });

export const displayNameSchema = requiredString('auth.errors.nameRequired')
  .trim()
  .min(1, { error: 'auth.errors.nameRequired' })
  .max(100, { error: 'auth.errors.nameTooLong' });

export const localeSchema = z.enum(locales, { error: 'auth.errors.localeInvalid' });

export const signUpSchema = z.object({
  name: displayNameSchema,
  email: emailSchema,
  password: newPasswordSchema,
  preferredLocale: localeSchema.default('zh-TW'),
});

export const signInSchema = z.object({ email: emailSchema, password: existingPasswordSchema });

export const passwordResetRequestSchema = z.object({ email: emailSchema });

export const passwordResetSchema = z.object({
  token: requiredString('auth.errors.resetTokenInvalid')
    .min(1, { error: 'auth.errors.resetTokenInvalid' })
    .max(200, { error: 'auth.errors.resetTokenInvalid' }),
  password: newPasswordSchema,
});

export const profileSchema = z.object({ name: displayNameSchema, preferredLocale: localeSchema });

export const changePasswordSchema = z.object({
  currentPassword: existingPasswordSchema,
  newPassword: newPasswordSchema,
});

export type SignUpInput = z.infer<typeof signUpSchema>;
export type SignInInput = z.infer<typeof signInSchema>;
export type ProfileInput = z.infer<typeof profileSchema>;
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

/** Every issue of every field (not just the first), as message keys. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[] | undefined> {
  return z.flattenError(error).fieldErrors as Record<string, string[] | undefined>;
}
