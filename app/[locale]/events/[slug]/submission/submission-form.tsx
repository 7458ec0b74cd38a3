'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { CheckboxField } from '@/app/_components/form/checkbox-field';
import { CheckboxGroupField } from '@/app/_components/form/checkbox-group-field';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { SelectField } from '@/app/_components/form/select-field';
import { TextField } from '@/app/_components/form/text-field';
import { TextareaField } from '@/app/_components/form/textarea-field';
import { saveSubmissionAction } from './actions';
import type { ChecklistItemView, FormContent, QuestionView, TextFieldName } from './form-fields';

type Props = {
  locale: string;
  slug: string;
  eventId: string;
  /** The version this form edits (0: no project yet); a save from an older version is refused as stale. */
  version: number;
  content: FormContent;
  tracks: { value: string; label: string }[];
  questions: QuestionView[];
  checklist: ChecklistItemView[];
  /** Set when the member is merging a kept conflicting version: saving it settles that conflict. */
  resolvesConflictId?: string;
};

const URL_FIELDS = ['repositoryUrl', 'demoUrl', 'videoUrl', 'slidesUrl'] as const;

export function SubmissionForm({ locale, slug, eventId, version, content, tracks, questions, checklist, resolvesConflictId }: Props) {
  const t = useTranslations('submissions');
  const [state, formAction, isPending] = useActionState(saveSubmissionAction, initialFormState);
  const errorsOf = useFieldErrors(state);
  // After a refused save the form shows what the member typed, not what was loaded.
  const text = (name: TextFieldName) => state.values?.[name] ?? content.text[name];
  const list = (key: string, loaded: string[]) => (state.values?.[key] !== undefined ? state.values[key]!.split('\n').filter(Boolean) : loaded);
  const suffix = (required: boolean) => ` ${required ? t('form.required') : t('form.optional')}`;

  return (
    <form action={formAction} className="form" noValidate aria-describedby={resolvesConflictId ? 'merging-note' : undefined}>
      <FormMessage state={state} />
      {resolvesConflictId && (
        <p id="merging-note" className="notice">
          {t('form.mergingNote')}
        </p>
      )}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="version" value={version} />
      {resolvesConflictId && <input type="hidden" name="resolvesConflictId" value={resolvesConflictId} />}

      <TextField name="title" label={t('form.title')} required maxLength={120} defaultValue={text('title')} errors={errorsOf('title')} />
      <TextField name="tagline" label={t('form.tagline')} hint={t('form.taglineHint')} maxLength={200} defaultValue={text('tagline')} errors={errorsOf('tagline')} />
      <TextareaField
        name="description"
        label={t('form.description')}
        hint={t('form.descriptionHint')}
        rows={10}
        defaultValue={text('description')}
        errors={errorsOf('description')}
      />
      <SelectField
        name="trackId"
        label={t('form.track')}
        defaultValue={text('trackId')}
        options={[{ value: '', label: t('form.trackNone') }, ...tracks]}
        errors={errorsOf('trackId')}
      />
      {URL_FIELDS.map((name) => (
        <TextField key={name} name={name} type="url" inputMode="url" label={t(`form.${name}`)} hint={t('form.urlHint')} defaultValue={text(name)} errors={errorsOf(name)} />
      ))}
      <TextField
        name="technologies"
        label={t('form.technologies')}
        hint={t('form.technologiesHint')}
        defaultValue={text('technologies')}
        errors={errorsOf('technologies')}
      />

      {questions.length > 0 && <h3>{t('form.questionsHeading')}</h3>}
      {questions.map((q) => {
        const name = `answer.${q.id}`;
        const label = q.label + suffix(q.isRequired);
        const values = list(name, content.answers[q.id] ?? []);
        switch (q.kind) {
          case 'short_text':
            return <TextField key={q.id} name={name} label={label} defaultValue={values[0] ?? ''} errors={errorsOf(name)} />;
          case 'long_text':
            return <TextareaField key={q.id} name={name} label={label} defaultValue={values.join('\n')} errors={errorsOf(name)} />;
          case 'single_choice':
            return <CheckboxGroupField key={q.id} type="radio" name={name} legend={label} options={q.options} defaultValues={values} errors={errorsOf(name)} />;
          case 'multi_choice':
            return <CheckboxGroupField key={q.id} name={name} legend={label} options={q.options} defaultValues={values} errors={errorsOf(name)} />;
          case 'checkbox':
            return <CheckboxField key={q.id} name={name} label={label} defaultChecked={values.includes('on')} errors={errorsOf(name)} />;
        }
      })}

      {checklist.length > 0 && (
        <CheckboxGroupField
          name="compliance"
          legend={t('form.complianceHeading')}
          hint={t('form.complianceHint')}
          options={checklist.map((item) => ({ value: item.id, label: item.label }))}
          defaultValues={list('compliance', content.compliance)}
          errors={checklist.flatMap((item) => errorsOf(`compliance.${item.id}`)?.map((e) => `${item.label}: ${e}`) ?? [])}
        />
      )}

      <div>
        <button type="submit" className="button" disabled={isPending}>
          {isPending ? t('form.saving') : t('form.save')}
        </button>
      </div>
    </form>
  );
}
