'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { echoValues, formStateFromResult, keepInputIfDatabaseDown, type FormState } from '@/app/_components/form/form-state';
import { localeOf, signInPath } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';
import { deleteSubmissionFile, uploadSubmissionFile } from '@/lib/submissions/files';
import { resolveConflict, saveSubmission } from '@/lib/submissions/save';
import { submitProject, unsubmitProject } from '@/lib/submissions/status';
import type { Result } from '@/lib/result';
import { TEXT_FIELDS } from './form-fields';

/*
 * Server actions are public POST endpoints: each reads the actor, and lib/submissions checks membership,
 * the deadline (by the database clock) and the version again. These only translate FormData and results.
 */

function pagePath(formData: FormData, query?: Record<string, string>) {
  const locale = localeOf(formData.get('locale'));
  const slug = String(formData.get('slug') ?? '').replace(/[^a-z0-9-]/g, '');
  const path = `/${locale}/events/${slug}/submission`;
  return { locale, path, href: query ? `${path}?${new URLSearchParams(query)}` : path };
}

function signInIfNeeded(result: { ok: boolean; error?: { code: string } }, formData: FormData) {
  if (!result.ok && result.error?.code === 'unauthenticated') {
    const { locale, path } = pagePath(formData);
    redirect(signInPath(locale, path));
  }
}

/** The answers (`answer.<id>`, several values for a multiple choice) and the ticked checklist items. */
function customInput(formData: FormData) {
  const answers: Record<string, unknown> = {};
  const echoed: Record<string, string> = {};
  for (const key of new Set([...formData.keys()].filter((k) => k.startsWith('answer.')))) {
    const all = formData.getAll(key).map(String);
    answers[key.slice('answer.'.length)] = all.length > 1 ? all : all[0];
    echoed[key] = all.join('\n');
  }
  const compliance = formData.getAll('compliance').map(String);
  echoed.compliance = compliance.join('\n');
  return { answers, compliance, echoed };
}

export async function saveSubmissionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const fields = Object.fromEntries(TEXT_FIELDS.map((name) => [name, String(formData.get(name) ?? '')]));
  const { answers, compliance, echoed } = customInput(formData);
  const values = { ...echoValues(formData, TEXT_FIELDS), ...echoed };
  // The last minutes before the deadline are when a database restart hurts most: answer "try again, your
  // work is kept" with the form intact rather than an error page (issue 6 §2.1, test/reliability/fault-injection).
  return keepInputIfDatabaseDown(values, async () => {
    const result = await saveSubmission(await getActor(), String(formData.get('eventId') ?? ''), {
      fields,
      answers,
      compliance,
      version: formData.get('version'),
      resolvesConflictId: formData.get('resolvesConflictId') || undefined,
    });
    signInIfNeeded(result, formData);
    // Only a change is worth re-rendering; a refused write leaves the form (and its message) as the member sees it.
    if (result.ok || 'conflictId' in result) revalidatePath(pagePath(formData).path);
    // A stale save: what the member typed is kept in the database; the page shows both versions side by side.
    if ('conflictId' in result) redirect(pagePath(formData, { conflict: result.conflictId }).href);
    // Saved: the page reloads the form from the new version (it is keyed on it) and says so.
    if (result.ok) redirect(pagePath(formData, { saved: String(result.data.version) }).href);
    return formStateFromResult(result, values, 'submissions.form.saved');
  });
}

export async function changeStatusAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const submissionId = String(formData.get('submissionId') ?? '');
  const version = formData.get('version');
  const toSubmitted = formData.get('to') === 'submitted';
  const result = toSubmitted ? await submitProject(actor, submissionId, version) : await unsubmitProject(actor, submissionId, version);
  signInIfNeeded(result, formData);
  if (result.ok || 'conflictId' in result) revalidatePath(pagePath(formData).path);
  return formStateFromResult(result, {}, toSubmitted ? 'submissions.submit.submitted' : 'submissions.submit.unsubmitted');
}

export async function resolveConflictAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const choice = formData.get('choice') === 'mine' ? 'mine' : 'theirs';
  const result = await resolveConflict(await getActor(), String(formData.get('conflictId') ?? ''), choice, formData.get('version'));
  signInIfNeeded(result, formData);
  if (result.ok || 'conflictId' in result) revalidatePath(pagePath(formData).path);
  if ('conflictId' in result) redirect(pagePath(formData, { conflict: result.conflictId }).href);
  if (result.ok) redirect(pagePath(formData).href);
  return formStateFromResult(result, {});
}

export async function uploadFileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const file = formData.get('file');
  const result = await uploadSubmissionFile(await getActor(), String(formData.get('submissionId') ?? ''), {
    kind: formData.get('kind'),
    altText: formData.get('altText'),
    file: file instanceof Blob ? file : null,
  });
  signInIfNeeded(result, formData);
  if (result.ok || 'conflictId' in result) revalidatePath(pagePath(formData).path);
  return formStateFromResult(result, result.ok ? {} : echoValues(formData, ['kind', 'altText']), 'submissions.files.uploaded');
}

export async function deleteFileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result: Result<unknown> = await deleteSubmissionFile(await getActor(), String(formData.get('fileId') ?? ''));
  signInIfNeeded(result, formData);
  if (result.ok || 'conflictId' in result) revalidatePath(pagePath(formData).path);
  return formStateFromResult(result, {}, 'submissions.files.deleted');
}
