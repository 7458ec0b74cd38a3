'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { revokeExtensionAction } from './actions';

export function RevokeForm({ locale, slug, teamId, teamName }: { locale: string; slug: string; teamId: string; teamName: string }) {
  const t = useTranslations('submissions.extensions');
  const [state, formAction, isPending] = useActionState(revokeExtensionAction, initialFormState);
  return (
    <form action={formAction}>
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="teamId" value={teamId} />
      <button type="submit" className="button secondary" disabled={isPending}>
        {t('revoke', { team: teamName })}
      </button>
    </form>
  );
}
