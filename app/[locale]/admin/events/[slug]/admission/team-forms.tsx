'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { TextField } from '@/app/_components/form/text-field';
import { TextareaField } from '@/app/_components/form/textarea-field';
import { interviewAction, noShowAction, noteAction } from './actions';

type Common = { locale: string; slug: string; teamId: string; teamName: string };

function Hidden({ locale, slug, teamId }: Omit<Common, 'teamName'>) {
  return (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="teamId" value={teamId} />
    </>
  );
}

/*
 * Per-team forms of the admission board. Several teams share the page, so each field's name carries the
 * team id (`at-<teamId>`), so ids and labels stay unique; the action reads them back by the team id.
 */
export function InterviewForm({ timeZone, at, location, ...common }: Common & { timeZone: string; at: string; location: string }) {
  const t = useTranslations('admission.interview');
  const [state, formAction, isPending] = useActionState(interviewAction, initialFormState);
  const errorsOf = useFieldErrors(state);
  return (
    <details>
      <summary>{t('summary', { team: common.teamName })}</summary>
      <form action={formAction} className="form">
        <FormMessage state={state} />
        <Hidden {...common} />
        <TextField name={`at-${common.teamId}`} type="datetime-local" label={t('at', { zone: timeZone })} required defaultValue={state.values?.at ?? at} errors={errorsOf('at')} />
        <TextField name={`location-${common.teamId}`} label={t('location')} required maxLength={200} defaultValue={state.values?.location ?? location} errors={errorsOf('location')} />
        <div>
          <button type="submit" className="button secondary" disabled={isPending}>
            {t('submit')}
          </button>
        </div>
      </form>
    </details>
  );
}

export function NoShowForm({ isNoShow, ...common }: Common & { isNoShow: boolean }) {
  const t = useTranslations();
  const [state, formAction, isPending] = useActionState(noShowAction, initialFormState);
  return (
    <form action={formAction}>
      <FormMessage state={state} />
      <Hidden {...common} />
      <input type="hidden" name="isNoShow" value={isNoShow ? 'false' : 'true'} />
      <button type="submit" className="link-button" disabled={isPending}>
        {t(isNoShow ? 'admission.noShow.clear' : 'admission.noShow.mark', { team: common.teamName })}
      </button>
    </form>
  );
}

export function NoteForm({ note, ...common }: Common & { note: string }) {
  const t = useTranslations('admission.note');
  const [state, formAction, isPending] = useActionState(noteAction, initialFormState);
  const errorsOf = useFieldErrors(state);
  return (
    <details>
      <summary>{t('summary', { team: common.teamName })}</summary>
      <form action={formAction} className="form">
        <FormMessage state={state} />
        <Hidden {...common} />
        <TextareaField name={`note-${common.teamId}`} label={t('label')} rows={3} maxLength={2000} defaultValue={state.values?.note ?? note} errors={errorsOf('note')} />
        <div>
          <button type="submit" className="button secondary" disabled={isPending}>
            {t('submit')}
          </button>
        </div>
      </form>
    </details>
  );
}
