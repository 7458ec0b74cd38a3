'use server';

import { revalidatePath } from 'next/cache';
import { formStateFromResult, type FormState } from '@/app/_components/form/form-state';
import { getActor } from '@/lib/auth/session';
import { reopenSheet } from '@/lib/judging/sheets';

/*
 * A public POST endpoint like every server action: lib/judging checks that the caller organizes the
 * sheet's event. Each row's reason field is named after its sheet so field ids stay unique on the page.
 */
export async function reopenSheetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const sheetId = String(formData.get('sheetId') ?? '');
  const field = `reason-${sheetId}`;
  const reason = String(formData.get(field) ?? '');
  const result = await reopenSheet(await getActor(), sheetId, { reason });
  if (result.ok) revalidatePath('/[locale]/admin/events/[slug]/judging/sheets', 'page');
  const state = formStateFromResult(result, { [field]: reason }, 'judgingSheets.admin.reopened');
  if (!result.ok && result.error.fieldErrors?.reason) state.fieldErrors = { [field]: result.error.fieldErrors.reason };
  if (!result.ok && result.error.code === 'conflict') state.message = 'judgingSheets.admin.notSubmitted';
  return state;
}
