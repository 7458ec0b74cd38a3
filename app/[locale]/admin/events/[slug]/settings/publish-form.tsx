'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { setPublishedAction } from './actions';

type Props = { locale: string; eventId: string; slug: string; isPublished: boolean };

/** One button that flips the event page's visibility; the page re-renders with the new state after it. */
export function PublishForm({ locale, eventId, slug, isPublished }: Props) {
  const t = useTranslations('eventSetup');
  const [state, formAction, isPending] = useActionState(setPublishedAction, initialFormState);
  return (
    <form action={formAction} className="form">
      <FormMessage state={state} />
      <p>{isPublished ? t('overview.published') : t('overview.draft')}</p>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="currentSlug" value={slug} />
      <input type="hidden" name="publish" value={isPublished ? 'false' : 'true'} />
      <div>
        <button type="submit" className={isPublished ? 'button secondary' : 'button'} disabled={isPending}>
          {isPublished ? t('settings.unpublish') : t('settings.publish')}
        </button>
      </div>
    </form>
  );
}
