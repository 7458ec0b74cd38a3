'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { SelectField } from '@/app/_components/form/select-field';
import { TextField } from '@/app/_components/form/text-field';
import { TextareaField } from '@/app/_components/form/textarea-field';
import { createPrizeAction, updatePrizeAction } from './actions';

type Props = {
  locale: string;
  slug: string;
  eventId: string;
  prizeId?: string;
  tracks: { value: string; label: string }[];
  initial?: Record<string, string>;
  submitLabel: string;
};

/** Adds a prize, or edits one (prizeId given); overall or for one of this event's tracks. */
export function PrizeForm({ locale, slug, eventId, prizeId, tracks, initial = {}, submitLabel }: Props) {
  const t = useTranslations('eventSetup');
  const [state, formAction, isPending] = useActionState(prizeId ? updatePrizeAction : createPrizeAction, initialFormState);
  const errorsOf = useFieldErrors(state);
  const value = (name: string) => state.values?.[name] ?? initial[name] ?? '';
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="eventId" value={eventId} />
      {prizeId && <input type="hidden" name="id" value={prizeId} />}
      <TextField name="nameZh" label={t('common.nameZh')} maxLength={120} defaultValue={value('nameZh')} errors={errorsOf('nameZh')} />
      <TextField name="nameEn" label={t('common.nameEn')} maxLength={120} defaultValue={value('nameEn')} errors={errorsOf('nameEn')} />
      {/* Keyed on the value so a refused save keeps the chosen track (see question-form). */}
      <SelectField key={`track-${value('trackId')}`} name="trackId" label={t('prizes.track')} defaultValue={value('trackId')} options={[{ value: '', label: t('prizes.overall') }, ...tracks]} errors={errorsOf('trackId')} />
      <TextField name="amount" type="number" inputMode="numeric" min={0} label={t('prizes.amount')} hint={t('prizes.amountHint')} defaultValue={value('amount')} errors={errorsOf('amount')} />
      <TextareaField name="descriptionZh" label={t('common.descriptionZh')} rows={2} maxLength={1000} defaultValue={value('descriptionZh')} errors={errorsOf('descriptionZh')} />
      <TextareaField name="descriptionEn" label={t('common.descriptionEn')} rows={2} maxLength={1000} defaultValue={value('descriptionEn')} errors={errorsOf('descriptionEn')} />
      <TextField name="count" type="number" inputMode="numeric" min={1} max={100} label={t('prizes.count')} defaultValue={value('count') || '1'} errors={errorsOf('count')} />
      <TextField name="position" type="number" inputMode="numeric" min={0} max={999} label={t('common.position')} hint={t('common.positionHint')} defaultValue={value('position') || '0'} errors={errorsOf('position')} />
      <div>
        <button type="submit" className="button" disabled={isPending}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
