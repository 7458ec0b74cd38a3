'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { TextField } from '@/app/_components/form/text-field';
import { grantOrganizerAction } from './actions';

export function GrantOrganizerForm({ locale, slug, eventId }: { locale: string; slug: string; eventId: string }) {
  const t = useTranslations('eventSetup.organizers');
  const [state, formAction, isPending] = useActionState(grantOrganizerAction, initialFormState);
  const errorsOf = useFieldErrors(state);
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="eventId" value={eventId} />
      <TextField name="email" type="email" autoComplete="off" label={t('email')} required maxLength={254} defaultValue={state.values?.email ?? ''} errors={errorsOf('email')} />
      <div>
        <button type="submit" className="button" disabled={isPending}>
          {t('grant')}
        </button>
      </div>
    </form>
  );
}
