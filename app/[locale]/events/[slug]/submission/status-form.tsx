'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { changeStatusAction } from './actions';

type Props = {
  locale: string;
  slug: string;
  submissionId: string;
  version: number;
  status: 'draft' | 'submitted';
  /** Field key -> label, so a refused submit can say which question or checklist item is missing. */
  labels: Record<string, string>;
};

/** Submit, or return to draft. Carries the version: a page showing an old status cannot undo a newer change. */
export function StatusForm({ locale, slug, submissionId, version, status, labels }: Props) {
  const t = useTranslations();
  const [state, formAction, isPending] = useActionState(changeStatusAction, initialFormState);
  const missing = Object.entries(state.status === 'error' ? (state.fieldErrors ?? {}) : {});
  return (
    <form action={formAction} className="form">
      <FormMessage state={state} />
      {missing.length > 0 && (
        <ul className="field-error">
          {missing.map(([key, messages]) => (
            <li key={key}>{labels[key] ? `${labels[key]}: ${messages?.map((m) => t(m)).join(' ')}` : messages?.map((m) => t(m)).join(' ')}</li>
          ))}
        </ul>
      )}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="submissionId" value={submissionId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="to" value={status === 'draft' ? 'submitted' : 'draft'} />
      <div>
        <button type="submit" className={status === 'draft' ? 'button' : 'button secondary'} disabled={isPending}>
          {status === 'draft' ? t('submissions.submit.submit') : t('submissions.submit.unsubmit')}
        </button>
      </div>
    </form>
  );
}
