'use server';

import { revalidatePath } from 'next/cache';
import { forbidden, notFound, redirect } from 'next/navigation';
import { formStateFromResult, type FormState } from '@/app/_components/form/form-state';
import { localeOf, signInPath } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';
import { reinstateTeam, removeTeam } from '@/lib/people/team-status';
import type { Result } from '@/lib/result';

/*
 * Public POST endpoints: lib/people checks, in its transaction, that the actor organizes the team's event.
 * Several teams' forms share the page, so the reason field is named `reason-<teamId>` (unique ids).
 */
function finish(formData: FormData, result: Result<unknown>, message: string, values: Record<string, string> = {}): FormState {
  const locale = localeOf(formData.get('locale'));
  const slug = encodeURIComponent(String(formData.get('slug') ?? ''));
  const here = `/${locale}/admin/events/${slug}/teams`;
  if (!result.ok && result.error.code === 'unauthenticated') redirect(signInPath(locale, here));
  if (!result.ok && result.error.code === 'forbidden' && !result.error.fieldErrors) forbidden();
  if (!result.ok && result.error.code === 'not_found') notFound();
  if (result.ok) revalidatePath(here);
  return formStateFromResult(result, result.ok ? {} : values, message);
}

export async function removeTeamAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const teamId = String(formData.get('teamId') ?? '');
  const reason = formData.get(`reason-${teamId}`);
  const kind = formData.get('kind');
  const result = await removeTeam(await getActor(), { teamId, version: formData.get('version'), kind: kind ?? undefined, reason: reason ?? undefined });
  return finish(formData, result, 'people.teams.remove.done', { kind: String(kind ?? ''), reason: typeof reason === 'string' ? reason : '' });
}

export async function reinstateTeamAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await reinstateTeam(await getActor(), { teamId: formData.get('teamId'), version: formData.get('version') });
  return finish(formData, result, 'people.teams.reinstate.done');
}
