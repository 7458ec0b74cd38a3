'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { echoValues, formStateFromResult, type FormState } from '@/app/_components/form/form-state';
import { localeOf, signInPath } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';
import { removeEventBanner, setEventBanner } from '@/lib/events/banner';
import { BANNER_FIELDS } from '@/lib/validation/event-banner';

/*
 * Public POST endpoints: lib/events/banner decides from the event id whether the caller organizes it. The
 * slug is only used to build the paths to revalidate.
 */
function context(formData: FormData) {
  const locale = localeOf(formData.get('locale'));
  const slug = String(formData.get('currentSlug') ?? '').replace(/[^a-z0-9-]/g, '');
  return { locale, eventId: String(formData.get('eventId') ?? ''), slug };
}

function revalidateBanner(locale: string, slug: string) {
  for (const l of ['zh-TW', 'en']) revalidatePath(`/${l}/events/${slug}`);
  revalidatePath(`/${locale}/admin/events/${slug}/settings`);
}

export async function setBannerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { locale, eventId, slug } = context(formData);
  const values = echoValues(formData, BANNER_FIELDS);
  const file = formData.get('file');
  const result = await setEventBanner(await getActor(), eventId, {
    altZh: values.altZh,
    altEn: values.altEn,
    decorative: formData.get('decorative') ?? undefined,
    file: file instanceof Blob ? file : null,
  });
  if (!result.ok && result.error.code === 'unauthenticated') redirect(signInPath(locale, `/${locale}/admin/events/${slug}/settings`));
  if (result.ok) revalidateBanner(locale, slug);
  return formStateFromResult(result, values, 'eventSetup.banner.saved');
}

export async function removeBannerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { locale, eventId, slug } = context(formData);
  const result = await removeEventBanner(await getActor(), eventId);
  if (!result.ok && result.error.code === 'unauthenticated') redirect(signInPath(locale, `/${locale}/admin/events/${slug}/settings`));
  if (result.ok) revalidateBanner(locale, slug);
  return formStateFromResult(result, {}, 'eventSetup.banner.removed');
}
