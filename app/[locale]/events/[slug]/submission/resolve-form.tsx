'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { resolveConflictAction } from './actions';

type Props = { locale: string; slug: string; conflictId: string; latestVersion: number };

/** Settles a kept conflict: write mine on top of the latest version, or drop mine. */
export function ResolveForm({ locale, slug, conflictId, latestVersion }: Props) {
  const t = useTranslations('submissions.conflict');
  const [state, formAction, isPending] = useActionState(resolveConflictAction, initialFormState);
  return (
    <form action={formAction} className="actions">
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="conflictId" value={conflictId} />
      <input type="hidden" name="version" value={latestVersion} />
      <button type="submit" name="choice" value="mine" className="button" disabled={isPending}>
        {t('keepMine')}
      </button>{' '}
      <button type="submit" name="choice" value="theirs" className="button secondary" disabled={isPending}>
        {t('keepTheirs')}
      </button>
    </form>
  );
}
