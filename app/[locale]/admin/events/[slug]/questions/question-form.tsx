'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { CheckboxField } from '@/app/_components/form/checkbox-field';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { SelectField } from '@/app/_components/form/select-field';
import { TextField } from '@/app/_components/form/text-field';
import { TextareaField } from '@/app/_components/form/textarea-field';
import { createQuestionAction, updateQuestionAction } from './actions';

type Props = { locale: string; slug: string; eventId: string; questionId?: string; initial?: Record<string, string>; locked?: boolean; submitLabel: string };

const KINDS = ['short_text', 'long_text', 'single_choice', 'multi_choice', 'checkbox'] as const;

/** Adds a custom question, or edits one; an answered one says up front what can no longer change. */
export function QuestionForm({ locale, slug, eventId, questionId, initial = {}, locked, submitLabel }: Props) {
  const t = useTranslations('eventSetup');
  const [state, formAction, isPending] = useActionState(questionId ? updateQuestionAction : createQuestionAction, initialFormState);
  const errorsOf = useFieldErrors(state);
  const value = (name: string) => state.values?.[name] ?? initial[name] ?? '';
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} />
      {locked && <p className="notice">{t('questions.lockedHint')}</p>}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="eventId" value={eventId} />
      {questionId && <input type="hidden" name="id" value={questionId} />}
      <SelectField
        // Keyed on the value: React resets a form after its action to each select's FIRST default, so a
        // remount is what keeps the choice the user made when the save is refused.
        key={`scope-${value('scope')}`}
        name="scope"
        label={t('questions.scope')}
        defaultValue={value('scope') || 'registration'}
        options={(['registration', 'submission'] as const).map((s) => ({ value: s, label: t(`questions.scopes.${s}`) }))}
        errors={errorsOf('scope')}
      />
      <SelectField
        key={`kind-${value('kind')}`}
        name="kind"
        label={t('questions.kind')}
        defaultValue={value('kind') || 'short_text'}
        options={KINDS.map((k) => ({ value: k, label: t(`questions.kinds.${k}`) }))}
        errors={errorsOf('kind')}
      />
      <TextField name="labelZh" label={t('common.labelZh')} maxLength={300} defaultValue={value('labelZh')} errors={errorsOf('labelZh')} />
      <TextField name="labelEn" label={t('common.labelEn')} maxLength={300} defaultValue={value('labelEn')} errors={errorsOf('labelEn')} />
      <TextareaField name="options" label={t('questions.options')} hint={t('questions.optionsHint')} rows={4} defaultValue={value('options')} errors={errorsOf('options')} />
      <CheckboxField name="isRequired" label={t('questions.isRequired')} defaultChecked={(state.values ? state.values.isRequired : initial.isRequired) === 'on'} errors={errorsOf('isRequired')} />
      <TextField name="position" type="number" inputMode="numeric" min={0} max={999} label={t('common.position')} hint={t('common.positionHint')} defaultValue={value('position') || '0'} errors={errorsOf('position')} />
      <div>
        <button type="submit" className="button" disabled={isPending}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
