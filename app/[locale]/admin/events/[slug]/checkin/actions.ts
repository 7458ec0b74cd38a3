'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formStateFromResult, type FormState } from '@/app/_components/form/form-state';
import { localeOf, signInPath } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';
import { checkIn, undoCheckIn } from '@/lib/checkin/check-in';
import type { Result } from '@/lib/result';

/*
 * Public POST endpoints like every server action: lib/checkin re-checks that the caller organizes the event
 * named by eventId. The slug only builds the path to refresh. Unticked boxes are absent from FormData and
 * stay absent, so the schema sees exactly what the staff member ticked.
 */
const FIELDS = ['registrationId', 'identityChecked', 'guardianConsentSeen'] as const;

async function run(formData: FormData, operation: typeof checkIn | typeof undoCheckIn, success: string): Promise<FormState> {
  const locale = localeOf(formData.get('locale'));
  const slug = String(formData.get('slug') ?? '').replace(/[^a-z0-9-]/g, '');
  const path = `/${locale}/admin/events/${slug}/checkin`;
  const input: Record<string, string> = {};
  for (const name of FIELDS) {
    const value = formData.get(name);
    if (value !== null) input[name] = String(value);
  }
  const result: Result<unknown> = await operation(await getActor(), String(formData.get('eventId') ?? ''), input);
  if (!result.ok && result.error.code === 'unauthenticated') redirect(signInPath(locale, path));
  if (result.ok) {
    revalidatePath(path);
    revalidatePath(`/${locale}/admin/events/${slug}`);
  }
  return formStateFromResult(result, input, success);
}

export async function checkInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return run(formData, checkIn, 'checkin.desk.form.done');
}

export async function undoCheckInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return run(formData, undoCheckIn, 'checkin.desk.form.undone');
}
