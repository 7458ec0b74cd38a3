'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { echoValues, formStateFromResult, type FormState } from '@/app/_components/form/form-state';
import { localeOf, signInPath } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';
import { setCalibrationSample } from '@/lib/judging/calibration';

/* A public POST endpoint: lib/judging/calibration re-checks that the caller organizes the round's event. */
export async function setCalibrationSampleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData.get('locale'));
  const slug = String(formData.get('slug') ?? '').replace(/[^a-z0-9-]/g, '');
  const path = `/${locale}/admin/events/${slug}/judging/calibration`;
  const result = await setCalibrationSample(await getActor(), {
    roundId: formData.get('roundId'),
    submissionId: formData.get('submissionId') ?? '',
    version: formData.get('version'),
  });
  if (!result.ok && result.error.code === 'unauthenticated') redirect(signInPath(locale, path));
  revalidatePath(path);
  return formStateFromResult(result, echoValues(formData, ['submissionId']), 'judgingResults.calibration.saved');
}
