'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { SelectField } from '@/app/_components/form/select-field';
import { setCalibrationSampleAction } from './actions';

type Props = { locale: string; slug: string; roundId: string; version: number; sampleId: string | null; options: { value: string; label: string }[] };

/* Keyed on the round's version by the page, so a save elsewhere reloads the form with the new version. */
export function SampleForm({ locale, slug, roundId, version, sampleId, options }: Props) {
  const t = useTranslations('judgingResults.calibration');
  const [state, formAction, isPending] = useActionState(setCalibrationSampleAction, initialFormState);
  const errors = useFieldErrors(state);
  return (
    <form action={formAction} className="form">
      <FormMessage state={state} />
      {state.fieldErrors?.form && <p className="field-error">{errors('form')?.join(' ')}</p>}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        name="submissionId"
        label={t('sample')}
        options={[{ value: '', label: t('none') }, ...options]}
        defaultValue={state.values?.submissionId ?? sampleId ?? ''}
        errors={errors('submissionId')}
      />
      <button type="submit" className="button" disabled={isPending}>
        {t('save')}
      </button>
    </form>
  );
}
