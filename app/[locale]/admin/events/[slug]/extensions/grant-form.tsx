'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { SelectField } from '@/app/_components/form/select-field';
import { TextField } from '@/app/_components/form/text-field';
import { TextareaField } from '@/app/_components/form/textarea-field';
import { grantExtensionAction } from './actions';

type Props = {
  locale: string;
  slug: string;
  teams: { value: string; label: string }[];
  timeZone: string;
  /** A suggested end, as the event zone's wall clock (datetime-local). */
  suggestedUntil: string;
};

export function GrantForm({ locale, slug, teams, timeZone, suggestedUntil }: Props) {
  const t = useTranslations('submissions.extensions');
  const [state, formAction, isPending] = useActionState(grantExtensionAction, initialFormState);
  const errorsOf = useFieldErrors(state);
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <SelectField name="teamId" label={t('team')} defaultValue={state.values?.teamId ?? teams[0]?.value} options={teams} errors={errorsOf('teamId')} />
      <TextField
        name="until"
        type="datetime-local"
        label={t('until')}
        hint={t('untilHint', { zone: timeZone })}
        required
        defaultValue={state.values?.until ?? suggestedUntil}
        errors={errorsOf('until')}
      />
      <TextareaField name="reason" label={t('reason')} rows={3} required maxLength={500} defaultValue={state.values?.reason ?? ''} errors={errorsOf('reason')} />
      <div>
        <button type="submit" className="button" disabled={isPending}>
          {t('grant')}
        </button>
      </div>
    </form>
  );
}
