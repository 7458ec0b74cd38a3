'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { SelectField } from '@/app/_components/form/select-field';
import { TextField } from '@/app/_components/form/text-field';
import { locales } from '@/lib/i18n/routing';
import { updateProfileAction } from './actions';

type Props = { locale: string; name: string; preferredLocale: string };

export function ProfileForm({ locale, name, preferredLocale }: Props) {
  const t = useTranslations();
  const [state, formAction, isPending] = useActionState(updateProfileAction, initialFormState);
  const errorsOf = useFieldErrors(state);
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <TextField
        name="name"
        label={t('auth.fields.name')}
        hint={t('auth.fields.nameHint')}
        autoComplete="name"
        required
        maxLength={100}
        defaultValue={state.values?.name ?? name}
        errors={errorsOf('name')}
      />
      <SelectField
        name="preferredLocale"
        label={t('account.profile.preferredLocale')}
        hint={t('account.profile.preferredLocaleHint')}
        defaultValue={state.values?.preferredLocale ?? preferredLocale}
        options={locales.map((value) => ({ value, label: t(`account.localeNames.${value}`), lang: value }))}
        errors={errorsOf('preferredLocale')}
      />
      <div>
        <button type="submit" className="button" disabled={isPending}>
          {t('account.profile.submit')}
        </button>
      </div>
    </form>
  );
}
