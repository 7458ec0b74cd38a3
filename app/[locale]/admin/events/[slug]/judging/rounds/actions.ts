'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { echoValues, formStateFromResult, type FormState } from '@/app/_components/form/form-state';
import { signInPath } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';
import { moveAssignment, runAssignment } from '@/lib/judging/assignments';
import { createRound, setRoundStatus, updateRound } from '@/lib/judging/rounds';
import type { Result } from '@/lib/result';
import { fieldsOf, setupPaths } from '../setup-paths';

const ROUND_FIELDS = ['kind', 'nameZh', 'nameEn', 'trackId', 'assignmentMode', 'judgesPerProject', 'assignmentSeed', 'rankingMethod', 'advanceCount', 'presentationSeconds', 'qaSeconds'];

function finish(formData: FormData, result: Result<unknown>, echo: string[], success: string): FormState {
  const { locale, path } = setupPaths(formData, 'rounds');
  if (!result.ok && result.error.code === 'unauthenticated') redirect(signInPath(locale, path));
  if (result.ok) revalidatePath(path, 'layout');
  return formStateFromResult(result, result.ok ? {} : echoValues(formData, echo), success);
}

export async function createRoundAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await createRound(await getActor(), formData.get('eventId'), fieldsOf(formData));
  return finish(formData, result, ROUND_FIELDS, 'judgingSetup.rounds.created');
}

export async function updateRoundAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await updateRound(await getActor(), formData.get('roundId'), fieldsOf(formData));
  const state = finish(formData, result, ROUND_FIELDS, 'judgingSetup.rounds.saved');
  // The form is keyed on the round's version, so a saved form remounts; the page says "saved" instead.
  if (result.ok) redirect(`${setupPaths(formData, 'rounds').path}/${String(formData.get('roundId')).replace(/[^0-9a-f-]/gi, '')}?saved=1`);
  return state;
}

export async function setRoundStatusAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await setRoundStatus(await getActor(), formData.get('roundId'), fieldsOf(formData));
  return finish(formData, result, [], 'judgingSetup.rounds.statusChanged');
}

export async function runAssignmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await runAssignment(await getActor(), formData.get('roundId'));
  return finish(formData, result, [], 'judgingSetup.assignment.ran');
}

export async function moveAssignmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await moveAssignment(await getActor(), fieldsOf(formData));
  return finish(formData, result, ['toJudgeId'], 'judgingSetup.assignment.moved');
}
