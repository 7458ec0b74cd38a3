'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { echoValues, formStateFromResult, type FormState } from '@/app/_components/form/form-state';
import { localeOf, signInPath } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';
import { declareConflict, removeConflict } from '@/lib/judging/conflicts';
import type { Result } from '@/lib/result';

/* Public POST endpoints: lib/judging/conflicts checks that the caller judges this event. */
function finish(formData: FormData, result: Result<unknown>, echo: string[], success: string): FormState {
  const locale = localeOf(formData.get('locale'));
  const slug = String(formData.get('slug') ?? '').replace(/[^a-z0-9-]/g, '');
  const path = `/${locale}/judge/events/${slug}/conflicts`;
  if (!result.ok && result.error.code === 'unauthenticated') redirect(signInPath(locale, path));
  if (result.ok) revalidatePath(path);
  return formStateFromResult(result, result.ok ? {} : echoValues(formData, echo), success);
}

export async function declareConflictAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await declareConflict(await getActor(), formData.get('eventId'), {
    teamId: formData.get('teamId'),
    affiliation: formData.get('affiliation'),
    reason: formData.get('reason'),
  });
  return finish(formData, result, ['teamId', 'affiliation', 'reason'], 'judgingSetup.myConflicts.declared');
}

export async function removeOwnConflictAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await removeConflict(await getActor(), formData.get('conflictId'));
  return finish(formData, result, [], 'judgingSetup.judges.conflictRemoved');
}
