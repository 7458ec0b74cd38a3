'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { echoValues, formStateFromResult, type FormState } from '@/app/_components/form/form-state';
import { localeOf, signInPath } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';
import { grantExtension, revokeExtension } from '@/lib/submissions/extensions';

/* Public POST endpoints: lib/submissions/extensions re-checks that the caller organizes the team's event. */
function paths(formData: FormData) {
  const locale = localeOf(formData.get('locale'));
  const slug = String(formData.get('slug') ?? '').replace(/[^a-z0-9-]/g, '');
  return { locale, path: `/${locale}/admin/events/${slug}/extensions` };
}

export async function grantExtensionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { locale, path } = paths(formData);
  const result = await grantExtension(await getActor(), {
    teamId: formData.get('teamId'),
    until: formData.get('until'),
    reason: formData.get('reason'),
  });
  if (!result.ok && result.error.code === 'unauthenticated') redirect(signInPath(locale, path));
  revalidatePath(path);
  return formStateFromResult(result, result.ok ? {} : echoValues(formData, ['teamId', 'until', 'reason']), 'submissions.extensions.granted');
}

export async function revokeExtensionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { locale, path } = paths(formData);
  const result = await revokeExtension(await getActor(), formData.get('teamId'));
  if (!result.ok && result.error.code === 'unauthenticated') redirect(signInPath(locale, path));
  revalidatePath(path);
  // The revoke button leaves the page with the extension, so the outcome is said by the page itself.
  if (result.ok) redirect(`${path}?revoked=1`);
  return formStateFromResult(result, {}, 'submissions.extensions.revoked');
}
