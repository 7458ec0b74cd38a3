'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import styles from '@/app/_components/form/choice.module.css';
import { useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState, type FormState } from '@/app/_components/form/form-state';
import { checkInAction, undoCheckInAction } from './actions';

export type DeskAttendee = { registrationId: string; displayName: string; email: string; isMinor: boolean; checkedInText: string | null };

/*
 * One person found at the desk: the ticks and "Check in", or, once checked in, "Undo". Both forms live in
 * this one component so the outcome line (role="status") stays on the page when the server's refresh swaps
 * one form for the other, and a screen reader hears it. Ticks survive a refused attempt.
 */
export function AttendeeCheckIn({ attendee, eventId, slug, locale }: { attendee: DeskAttendee; eventId: string; slug: string; locale: string }) {
  const t = useTranslations('checkin');
  const tAll = useTranslations();
  const [inState, checkInFormAction, checkingIn] = useActionState(checkInAction, initialFormState);
  const [undoState, undoFormAction, undoing] = useActionState(undoCheckInAction, initialFormState);
  const errorsOf = useFieldErrors(inState);
  const name = attendee.displayName;
  const outcome = attendee.checkedInText
    ? inState.status === 'success' && t('desk.form.done', { name })
    : undoState.status === 'success' && t('desk.form.undone', { name });
  const problem = (state: FormState) =>
    state.status === 'error' ? (state.fieldErrors?.form?.map((key) => tAll(key)).join(' ') ?? tAll(state.message ?? 'errors.validation')) : null;
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="registrationId" value={attendee.registrationId} />
    </>
  );
  return (
    <div>
      <p role="status" className={outcome ? 'notice' : undefined}>
        {outcome || ''}
      </p>
      {attendee.checkedInText ? (
        <form action={undoFormAction} className="form">
          {problem(undoState) && (
            <p role="alert" className="alert">
              {problem(undoState)}
            </p>
          )}
          {hidden}
          <p>{attendee.checkedInText}</p>
          <div>
            <button type="submit" className="button secondary" disabled={undoing}>
              {t('desk.form.undo', { name })}
            </button>
          </div>
        </form>
      ) : (
        <form action={checkInFormAction} className="form" noValidate>
          {problem(inState) && (
            <p role="alert" className="alert">
              {problem(inState)}
            </p>
          )}
          {hidden}
          <p>{t('desk.results.notYet')}</p>
          <Tick id={`${attendee.registrationId}-identity`} name="identityChecked" label={t('desk.form.identityChecked')} state={inState} errors={errorsOf('identityChecked')} />
          {attendee.isMinor && (
            <Tick
              id={`${attendee.registrationId}-consent`}
              name="guardianConsentSeen"
              label={t('desk.form.guardianConsentSeen')}
              hint={t('desk.form.guardianHint')}
              state={inState}
              errors={errorsOf('guardianConsentSeen')}
            />
          )}
          <div>
            <button type="submit" className="button" disabled={checkingIn}>
              {t('desk.form.checkIn', { name })}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

/** CheckboxField's markup, with ids made unique per person: a search can list several people on one page. */
function Tick({ id, name, label, hint, state, errors }: { id: string; name: string; label: string; hint?: string; state: FormState; errors?: string[] }) {
  const fieldId = `tick-${id}`;
  const describedBy = [hint ? `${fieldId}-hint` : null, errors ? `${fieldId}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label className={styles.choice} htmlFor={fieldId}>
        <input type="checkbox" name={name} id={fieldId} defaultChecked={state.values?.[name] === 'on'} aria-invalid={errors ? true : undefined} aria-describedby={describedBy} />
        <span>{label}</span>
      </label>
      {hint && (
        <p id={`${fieldId}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {errors && (
        <p id={`${fieldId}-error`} className="field-error">
          {errors.join(' ')}
        </p>
      )}
    </div>
  );
}
