'use server';

import { updateTag } from 'next/cache';
import { redirect } from 'next/navigation';
import { formStateFromResult, type FormState } from '@/app/_components/form/form-state';
import { localeOf, signInPath } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';
import { cacheTags } from '@/lib/cache-tags';
import { setNameVisibility, setProjectListed } from '@/lib/showcase/choices';

/*
 * The account page's showcase choices. lib/showcase authorizes each call (the captain, from the database);
 * after a change the cached public pages are expired at once (updateTag, not the stale-while-revalidate
 * revalidateTag): someone hiding their name must not stay visible for another reader.
 */
export async function setNameVisibilityAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData.get('locale'));
  const isNamePublic = formData.get('isNamePublic');
  const result = await setNameVisibility(await getActor(), isNamePublic === null ? {} : { isNamePublic });
  if (!result.ok && result.error.code === 'unauthenticated') redirect(signInPath(locale, `/${locale}/account`));
  if (result.ok) updateTag(cacheTags.showcase);
  return formStateFromResult(result, { isNamePublic: result.ok && result.data.isNamePublic ? 'on' : '' }, 'showcase.choices.saved');
}

export async function setProjectListedAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData.get('locale'));
  const result = await setProjectListed(await getActor(), { submissionId: formData.get('submissionId'), listed: formData.get('listed') });
  if (!result.ok && result.error.code === 'unauthenticated') redirect(signInPath(locale, `/${locale}/account`));
  if (result.ok) updateTag(cacheTags.showcase);
  return formStateFromResult(result, result.ok ? { listed: String(result.data.isListed) } : {}, 'showcase.choices.saved');
}
