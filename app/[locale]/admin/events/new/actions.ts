'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { echoValues, formStateFromResult, type FormState } from '@/app/_components/form/form-state';
import { localeOf, signInPath } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';
import { createEvent } from '@/lib/events/manage';
import { EVENT_FORM_FIELDS } from '@/lib/validation/events';

/* A public POST endpoint: lib/events/manage checks that the caller is a site admin. */
export async function createEventAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData.get('locale'));
  const values = echoValues(formData, EVENT_FORM_FIELDS);
  const result = await createEvent(await getActor(), values);
  if (!result.ok && result.error.code === 'unauthenticated') redirect(signInPath(locale, `/${locale}/admin/events/new`));
  if (result.ok) {
    revalidatePath(`/${locale}/admin`);
    redirect(`/${locale}/admin/events/${result.data.slug}?created=1`);
  }
  return formStateFromResult(result, values);
}
