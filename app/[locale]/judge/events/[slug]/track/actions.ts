'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formStateFromResult, type FormState } from '@/app/_components/form/form-state';
import { localeOf, signInPath } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';
import { saveTopicFeedback } from '@/lib/judging/topic-owner';

/* A public POST endpoint: lib/judging/topic-owner re-checks the topic-owner role and the project's track. */
export async function saveTopicFeedbackAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData.get('locale'));
  const slug = String(formData.get('slug') ?? '').replace(/[^a-z0-9-]/g, '');
  const path = `/${locale}/judge/events/${slug}/track`;
  // Each project's box is named body-<id> so several forms on one page keep distinct field ids.
  const submissionId = String(formData.get('submissionId') ?? '');
  const body = String(formData.get(`body-${submissionId}`) ?? '');
  const result = await saveTopicFeedback(await getActor(), { submissionId, body });
  if (!result.ok && result.error.code === 'unauthenticated') redirect(signInPath(locale, path));
  revalidatePath(path);
  return formStateFromResult(result, { body }, 'judgingResults.track.saved');
}
