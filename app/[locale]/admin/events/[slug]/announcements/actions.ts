'use server';

import type { FormState } from '@/app/_components/form/form-state';
import { createAnnouncement, deleteAnnouncement, updateAnnouncement } from '@/lib/announcements/manage';
import { ANNOUNCEMENT_FIELDS } from '@/lib/validation/announcements';
import { runSetupAction } from '../tracks/setup-action';

/* Public POST endpoints like every server action: lib/announcements checks the organizer from the ids. */
export async function createAnnouncementAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runSetupAction(formData, 'announcements', (actor, input, { eventId }) => createAnnouncement(actor, eventId, input), {
    fields: ANNOUNCEMENT_FIELDS,
    success: 'eventSetup.common.created',
    redirectOnSuccess: true,
  });
}

export async function updateAnnouncementAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runSetupAction(formData, 'announcements', (actor, input, { id }) => updateAnnouncement(actor, id, input), {
    fields: ANNOUNCEMENT_FIELDS,
    success: 'eventSetup.common.updated',
    redirectOnSuccess: true,
  });
}

export async function deleteAnnouncementAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runSetupAction(formData, 'announcements', (actor, _input, { id }) => deleteAnnouncement(actor, id), {
    fields: [],
    success: 'eventSetup.common.deleted',
    redirectOnSuccess: true,
  });
}
