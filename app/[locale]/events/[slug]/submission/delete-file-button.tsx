'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { deleteFileAction } from './actions';

/** One image's delete button, named after the image so a screen reader user knows which one it removes. */
export function DeleteFileButton({ locale, slug, fileId, altText }: { locale: string; slug: string; fileId: string; altText: string }) {
  const t = useTranslations('submissions.files');
  const [state, formAction, isPending] = useActionState(deleteFileAction, initialFormState);
  return (
    <form action={formAction}>
      {state.status === 'error' && <FormMessage state={state} />}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="fileId" value={fileId} />
      <button type="submit" className="button secondary" disabled={isPending}>
        {t('delete', { alt: altText })}
      </button>
    </form>
  );
}
