'use server';

import { redirect } from 'next/navigation';
import { echoValues, formStateFromResult, type FormState } from '@/app/_components/form/form-state';
import { changePassword, updateProfile } from '@/lib/accounts/profile';
import { localeOf, signInPath } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';

/*
 * Server actions are public POST endpoints: each reads the actor itself, and lib/accounts checks it again
 * against the database. A signed-out (or just disabled) caller is sent to sign in.
 */
export async function updateProfileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData.get('locale'));
  const values = echoValues(formData, ['name', 'preferredLocale']);
  const result = await updateProfile(await getActor(), { name: formData.get('name'), preferredLocale: formData.get('preferredLocale') });
  if (!result.ok && result.error.code === 'unauthenticated') redirect(signInPath(locale, `/${locale}/account`));
  return formStateFromResult(result, values, 'account.profile.saved');
}

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData.get('locale'));
  const result = await changePassword(await getActor(), {
    currentPassword: formData.get('currentPassword'),
    newPassword: formData.get('newPassword'),
  });
  if (!result.ok && result.error.code === 'unauthenticated') redirect(signInPath(locale, `/${locale}/account`));
  // A password change ends every session, this one included (lib/auth/session.ts), so sign in again.
  if (result.ok) redirect(`${signInPath(locale)}?reset=1`);
  return formStateFromResult(result, {}, 'account.password.changed');
}
