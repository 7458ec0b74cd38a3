'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { joinByLinkAction } from './actions';

type Props = { locale: string; slug: string; eventId: string; code: string; label: string };

/** The join button. The code is not typed here, so its messages (full, frozen ...) show above the button. */
export function JoinForm({ locale, slug, eventId, code, label }: Props) {
  const t = useTranslations();
  const [state, formAction, isPending] = useActionState(joinByLinkAction, initialFormState);
  const reasons = Object.values(state.fieldErrors ?? {}).flat().filter((key): key is string => Boolean(key));
  return (
    <form action={formAction} className="form">
      <FormMessage state={state} />
      {reasons.length > 0 && (
        <p className="field-error" role="alert">
          {reasons.map((key) => t(key)).join(' ')}
        </p>
      )}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="code" value={code} />
      <div>
        <button type="submit" className="button" disabled={isPending}>
          {label}
        </button>
      </div>
    </form>
  );
}
