'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { SelectField } from '@/app/_components/form/select-field';
import { TextField } from '@/app/_components/form/text-field';
import { FOLLOWUP_KINDS } from '@/lib/validation/adoption';
import { addFollowupAction } from './actions';

type Props = { locale: string; slug: string; awardId: string };

/** Records what happened after the merge: a pilot, integration into a city service, with link and day. */
export function FollowupForm({ locale, slug, awardId }: Props) {
  const t = useTranslations('adoption');
  const [state, formAction, isPending] = useActionState(addFollowupAction, initialFormState);
  const errorsOf = useFieldErrors(state);
  const value = (name: string) => state.values?.[name] ?? '';
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="awardId" value={awardId} />
      <SelectField name="kind" label={t('organizer.kind')} options={FOLLOWUP_KINDS.map((k) => ({ value: k, label: t(`followupKind.${k}`) }))} defaultValue={value('kind') || 'piloted'} errors={errorsOf('kind')} />
      <TextField name="happenedOn" type="date" label={t('organizer.happenedOn')} defaultValue={value('happenedOn')} errors={errorsOf('happenedOn')} />
      <TextField name="followupUrl" type="url" label={t('organizer.followupUrl')} maxLength={500} defaultValue={value('followupUrl')} errors={errorsOf('url')} />
      <TextField name="followupNote" label={t('organizer.followupNote')} maxLength={2000} defaultValue={value('followupNote')} errors={errorsOf('note')} />
      <div>
        <button type="submit" className="button" disabled={isPending}>
          {t('organizer.addFollowup')}
        </button>
      </div>
    </form>
  );
}
