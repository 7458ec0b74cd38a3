'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState, type FormState } from '@/app/_components/form/form-state';
import { TextField } from '@/app/_components/form/text-field';
import { TextareaField } from '@/app/_components/form/textarea-field';
import { publishNowAction, scheduleAction, unpublishAction } from './actions';

type Ids = { locale: string; slug: string; eventId: string };

function Hidden({ locale, slug, eventId }: Ids) {
  return (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="eventId" value={eventId} />
    </>
  );
}

function FormErrors({ state }: { state: FormState }) {
  const errorsOf = useFieldErrors(state);
  return (
    <>
      <FormMessage state={state} />
      {errorsOf('form')?.map((message) => (
        <p key={message} className="alert" role="alert">
          {message}
        </p>
      ))}
    </>
  );
}

/** Publish now, or schedule: the stored time becomes visible by itself (lib/results/visibility.ts). */
export function PublishForms({ ids, zone }: { ids: Ids; zone: string }) {
  const t = useTranslations('results');
  const [now, nowAction, nowPending] = useActionState(publishNowAction, initialFormState);
  const [later, laterAction, laterPending] = useActionState(scheduleAction, initialFormState);
  const errorsOf = useFieldErrors(later);
  return (
    <>
      <form action={nowAction} className="form">
        <FormErrors state={now} />
        <Hidden {...ids} />
        <div>
          <button type="submit" className="button" disabled={nowPending}>
            {t('publication.publishNow')}
          </button>
        </div>
      </form>
      <form action={laterAction} className="form" noValidate aria-labelledby="schedule-heading">
        <h3 id="schedule-heading">{t('publication.scheduleHeading')}</h3>
        <FormErrors state={later} />
        <Hidden {...ids} />
        <TextField name="at" type="datetime-local" label={t('publication.at', { zone })} defaultValue={later.values?.at ?? ''} errors={errorsOf('at')} />
        <div>
          <button type="submit" className="button" disabled={laterPending}>
            {t('publication.schedule')}
          </button>
        </div>
      </form>
    </>
  );
}

/** Taking results down needs a reason: it is what the audit log will show. */
export function UnpublishForm({ ids }: { ids: Ids }) {
  const t = useTranslations('results');
  const [state, action, pending] = useActionState(unpublishAction, initialFormState);
  const errorsOf = useFieldErrors(state);
  return (
    <form action={action} className="form" noValidate aria-labelledby="unpublish-heading">
      <h3 id="unpublish-heading">{t('publication.unpublishHeading')}</h3>
      <FormErrors state={state} />
      <Hidden {...ids} />
      <TextareaField name="reason" label={t('publication.reason')} rows={2} maxLength={500} defaultValue={state.values?.reason ?? ''} errors={errorsOf('reason')} />
      <div>
        <button type="submit" className="button" disabled={pending}>
          {t('publication.unpublish')}
        </button>
      </div>
    </form>
  );
}
