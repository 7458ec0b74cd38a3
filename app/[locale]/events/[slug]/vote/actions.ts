'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formStateFromResult, type FormState } from '@/app/_components/form/form-state';
import { localeOf, signInPath } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';
import { castVote } from '@/lib/results/votes';

/** A public POST endpoint: castVote checks the account, the window, the team and the limit itself. */
export async function castVoteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData.get('locale'));
  const slug = String(formData.get('slug') ?? '').replace(/[^a-z0-9-]/g, '');
  const path = `/${locale}/events/${slug}/vote`;
  const input = { submissionId: String(formData.get('submissionId') ?? '') };
  const result = await castVote(await getActor(), slug, input);
  if (!result.ok && result.error.code === 'unauthenticated') redirect(signInPath(locale, path));
  if (result.ok) for (const l of ['zh-TW', 'en']) revalidatePath(`/${l}/events/${slug}/vote`);
  return formStateFromResult(result, input, 'results.vote.thanks');
}
