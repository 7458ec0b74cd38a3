'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { SelectField } from '@/app/_components/form/select-field';
import { TextField } from '@/app/_components/form/text-field';
import { TextareaField } from '@/app/_components/form/textarea-field';
import { ADOPTION_STATUSES } from '@/lib/validation/adoption';
import { updateAdoptionAction } from './actions';

type Props = { locale: string; slug: string; awardId: string; timeZone: string; initial: Record<string, string> };

/** The organizer's edit of one adoption; times are typed in the event's zone; what was typed survives an error. */
export function AdoptionForm({ locale, slug, awardId, timeZone, initial }: Props) {
  const t = useTranslations('adoption');
  const [state, formAction, isPending] = useActionState(updateAdoptionAction, initialFormState);
  const errorsOf = useFieldErrors(state);
  const value = (name: string) => state.values?.[name] ?? initial[name] ?? '';
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="awardId" value={awardId} />
      <input type="hidden" name="version" value={value('version')} />
      <TextField name="dueAt" type="datetime-local" label={t('organizer.dueAtLabel', { zone: timeZone })} defaultValue={value('dueAt')} errors={errorsOf('dueAt')} />
      <TextField name="targetRepositoryUrl" type="url" label={t('organizer.targetRepositoryUrl')} maxLength={500} defaultValue={value('targetRepositoryUrl')} errors={errorsOf('targetRepositoryUrl')} />
      <TextField name="pullRequestUrl" type="url" label={t('organizer.pullRequestUrl')} maxLength={500} defaultValue={value('pullRequestUrl')} errors={errorsOf('pullRequestUrl')} />
      <SelectField
        name="status"
        label={t('organizer.status')}
        hint={t('organizer.statusHint')}
        options={ADOPTION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        defaultValue={value('status') || 'pending'}
        errors={errorsOf('status')}
      />
      <TextField name="mergedAt" type="datetime-local" label={t('organizer.mergedAtLabel', { zone: timeZone })} hint={t('organizer.mergedAtHint')} defaultValue={value('mergedAt')} errors={errorsOf('mergedAt')} />
      <TextareaField name="note" label={t('organizer.note')} rows={3} maxLength={2000} defaultValue={value('note')} errors={errorsOf('note')} />
      <div>
        <button type="submit" className="button" disabled={isPending}>
          {t('organizer.save')}
        </button>
      </div>
    </form>
  );
}
