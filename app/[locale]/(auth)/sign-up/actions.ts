'use server';

import { redirect } from 'next/navigation';
import { echoValues, formStateFromResult, type FormState } from '@/app/_components/form/form-state';
import { signUp } from '@/lib/accounts/sign-up';
import { localeOf, signInPath } from '@/lib/auth/callback-url';
import { requestContext } from '@/lib/auth/request-context';

export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData.get('locale'));
  const values = echoValues(formData, ['name', 'email']);
  const result = await signUp(
    { name: formData.get('name'), email: formData.get('email'), password: formData.get('password'), preferredLocale: locale },
    await requestContext(),
  );
  if (!result.ok) {
    const state = formStateFromResult(result, values);
    // A taken address is explained beside the e-mail field; "conflicts with existing data" would only confuse.
    return result.error.code === 'conflict' ? { ...state, message: 'errors.validation' } : state;
  }
  redirect(`${signInPath(locale)}?registered=1`);
}
