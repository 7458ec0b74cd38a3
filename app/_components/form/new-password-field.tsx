'use client';

import { useTranslations } from 'next-intl';
import { TextField } from './text-field';

/** A new password, with the policy (10–200 characters) as the hint and in the browser's own checks. */
export function NewPasswordField({ name, label, errors }: { name: string; label: string; errors?: string[] }) {
  const t = useTranslations('auth.fields');
  return (
    <TextField
      name={name}
      type="password"
      label={label}
      hint={t('passwordHint')}
      autoComplete="new-password"
      required
      minLength={10}
      maxLength={200}
      errors={errors}
    />
  );
}
