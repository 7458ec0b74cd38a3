'use server';

import { revalidatePath } from 'next/cache';
import { formStateFromResult, type FormState } from '@/app/_components/form/form-state';
import { getActor } from '@/lib/auth/session';
import { initStageQueue, markAbsent, moveStageSlot, setStage } from '@/lib/judging/presentation';

/*
 * One endpoint for the console's buttons; lib/judging checks the caller organizes the round's event and
 * runs each command in its own audited transaction.
 */
export async function stageCommandAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const get = (name: string) => String(formData.get(name) ?? '');
  const roundId = get('roundId');
  const submissionId = get('submissionId');
  const command = get('command');
  const result =
    command === 'init'
      ? await initStageQueue(actor, roundId)
      : command === 'up' || command === 'down'
        ? await moveStageSlot(actor, roundId, submissionId, command)
        : command === 'absent' || command === 'present_again'
          ? await markAbsent(actor, roundId, submissionId, command === 'absent')
          : await setStage(actor, roundId, { submissionId, phase: get('phase'), version: get('version') });
  if (result.ok) revalidatePath('/[locale]/admin/events/[slug]/judging/stage', 'page');
  return formStateFromResult(result, {}, 'judgingSheets.stage.done');
}
