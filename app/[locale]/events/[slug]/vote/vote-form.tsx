'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import styles from '@/app/_components/form/choice.module.css';
import { castVoteAction } from './actions';

type Props = { locale: string; slug: string; projects: { id: string; title: string; teamName: string }[]; ownSubmission: string | null };

/** One radio per project; the voter's own team is shown but cannot be chosen (the database refuses it too). */
export function VoteForm({ locale, slug, projects, ownSubmission }: Props) {
  const t = useTranslations('results');
  const [state, action, pending] = useActionState(castVoteAction, initialFormState);
  const errorsOf = useFieldErrors(state);
  const fieldErrors = errorsOf('submissionId');
  const chosen = state.values?.submissionId ?? '';
  return (
    <form action={action} className="form" noValidate>
      <FormMessage state={state} />
      {errorsOf('form')?.map((message) => (
        <p key={message} className="alert" role="alert">
          {message}
        </p>
      ))}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <fieldset className={styles.group} aria-describedby={fieldErrors ? 'vote-error' : undefined}>
        <legend>{t('vote.legend')}</legend>
        {projects.map((p) => {
          const isOwn = p.id === ownSubmission;
          return (
            <div key={p.id} className="field">
              <label className={styles.choice}>
                <input type="radio" name="submissionId" value={p.id} defaultChecked={chosen === p.id} disabled={isOwn} />
                <span>
                  {p.title} — {p.teamName}
                  {isOwn && <span className="muted"> ({t('vote.ownTeam')})</span>}
                </span>
              </label>
            </div>
          );
        })}
        {fieldErrors && (
          <p id='vote-error' className="field-error">
            {fieldErrors.join(' ')}
          </p>
        )}
      </fieldset>
      <div>
        <button type="submit" className="button" disabled={pending}>
          {t('vote.submit')}
        </button>
      </div>
    </form>
  );
}
