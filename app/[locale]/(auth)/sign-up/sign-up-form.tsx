'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { NewPasswordField } from '@/app/_components/form/new-password-field';
import { TextField } from '@/app/_components/form/text-field';
import { Link } from '@/lib/i18n/navigation';
import { signUpAction } from './actions';

export function SignUpForm({ locale }: { locale: string }) {
  const t = useTranslations('auth');
  const [state, formAction, isPending] = useActionState(signUpAction, initialFormState);
  const errorsOf = useFieldErrors(state);
  const emailTaken = state.fieldErrors?.email?.includes('auth.errors.emailTaken');
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <TextField
        name="name"
        label={t('fields.name')}
        hint={t('fields.nameHint')}
        autoComplete="name"
        required
        maxLength={100}
        defaultValue={state.values?.name ?? ''}
        errors={errorsOf('name')}
      />
      <TextField
        name="email"
        type="email"
        label={t('fields.email')}
        autoComplete="email"
        required
        defaultValue={state.values?.email ?? ''}
        errors={errorsOf('email')}
      />
      {emailTaken && (
        <p>
          <Link href="/sign-in">{t('signUp.signInLink')}</Link> · <Link href="/forgot-password">{t('signUp.resetLink')}</Link>
        </p>
      )}
      <NewPasswordField name="password" label={t('fields.password')} errors={errorsOf('password')} />
      <div>
        <button type="submit" className="button" disabled={isPending}>
          {t('signUp.submit')}
        </button>
      </div>
    </form>
  );
}
