'use server';

import { redirect } from 'next/navigation';
import { formStateFromResult, type FormState } from '@/app/_components/form/form-state';
import { resetPassword } from '@/lib/accounts/password-reset';
import { localeOf, signInPath } from '@/lib/auth/callback-url';

export async function resetPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData.get('locale'));
  const result = await resetPassword({ token: formData.get('token'), password: formData.get('password') });
  if (!result.ok) {
    const state = formStateFromResult(result, {});
    // The token is a hidden field: its problem is the whole form's message, not a field's.
    const tokenError = result.error.fieldErrors?.token?.[0];
    return tokenError ? { ...state, message: tokenError } : state;
  }
  redirect(`${signInPath(locale)}?reset=1`);
}
