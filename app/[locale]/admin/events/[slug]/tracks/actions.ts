'use server';

import type { FormState } from '@/app/_components/form/form-state';
import { createTrack, deleteTrack, updateTrack } from '@/lib/events/tracks';
import { runSetupAction } from './setup-action';

const TRACK_FIELDS = ['nameZh', 'nameEn', 'descriptionZh', 'descriptionEn', 'departmentZh', 'departmentEn', 'datasets', 'position'] as const;

export async function createTrackAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runSetupAction(formData, 'tracks', (actor, input, { eventId }) => createTrack(actor, eventId, input), { fields: TRACK_FIELDS, success: 'eventSetup.common.created' });
}

export async function updateTrackAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runSetupAction(formData, 'tracks', (actor, input, { id }) => updateTrack(actor, id, input), { fields: TRACK_FIELDS, success: 'eventSetup.common.updated', redirectOnSuccess: true });
}

export async function deleteTrackAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runSetupAction(formData, 'tracks', (actor, _input, { id }) => deleteTrack(actor, id), { fields: [], success: 'eventSetup.common.deleted', redirectOnSuccess: true });
}
