'use server';

import type { FormState } from '@/app/_components/form/form-state';
import { updatePayoutSettings } from '@/lib/payouts/payouts';
import { PAYOUT_SETTINGS_FIELDS } from '@/lib/validation/adoption';
import { runAdoptionAction } from '../adoption/run-action';

export async function updatePayoutSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAdoptionAction(formData, {
    path: (locale, slug) => `/${locale}/admin/events/${slug}/payouts`,
    fields: PAYOUT_SETTINGS_FIELDS,
    done: 'settingsSaved',
    run: (actor, input, { eventId }) => updatePayoutSettings(actor, eventId, input),
  });
}
