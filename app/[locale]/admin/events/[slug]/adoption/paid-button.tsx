'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { markPaidAction } from './actions';

type Props = { locale: string; slug: string; awardId: string; version: number; label: string };

/** Marks one award's prize paid; "only after the merge" and a stale row are said beside the button. */
export function PaidButton({ locale, slug, awardId, version, label }: Props) {
  const [state, formAction, isPending] = useActionState(markPaidAction, initialFormState);
  return (
    <form action={formAction}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="awardId" value={awardId} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" className="button secondary" disabled={isPending}>
        {label}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
