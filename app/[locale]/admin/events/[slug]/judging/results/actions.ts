'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formStateFromResult, type FormState } from '@/app/_components/form/form-state';
import { localeOf, signInPath } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';
import { recordTieDecision } from '@/lib/judging/tie-decisions';

/* A public POST endpoint: lib/judging/tie-decisions re-checks the organizer and that the tie still stands. */
export async function recordTieDecisionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData.get('locale'));
  const slug = String(formData.get('slug') ?? '').replace(/[^a-z0-9-]/g, '');
  const path = `/${locale}/admin/events/${slug}/judging/results`;
  const places: Record<string, string> = {};
  for (const [name, value] of formData.entries()) if (name.startsWith('place:')) places[name.slice('place:'.length)] = String(value);
  const result = await recordTieDecision(await getActor(), {
    roundId: formData.get('roundId'),
    method: formData.get('method'),
    places,
    note: formData.get('note') ?? '',
  });
  if (!result.ok && result.error.code === 'unauthenticated') redirect(signInPath(locale, path));
  revalidatePath(path);
  const values = Object.fromEntries([...Object.entries(places).map(([id, v]) => [`place:${id}`, v]), ['note', String(formData.get('note') ?? '')]]);
  return formStateFromResult(result, values, 'judgingResults.results.ties.saved');
}
