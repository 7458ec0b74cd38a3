'use server';

import { AuthError } from 'next-auth';
import { echoValues, type FormState } from '@/app/_components/form/form-state';
import { localeOf, safeCallbackUrl } from '@/lib/auth/callback-url';
import { signIn } from '@/lib/auth/config';
import { fieldErrorsOf, signInSchema } from '@/lib/validation/auth';

/*
 * Auth.js signs in and then throws Next's redirect signal, which must travel on untouched: only its own
 * AuthError is turned into form state. Every credential refusal shows the same message, so the form never
 * says whether the address has an account.
 */
export async function signInWithPassword(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData.get('locale'));
  const values = echoValues(formData, ['email']);
  const parsed = signInSchema.safeParse({ email: formData.get('email'), password: formData.get('password') });
  if (!parsed.success) {
    return { status: 'error', message: 'errors.validation', fieldErrors: fieldErrorsOf(parsed.error), values };
  }
  try {
    await signIn('credentials', {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeCallbackUrl(formData.get('callbackUrl'), locale),
    });
  } catch (error) {
    if (error instanceof AuthError) {
      const rateLimited = 'code' in error && error.code === 'rate_limited';
      return { status: 'error', message: rateLimited ? 'errors.rate_limited' : 'auth.signIn.failed', values };
    }
    throw error;
  }
  return { status: 'idle', values };
}

/** Starts the city SSO login; Auth.js redirects to the identity provider. */
export async function signInWithSso(formData: FormData): Promise<void> {
  const locale = localeOf(formData.get('locale'));
  await signIn('oidc', { redirectTo: safeCallbackUrl(formData.get('callbackUrl'), locale) });
}
