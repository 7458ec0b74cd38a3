'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { TextField } from '@/app/_components/form/text-field';
import { TextareaField } from '@/app/_components/form/textarea-field';
import { createTrackAction, updateTrackAction } from './actions';

type Props = { locale: string; slug: string; eventId: string; trackId?: string; initial?: Record<string, string>; submitLabel: string };

/** Adds a track, or edits one (trackId given); what was typed survives an error. */
export function TrackForm({ locale, slug, eventId, trackId, initial = {}, submitLabel }: Props) {
  const t = useTranslations('eventSetup');
  const [state, formAction, isPending] = useActionState(trackId ? updateTrackAction : createTrackAction, initialFormState);
  const errorsOf = useFieldErrors(state);
  const value = (name: string) => state.values?.[name] ?? initial[name] ?? '';
  const field = (name: string, label: string, extra: { hint?: string } = {}) => (
    <TextField name={name} label={label} maxLength={120} defaultValue={value(name)} errors={errorsOf(name)} {...extra} />
  );
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="eventId" value={eventId} />
      {trackId && <input type="hidden" name="id" value={trackId} />}
      {field('nameZh', t('common.nameZh'))}
      {field('nameEn', t('common.nameEn'))}
      {field('departmentZh', t('tracks.departmentZh'))}
      {field('departmentEn', t('tracks.departmentEn'))}
      <TextareaField name="descriptionZh" label={t('common.descriptionZh')} rows={3} maxLength={5000} defaultValue={value('descriptionZh')} errors={errorsOf('descriptionZh')} />
      <TextareaField name="descriptionEn" label={t('common.descriptionEn')} rows={3} maxLength={5000} defaultValue={value('descriptionEn')} errors={errorsOf('descriptionEn')} />
      <TextareaField name="datasets" label={t('tracks.datasets')} hint={t('tracks.datasetsHint')} rows={3} defaultValue={value('datasets')} errors={errorsOf('datasets')} />
      <TextField name="position" type="number" inputMode="numeric" min={0} max={999} label={t('common.position')} hint={t('common.positionHint')} defaultValue={value('position') || '0'} errors={errorsOf('position')} />
      <div>
        <button type="submit" className="button" disabled={isPending}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
