'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { SelectField } from '@/app/_components/form/select-field';
import { TextField } from '@/app/_components/form/text-field';
import { inviteJudgeAction } from './actions';

type Props = { locale: string; slug: string; eventId: string; tracks: { value: string; label: string }[] };

export function InviteForm({ locale, slug, eventId, tracks }: Props) {
  const t = useTranslations('judgingSetup');
  const [state, formAction, isPending] = useActionState(inviteJudgeAction, initialFormState);
  const errorsOf = useFieldErrors(state);
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="eventId" value={eventId} />
      <TextField name="email" type="email" autoComplete="off" label={t('judges.email')} required defaultValue={state.values?.email ?? ''} errors={errorsOf('email')} />
      <SelectField
        name="role"
        label={t('judges.role')}
        defaultValue={state.values?.role ?? 'judge'}
        options={[
          { value: 'judge', label: t('roles.judge') },
          { value: 'topic_owner', label: t('roles.topic_owner') },
        ]}
        errors={errorsOf('role')}
      />
      <SelectField name="trackId" label={t('judges.track')} defaultValue={state.values?.trackId ?? ''} options={[{ value: '', label: t('judges.noTrack') }, ...tracks]} errors={errorsOf('trackId')} />
      <div>
        <button type="submit" className="button" disabled={isPending}>
          {t('judges.invite')}
        </button>
      </div>
    </form>
  );
}
