'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { NewPasswordField } from '@/app/_components/form/new-password-field';
import { resetPasswordAction } from './actions';

export function ResetPasswordForm({ locale, token }: { locale: string; token: string }) {
  const t = useTranslations('auth');
  const [state, formAction, isPending] = useActionState(resetPasswordAction, initialFormState);
  const errorsOf = useFieldErrors(state);
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordField name="password" label={t('fields.newPassword')} errors={errorsOf('password')} />
      <div>
        <button type="submit" className="button" disabled={isPending}>
          {t('resetPassword.submit')}
        </button>
      </div>
    </form>
  );
}
