import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireArea } from '@/app/_components/require-area';
import { localeOf } from '@/lib/auth/callback-url';
import { getBannerInfo } from '@/lib/events/banner';
import { getEventForSetup } from '@/lib/events/manage';
import { Link } from '@/lib/i18n/navigation';
import { pick } from '@/lib/i18n/localized';
import { TEXT_FIELDS } from '@/lib/validation/events';
import { updateSettingsAction } from './actions';
import { BannerForm } from './banner-form';
import { EventForm } from './event-form';
import { PublishForm } from './publish-form';
import { unwrap } from './unwrap';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'eventSetup' }))('settings.title') };
}

export default async function EventSettingsPage({ params, searchParams }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = localeOf(rawLocale);
  setRequestLocale(locale);
  const actor = await requireArea('admin');
  const { event, wallClocks } = unwrap(await getEventForSetup(actor, slug));
  const t = await getTranslations('eventSetup');
  const initial: Record<string, string> = {
    slug: event.slug,
    ...Object.fromEntries(TEXT_FIELDS.map((field) => [field, event[field]])),
    ...wallClocks,
    timeZone: event.timeZone,
    teamSizeMin: String(event.teamSizeMin),
    teamSizeMax: String(event.teamSizeMax),
    capacity: event.capacity === null ? '' : String(event.capacity),
    admissionMode: event.admissionMode,
    version: String(event.version),
  };
  return (
    <>
      <p>
        <Link href={`/admin/events/${event.slug}`}>{pick(event, 'title', locale)}</Link>
      </p>
      <h1>{t('settings.title')}</h1>
      {(await searchParams).saved && (
        <p role="status" className="notice">
          {t('settings.saved')}
        </p>
      )}
      <section aria-labelledby="publish-heading">
        <h2 id="publish-heading">{t('settings.publishHeading')}</h2>
        <PublishForm locale={locale} eventId={event.id} slug={event.slug} isPublished={event.isPublished} />
      </section>
      <section aria-labelledby="banner-heading">
        <h2 id="banner-heading">{t('banner.heading')}</h2>
        <BannerForm locale={locale} eventId={event.id} slug={event.slug} banner={await getBannerInfo(event.id)} />
      </section>
      <EventForm locale={locale} action={updateSettingsAction} initial={initial} submitLabel={t('settings.submit')} eventId={event.id} currentSlug={event.slug} />
    </>
  );
}
