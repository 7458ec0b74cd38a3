'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { echoValues, formStateFromResult, type FormState } from '@/app/_components/form/form-state';
import { localeOf, signInPath } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';
import { advanceToFinal } from '@/lib/judging/advance';

/* A public POST endpoint: lib/judging/advance re-checks that the caller organizes the round's event. */
export async function advanceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData.get('locale'));
  const slug = String(formData.get('slug') ?? '').replace(/[^a-z0-9-]/g, '');
  const path = `/${locale}/admin/events/${slug}/judging/advance`;
  const mode = formData.get('mode');
  const result = await advanceToFinal(await getActor(), {
    mode,
    fromRoundId: formData.get('fromRoundId'),
    toRoundId: formData.get('toRoundId'),
    ...(mode === 'pick' ? { submissionIds: formData.getAll('submissionIds') } : { perTrack: formData.get('perTrack') }),
  });
  if (!result.ok && result.error.code === 'unauthenticated') redirect(signInPath(locale, path));
  revalidatePath(path);
  return formStateFromResult(result, echoValues(formData, ['perTrack']), 'judgingResults.advance.saved');
}
