'use server';

import { redirect } from 'next/navigation';
import { formStateFromResult, type FormState } from '@/app/_components/form/form-state';
import { localeOf, signInPath } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';
import { acceptInvitation } from '@/lib/judging/invitations';

/* Public POST endpoint: lib/judging checks the token, its expiry and that it was sent to this account. */
export async function acceptInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData.get('locale'));
  const token = String(formData.get('token') ?? '');
  const result = await acceptInvitation(await getActor(), token);
  if (!result.ok && result.error.code === 'unauthenticated') redirect(signInPath(locale, `/${locale}/judge/invitations/${encodeURIComponent(token)}`));
  if (result.ok) {
    // A judge's first step is declaring conflicts. A topic owner holds no judge role (the /judge area would
    // answer 403), so they land on the event, where their track's view is linked.
    redirect(result.data.role === 'judge' ? `/${locale}/judge/events/${result.data.eventSlug}/conflicts?welcome=1` : `/${locale}/events/${result.data.eventSlug}`);
  }
  return formStateFromResult(result, {});
}
