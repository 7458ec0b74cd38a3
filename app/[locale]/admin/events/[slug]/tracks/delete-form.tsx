'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/app/_components/form/form-message';
import { initialFormState, type FormState } from '@/app/_components/form/form-state';

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  locale: string;
  slug: string;
  eventId: string;
  id: string;
  /** Already translated, naming the item ("Delete Transport"), so a list of buttons is not a list of "Delete". */
  label: string;
  className?: string;
};

/** One button that removes (or revokes) one row; a refusal ("teams chose this track") is said beside it. */
export function RowButtonForm({ action, locale, slug, eventId, id, label, className = 'button secondary' }: Props) {
  const [state, formAction, isPending] = useActionState(action, initialFormState);
  return (
    <form action={formAction}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="id" value={id} />
      <button type="submit" className={className} disabled={isPending}>
        {label}
      </button>
      {state.status === 'error' && <FormMessage state={{ ...state, message: state.fieldErrors?.form?.[0] ?? state.message }} />}
    </form>
  );
}
