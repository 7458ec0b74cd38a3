'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { TextField } from '@/app/_components/form/text-field';
import { requestPasswordResetAction } from './actions';

export function ForgotPasswordForm() {
  const t = useTranslations('auth');
  const [state, formAction, isPending] = useActionState(requestPasswordResetAction, initialFormState);
  const errorsOf = useFieldErrors(state);
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} />
      <TextField
        name="email"
        type="email"
        label={t('fields.email')}
        autoComplete="email"
        required
        defaultValue={state.values?.email ?? ''}
        errors={errorsOf('email')}
      />
      <div>
        <button type="submit" className="button" disabled={isPending}>
          {t('forgotPassword.submit')}
        </button>
      </div>
    </form>
  );
}
