'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { TextField } from '@/app/_components/form/text-field';
import { updatePayoutSettingsAction } from './actions';

type Props = { locale: string; slug: string; eventId: string; initial: { ratePercent: string; threshold: string; version: string } };

/** The event's withholding rule: rate in percent (two decimals at most) and the NT$ threshold above which it applies. */
export function PayoutSettingsForm({ locale, slug, eventId, initial }: Props) {
  const t = useTranslations('adoption.payouts');
  const [state, formAction, isPending] = useActionState(updatePayoutSettingsAction, initialFormState);
  const errorsOf = useFieldErrors(state);
  const value = (name: keyof Props['initial']) => state.values?.[name] ?? initial[name];
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="version" value={value('version')} />
      <TextField name="ratePercent" inputMode="decimal" label={t('ratePercent')} hint={t('rateHint')} defaultValue={value('ratePercent')} errors={errorsOf('ratePercent')} />
      <TextField name="threshold" type="number" inputMode="numeric" min={0} step={1} label={t('threshold')} hint={t('thresholdHint')} defaultValue={value('threshold')} errors={errorsOf('threshold')} />
      <div>
        <button type="submit" className="button" disabled={isPending}>
          {t('saveSettings')}
        </button>
      </div>
    </form>
  );
}
