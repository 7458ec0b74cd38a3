'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { CheckboxGroupField } from '@/app/_components/form/checkbox-group-field';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { TextareaField } from '@/app/_components/form/textarea-field';
import { decideAction } from './actions';

type Props = {
  /** The teams' checkboxes in the table point at this form with their `form` attribute. */
  formId: string;
  locale: string;
  slug: string;
  eventId: string;
  stage: 'document' | 'final';
  decisions: string[];
};

/** One decision for every team ticked in the list above it (the review meeting goes down a list). */
export function DecisionForm({ formId, locale, slug, eventId, stage, decisions }: Props) {
  const t = useTranslations();
  const [state, formAction, isPending] = useActionState(decideAction, initialFormState);
  const errorsOf = useFieldErrors(state);
  const teamErrors = [...(errorsOf('teamIds') ?? []), ...(errorsOf('form') ?? [])];
  return (
    <form id={formId} action={formAction} className="form">
      <FormMessage state={state} />
      {teamErrors.length > 0 && <p className="field-error">{teamErrors.join(' ')}</p>}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="stage" value={stage} />
      <input type="hidden" name="formId" value={formId} />
      <CheckboxGroupField
        type="radio"
        name="decision"
        idBase={`${formId}-decision`}
        legend={t('admission.decision.legend')}
        options={decisions.map((value) => ({ value, label: t(`admission.decision.${value}`) }))}
        defaultValues={state.values?.decision ? [state.values.decision] : []}
        errors={errorsOf('decision')}
      />
      {/* Several decision forms share the page: the note's name carries the form id so its label and id stay unique. */}
      <TextareaField name={`note-${formId}`} label={t('admission.decision.note')} rows={3} maxLength={2000} defaultValue={state.values?.note ?? ''} errors={errorsOf('note')} />
      <div>
        <button type="submit" className="button" disabled={isPending}>
          {stage === 'document' ? t('admission.decision.submitDocument') : t('admission.decision.submitFinal')}
        </button>
      </div>
    </form>
  );
}
