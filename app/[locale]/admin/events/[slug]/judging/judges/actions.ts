'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { echoValues, formStateFromResult, type FormState } from '@/app/_components/form/form-state';
import { signInPath } from '@/lib/auth/callback-url';
import { requestContext } from '@/lib/auth/request-context';
import { getActor } from '@/lib/auth/session';
import { addConflict, removeConflict } from '@/lib/judging/conflicts';
import { inviteJudge, withdrawInvitation } from '@/lib/judging/invitations';
import { removeEventRole } from '@/lib/judging/judges';
import type { Result } from '@/lib/result';
import { fieldsOf, setupPaths } from '../setup-paths';

function finish(formData: FormData, result: Result<unknown>, echo: string[], success: string): FormState {
  const { locale, path } = setupPaths(formData, 'judges');
  if (!result.ok && result.error.code === 'unauthenticated') redirect(signInPath(locale, path));
  if (result.ok) revalidatePath(path);
  return formStateFromResult(result, result.ok ? {} : echoValues(formData, echo), success);
}

export async function inviteJudgeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await inviteJudge(await getActor(), formData.get('eventId'), fieldsOf(formData), await requestContext());
  return finish(formData, result, ['email', 'role', 'trackId'], 'judgingSetup.judges.invited');
}

export async function removeRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await removeEventRole(await getActor(), formData.get('eventId'), fieldsOf(formData));
  return finish(formData, result, [], 'judgingSetup.judges.removedNotice');
}

export async function addConflictAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await addConflict(await getActor(), formData.get('eventId'), fieldsOf(formData));
  return finish(formData, result, ['judgeId', 'teamId', 'affiliation', 'reason'], 'judgingSetup.judges.conflictAdded');
}

export async function removeConflictAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await removeConflict(await getActor(), formData.get('conflictId'));
  return finish(formData, result, [], 'judgingSetup.judges.conflictRemoved');
}

export async function withdrawInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await withdrawInvitation(await getActor(), formData.get('eventId'), formData.get('invitationId'));
  return finish(formData, result, [], 'judgingSetup.judges.withdrawn');
}
