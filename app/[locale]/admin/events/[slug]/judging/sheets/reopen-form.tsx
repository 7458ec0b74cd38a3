'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { TextField } from '@/app/_components/form/text-field';
import { reopenSheetAction } from './actions';

export function ReopenForm({ sheetId, label }: { sheetId: string; label: string }) {
  const t = useTranslations('judgingSheets.admin');
  const [state, formAction, isPending] = useActionState(reopenSheetAction, initialFormState);
  const errors = useFieldErrors(state);
  const field = `reason-${sheetId}`;
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="sheetId" value={sheetId} />
      <TextField name={field} label={`${t('reason')} (${label})`} defaultValue={state.status === 'error' ? state.values?.[field] : ''} errors={errors(field)} required />
      <button type="submit" className="button secondary" disabled={isPending}>
        {t('reopen')}
      </button>
    </form>
  );
}
