'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { SelectField } from '@/app/_components/form/select-field';
import { TextField } from '@/app/_components/form/text-field';
import { TextareaField } from '@/app/_components/form/textarea-field';
import { createTeamAction } from './actions';

type Props = { locale: string; slug: string; eventId: string; tracks: { id: string; name: string }[] };

export function CreateTeamForm({ locale, slug, eventId, tracks }: Props) {
  const t = useTranslations('teams.create');
  const [state, formAction, isPending] = useActionState(createTeamAction, initialFormState);
  const errorsOf = useFieldErrors(state);
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="eventId" value={eventId} />
      <TextField name="name" label={t('name')} hint={t('nameHint')} required maxLength={80} defaultValue={state.values?.name} errors={errorsOf('name')} />
      {tracks.length > 0 && (
        <SelectField
          name="trackId"
          label={t('track')}
          defaultValue={state.values?.trackId ?? ''}
          options={[{ value: '', label: t('noTrack') }, ...tracks.map((track) => ({ value: track.id, label: track.name }))]}
          errors={errorsOf('trackId')}
        />
      )}
      <TextareaField name="pitch" label={t('pitch')} hint={t('pitchHint')} rows={3} maxLength={2000} defaultValue={state.values?.pitch} errors={errorsOf('pitch')} />
      <div>
        <button type="submit" className="button" disabled={isPending}>
          {t('submit')}
        </button>
      </div>
    </form>
  );
}
