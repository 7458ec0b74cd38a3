'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { TextareaField } from '@/app/_components/form/textarea-field';
import { saveTopicFeedbackAction } from './actions';

export function FeedbackForm({ locale, slug, submissionId, project, body }: { locale: string; slug: string; submissionId: string; project: string; body: string }) {
  const t = useTranslations('judgingResults.track');
  const [state, formAction, isPending] = useActionState(saveTopicFeedbackAction, initialFormState);
  const errors = useFieldErrors(state);
  return (
    <form action={formAction} className="form">
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="submissionId" value={submissionId} />
      <TextareaField name={`body-${submissionId}`} label={t('feedback', { project })} rows={4} maxLength={4000} defaultValue={state.values?.body ?? body} errors={errors('body')} />
      <button type="submit" className="button" disabled={isPending}>
        {t('save')}
      </button>
    </form>
  );
}
