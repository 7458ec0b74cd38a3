'use server';

import { forbidden, notFound, redirect } from 'next/navigation';
import { formStateFromResult, type FormState } from '@/app/_components/form/form-state';
import { decideAdmission, markNoShow, reviewDocuments, saveReviewNote, scheduleInterview } from '@/lib/admission/review';
import { localeOf, signInPath } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';
import type { Result } from '@/lib/result';

/*
 * Server actions are public POST endpoints: each reads the actor and lib/admission checks, in its own
 * transaction, that the actor organizes this event. On success the page reloads to show the new lists.
 */
function finish(formData: FormData, result: Result<unknown>, done: string, values: Record<string, string> = {}): FormState {
  const locale = localeOf(formData.get('locale'));
  const slug = encodeURIComponent(String(formData.get('slug') ?? ''));
  const here = `/${locale}/admin/events/${slug}/admission`;
  if (!result.ok && result.error.code === 'unauthenticated') redirect(signInPath(locale, here));
  if (!result.ok && result.error.code === 'forbidden' && !result.error.fieldErrors) forbidden();
  if (!result.ok && result.error.code === 'not_found') notFound();
  if (result.ok) redirect(`${here}?done=${done}`);
  return formStateFromResult(result, values);
}

export async function decideAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const note = formData.get(`note-${String(formData.get('formId') ?? '')}`);
  const input = { teamIds: formData.getAll('teamIds').map(String), decision: formData.get('decision'), note };
  const eventId = String(formData.get('eventId') ?? '');
  const actor = await getActor();
  const result = formData.get('stage') === 'document' ? await reviewDocuments(actor, eventId, input) : await decideAdmission(actor, eventId, input);
  return finish(formData, result, 'decision', { decision: String(formData.get('decision') ?? ''), note: String(note ?? '') });
}

/** Per-team fields are named `<field>-<teamId>` so several teams' forms can share the page. */
const perTeam = (formData: FormData, field: string) => formData.get(`${field}-${String(formData.get('teamId') ?? '')}`);
const text = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : '');

export async function interviewAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const input = { teamId: formData.get('teamId'), at: perTeam(formData, 'at'), location: perTeam(formData, 'location') };
  return finish(formData, await scheduleInterview(await getActor(), input), 'interview', { at: text(input.at), location: text(input.location) });
}

export async function noShowAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const input = { teamId: formData.get('teamId'), isNoShow: formData.get('isNoShow') };
  return finish(formData, await markNoShow(await getActor(), input), 'noShow');
}

export async function noteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const input = { teamId: formData.get('teamId'), note: perTeam(formData, 'note') };
  return finish(formData, await saveReviewNote(await getActor(), input), 'note', { note: text(input.note) });
}
