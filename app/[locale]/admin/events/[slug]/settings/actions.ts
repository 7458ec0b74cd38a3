'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { echoValues, formStateFromResult, type FormState } from '@/app/_components/form/form-state';
import { localeOf, signInPath } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';
import { setEventPublished, updateEventSettings } from '@/lib/events/manage';
import { EVENT_FORM_FIELDS } from '@/lib/validation/events';

/*
 * Public POST endpoints: lib/events/manage decides from the event id whether the caller organizes it. The
 * slug the form sent is only used to build paths.
 */
function context(formData: FormData) {
  const locale = localeOf(formData.get('locale'));
  const slug = String(formData.get('currentSlug') ?? '').replace(/[^a-z0-9-]/g, '');
  return { locale, eventId: String(formData.get('eventId') ?? ''), slug };
}

/** Everything a changed event shows up in: its public page, the home page's cards, the organizer pages. */
function revalidateEvent(locale: string, slug: string) {
  for (const l of ['zh-TW', 'en']) {
    revalidatePath(`/${l}`);
    revalidatePath(`/${l}/events/${slug}`);
  }
  revalidatePath(`/${locale}/admin`, 'layout');
}

export async function updateSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { locale, eventId, slug } = context(formData);
  const values = echoValues(formData, EVENT_FORM_FIELDS);
  const result = await updateEventSettings(await getActor(), eventId, values);
  if (!result.ok && result.error.code === 'unauthenticated') redirect(signInPath(locale, `/${locale}/admin/events/${slug}/settings`));
  if (!result.ok && result.error.code === 'stale_version') {
    return { status: 'error', message: 'eventSetup.settings.stale', values };
  }
  if (!result.ok) return formStateFromResult(result, values);
  revalidateEvent(locale, slug);
  if (result.data.slug !== slug) {
    revalidateEvent(locale, result.data.slug);
    redirect(`/${locale}/admin/events/${result.data.slug}/settings?saved=1`);
  }
  return formStateFromResult(result, { ...values, version: String(result.data.version) }, 'eventSetup.settings.saved');
}

export async function setPublishedAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { locale, eventId, slug } = context(formData);
  const publish = formData.get('publish') === 'true';
  const result = await setEventPublished(await getActor(), eventId, publish);
  if (!result.ok && result.error.code === 'unauthenticated') redirect(signInPath(locale, `/${locale}/admin/events/${slug}/settings`));
  if (result.ok) revalidateEvent(locale, slug);
  return formStateFromResult(result, {}, publish ? 'eventSetup.settings.publishedNow' : 'eventSetup.settings.unpublishedNow');
}
