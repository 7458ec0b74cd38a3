'use server';

import { echoValues, formStateFromResult, type FormState } from '@/app/_components/form/form-state';
import { requestPasswordReset } from '@/lib/accounts/password-reset';
import { requestContext } from '@/lib/auth/request-context';

/** Answers the same for every well-formed address: whether it has an account is not this form's to say. */
export async function requestPasswordResetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = echoValues(formData, ['email']);
  const result = await requestPasswordReset({ email: formData.get('email') }, await requestContext());
  return formStateFromResult(result, values, 'auth.forgotPassword.sent');
}
