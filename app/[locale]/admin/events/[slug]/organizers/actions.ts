'use server';

import type { FormState } from '@/app/_components/form/form-state';
import { grantOrganizer, revokeOrganizer } from '@/lib/events/organizers';
import { runSetupAction } from '../tracks/setup-action';

export async function grantOrganizerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runSetupAction(formData, 'organizers', (actor, input, { eventId }) => grantOrganizer(actor, eventId, input), { fields: ['email'], success: 'eventSetup.organizers.granted' });
}

export async function revokeOrganizerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runSetupAction(formData, 'organizers', (actor, _input, { eventId, id }) => revokeOrganizer(actor, eventId, id), { fields: [], success: 'eventSetup.common.deleted', redirectOnSuccess: true });
}
