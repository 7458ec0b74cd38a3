'use server';

import type { FormState } from '@/app/_components/form/form-state';
import { createPrize, deletePrize, updatePrize } from '@/lib/events/prizes';
import { runSetupAction } from '../tracks/setup-action';

const PRIZE_FIELDS = ['nameZh', 'nameEn', 'descriptionZh', 'descriptionEn', 'trackId', 'amount', 'count', 'position'] as const;

export async function createPrizeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runSetupAction(formData, 'prizes', (actor, input, { eventId }) => createPrize(actor, eventId, input), { fields: PRIZE_FIELDS, success: 'eventSetup.common.created' });
}

export async function updatePrizeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runSetupAction(formData, 'prizes', (actor, input, { id }) => updatePrize(actor, id, input), { fields: PRIZE_FIELDS, success: 'eventSetup.common.updated', redirectOnSuccess: true });
}

export async function deletePrizeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runSetupAction(formData, 'prizes', (actor, _input, { id }) => deletePrize(actor, id), { fields: [], success: 'eventSetup.common.deleted', redirectOnSuccess: true });
}
