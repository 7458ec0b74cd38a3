'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { TextField } from '@/app/_components/form/text-field';
import { recordTieDecisionAction } from './actions';

type Props = { locale: string; slug: string; roundId: string; method: string; projects: { id: string; title: string }[]; decided: string[] | null; index: number };

/** One tie group: a place per project (1..n) and a note; the errors for the order sit above the places. */
export function TieDecisionForm({ locale, slug, roundId, method, projects, decided, index }: Props) {
  const t = useTranslations('judgingResults.results.ties');
  const [state, formAction, isPending] = useActionState(recordTieDecisionAction, initialFormState);
  const errors = useFieldErrors(state);
  const placeErrors = errors('places');
  return (
    <form action={formAction} className="form">
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="method" value={method} />
      <fieldset id={`field-places-${index}`} aria-describedby={placeErrors ? `field-places-${index}-error` : undefined} aria-invalid={placeErrors ? true : undefined}>
        <legend>{t('record')}</legend>
        {placeErrors && (
          <p id={`field-places-${index}-error`} className="field-error">
            {placeErrors.join(' ')}
          </p>
        )}
        {projects.map((p, i) => (
          <TextField
            key={p.id}
            name={`place:${p.id}`}
            label={t('orderLabel', { project: p.title })}
            type="number"
            min={1}
            max={projects.length}
            required
            defaultValue={state.values?.[`place:${p.id}`] ?? String(decided ? decided.indexOf(p.id) + 1 : i + 1)}
          />
        ))}
      </fieldset>
      <TextField name="note" label={t('note')} maxLength={500} defaultValue={state.values?.note ?? ''} errors={errors('note')} />
      <button type="submit" className="button" disabled={isPending}>
        {t('submit')}
      </button>
    </form>
  );
}
