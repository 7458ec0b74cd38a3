'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { CheckboxGroupField } from '@/app/_components/form/checkbox-group-field';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { TextField } from '@/app/_components/form/text-field';
import { advanceAction } from './actions';

type Common = { locale: string; slug: string; fromRoundId: string; toRoundId: string };

function Hidden({ locale, slug, fromRoundId, toRoundId, mode }: Common & { mode: 'top' | 'pick' }) {
  return (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="fromRoundId" value={fromRoundId} />
      <input type="hidden" name="toRoundId" value={toRoundId} />
      <input type="hidden" name="mode" value={mode} />
    </>
  );
}

export function AdvanceTopForm(props: Common & { defaultPerTrack: number }) {
  const t = useTranslations('judgingResults.advance');
  const [state, formAction, isPending] = useActionState(advanceAction, initialFormState);
  const errors = useFieldErrors(state);
  return (
    <form action={formAction} className="form" aria-labelledby="advance-top-title">
      <h3 id="advance-top-title">{t('topTitle')}</h3>
      <FormMessage state={state} />
      {state.fieldErrors?.form && <p className="field-error">{errors('form')?.join(' ')}</p>}
      <Hidden {...props} mode="top" />
      <TextField name="perTrack" label={t('perTrack')} type="number" min={1} max={50} required defaultValue={state.values?.perTrack ?? String(props.defaultPerTrack)} errors={errors('perTrack')} hint={t('perTrackHint')} />
      <button type="submit" className="button" disabled={isPending}>
        {t('topSubmit')}
      </button>
    </form>
  );
}

export function AdvancePickForm(props: Common & { options: { value: string; label: string }[]; selected: string[] }) {
  const t = useTranslations('judgingResults.advance');
  const [state, formAction, isPending] = useActionState(advanceAction, initialFormState);
  const errors = useFieldErrors(state);
  return (
    <form action={formAction} className="form" aria-labelledby="advance-pick-title">
      <h3 id="advance-pick-title">{t('pickTitle')}</h3>
      <FormMessage state={state} />
      {state.fieldErrors?.form && <p className="field-error">{errors('form')?.join(' ')}</p>}
      <Hidden {...props} mode="pick" />
      <CheckboxGroupField name="submissionIds" legend={t('pickLegend')} options={props.options} defaultValues={props.selected} errors={errors('submissionIds')} />
      <button type="submit" className="button" disabled={isPending}>
        {t('pickSubmit')}
      </button>
    </form>
  );
}
