'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState, type FormState } from '@/app/_components/form/form-state';
import { SelectField } from '@/app/_components/form/select-field';
import { TextField } from '@/app/_components/form/text-field';

export type RoundFormValues = Record<string, string>;
type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  tracks: { value: string; label: string }[];
  initial: RoundFormValues;
  submitLabel: string;
};

/** A round's settings: kind, names, track, assignment mode with k and seed, ranking, timers. */
export function RoundForm({ action, hidden, tracks, initial, submitLabel }: Props) {
  const t = useTranslations('judgingSetup.rounds');
  const [state, formAction, isPending] = useActionState(action, initialFormState);
  const errorsOf = useFieldErrors(state);
  const value = (name: string) => state.values?.[name] ?? initial[name] ?? '';
  const number = (name: string, label: string, hint?: string) => (
    <TextField name={name} type="number" inputMode="numeric" label={label} hint={hint} defaultValue={value(name)} errors={errorsOf(name)} />
  );
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      <SelectField name="kind" label={t('kind')} defaultValue={value('kind') || 'preliminary'} options={(['preliminary', 'final'] as const).map((k) => ({ value: k, label: t(`kinds.${k}`) }))} errors={errorsOf('kind')} />
      <TextField name="nameZh" label={t('nameZh')} lang="zh-TW" maxLength={120} defaultValue={value('nameZh')} errors={errorsOf('nameZh')} />
      <TextField name="nameEn" label={t('nameEn')} lang="en" maxLength={120} defaultValue={value('nameEn')} errors={errorsOf('nameEn')} />
      <SelectField name="trackId" label={t('track')} defaultValue={value('trackId')} options={[{ value: '', label: t('allTracks') }, ...tracks]} errors={errorsOf('trackId')} />
      <SelectField name="assignmentMode" label={t('mode')} defaultValue={value('assignmentMode') || 'k_judges'} options={(['all', 'k_judges'] as const).map((m) => ({ value: m, label: t(`modes.${m}`) }))} errors={errorsOf('assignmentMode')} />
      {number('judgesPerProject', t('k'))}
      {number('assignmentSeed', t('seed'), t('seedHint'))}
      <SelectField name="rankingMethod" label={t('ranking')} defaultValue={value('rankingMethod') || 'rank_sum'} options={(['raw_mean', 'z_score', 'rank_sum'] as const).map((m) => ({ value: m, label: t(`rankings.${m}`) }))} errors={errorsOf('rankingMethod')} />
      {number('advanceCount', t('advance'))}
      {number('presentationSeconds', t('presentation'))}
      {number('qaSeconds', t('qa'))}
      <div>
        <button type="submit" className="button" disabled={isPending}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
