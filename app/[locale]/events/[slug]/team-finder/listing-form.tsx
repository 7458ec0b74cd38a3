'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { CheckboxField } from '@/app/_components/form/checkbox-field';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { TextareaField } from '@/app/_components/form/textarea-field';
import { listingAction } from './actions';

type Props = { locale: string; slug: string; eventId: string; isLooking: boolean; note: string };

/** "List me as looking for a team", with what the participant looks for. */
export function ListingForm({ locale, slug, eventId, isLooking, note }: Props) {
  const t = useTranslations('teams.finder.listing');
  const [state, formAction, isPending] = useActionState(listingAction, initialFormState);
  const errorsOf = useFieldErrors(state);
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="returnTo" value="finder" />
      <CheckboxField name="isLooking" label={t('isLooking')} defaultChecked={state.values ? state.values.isLooking === 'on' : isLooking} errors={errorsOf('isLooking')} />
      <TextareaField name="note" label={t('note')} hint={t('noteHint')} rows={3} maxLength={500} defaultValue={state.values?.note ?? note} errors={errorsOf('note')} />
      <div>
        <button type="submit" className="button" disabled={isPending}>
          {t('submit')}
        </button>
      </div>
    </form>
  );
}
