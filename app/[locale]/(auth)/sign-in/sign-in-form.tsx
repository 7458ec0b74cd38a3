'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { TextField } from '@/app/_components/form/text-field';
import { signInWithPassword } from './actions';

export function SignInForm({ locale, callbackUrl }: { locale: string; callbackUrl: string }) {
  const t = useTranslations('auth');
  const [state, formAction, isPending] = useActionState(signInWithPassword, initialFormState);
  const errorsOf = useFieldErrors(state);
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        name="email"
        type="email"
        label={t('fields.email')}
        autoComplete="email"
        required
        defaultValue={state.values?.email ?? ''}
        errors={errorsOf('email')}
      />
      <TextField
        name="password"
        type="password"
        label={t('fields.password')}
        autoComplete="current-password"
        required
        errors={errorsOf('password')}
      />
      <div>
        <button type="submit" className="button" disabled={isPending}>
          {t('signIn.submit')}
        </button>
      </div>
    </form>
  );
}
