'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { NewPasswordField } from '@/app/_components/form/new-password-field';
import { TextField } from '@/app/_components/form/text-field';
import { changePasswordAction } from './actions';

export function ChangePasswordForm({ locale }: { locale: string }) {
  const t = useTranslations();
  const [state, formAction, isPending] = useActionState(changePasswordAction, initialFormState);
  const errorsOf = useFieldErrors(state);
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <TextField
        name="currentPassword"
        type="password"
        label={t('account.password.current')}
        autoComplete="current-password"
        required
        errors={errorsOf('currentPassword')}
      />
      <NewPasswordField name="newPassword" label={t('auth.fields.newPassword')} errors={errorsOf('newPassword')} />
      <div>
        <button type="submit" className="button" disabled={isPending}>
          {t('account.password.submit')}
        </button>
      </div>
    </form>
  );
}
