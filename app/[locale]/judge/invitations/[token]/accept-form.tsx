'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { acceptInvitationAction } from './actions';

export function AcceptForm({ locale, token }: { locale: string; token: string }) {
  const t = useTranslations('judgingSetup.accept');
  const tAll = useTranslations();
  const [state, formAction, isPending] = useActionState(acceptInvitationAction, initialFormState);
  const reason = state.fieldErrors?.form?.[0];
  return (
    <form action={formAction}>
      {reason ? (
        <p className="alert" role="alert">
          {tAll(reason)}
        </p>
      ) : (
        <FormMessage state={state} />
      )}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <button type="submit" className="button" disabled={isPending}>
        {t('accept')}
      </button>
    </form>
  );
}
