'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { withdrawAction } from './actions';

/** The withdraw button; the domain layer refuses it (with the reason shown here) while the person is in a team. */
export function WithdrawForm({ locale, eventId, slug }: { locale: string; eventId: string; slug: string }) {
  const t = useTranslations();
  const [state, formAction, isPending] = useActionState(withdrawAction, initialFormState);
  return (
    <form action={formAction}>
      <FormMessage state={state} />
      {state.fieldErrors?.form?.map((key) => (
        <p key={key} className="field-error">
          {t(key)}
        </p>
      ))}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="slug" value={slug} />
      <button type="submit" className="button secondary" disabled={isPending}>
        {t('registration.withdraw.button')}
      </button>
    </form>
  );
}
