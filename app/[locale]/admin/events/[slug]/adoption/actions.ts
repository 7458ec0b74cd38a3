'use server';

import type { FormState } from '@/app/_components/form/form-state';
import { addFollowup, markPaid, updateAdoption } from '@/lib/adoption/organizer';
import { ADOPTION_FORM_FIELDS } from '@/lib/validation/adoption';
import { runAdoptionAction } from './run-action';

const FOLLOWUP_FORM_FIELDS = ['kind', 'happenedOn', 'followupUrl', 'followupNote'] as const;
const adoptionPath = (locale: string, slug: string) => `/${locale}/admin/events/${slug}/adoption`;

export async function updateAdoptionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAdoptionAction(formData, { path: adoptionPath, fields: ADOPTION_FORM_FIELDS, done: 'saved', run: (actor, input, { awardId }) => updateAdoption(actor, awardId, input) });
}

export async function markPaidAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAdoptionAction(formData, { path: adoptionPath, fields: ['version'], done: 'paid', run: (actor, input, { awardId }) => markPaid(actor, awardId, input) });
}

export async function addFollowupAction(_previous: FormState, formData: FormData): Promise<FormState> {
  // The follow-up's url and note are named apart from the adoption form's note on the same page (ids must be unique).
  return runAdoptionAction(formData, {
    path: adoptionPath,
    fields: FOLLOWUP_FORM_FIELDS,
    done: 'followupAdded',
    run: (actor, input, { awardId }) => addFollowup(actor, awardId, { kind: input.kind, happenedOn: input.happenedOn, url: input.followupUrl ?? '', note: input.followupNote ?? '' }),
  });
}
