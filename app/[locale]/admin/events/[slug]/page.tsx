import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DateTime } from '@/app/_components/date-time';
import { requireArea } from '@/app/_components/require-area';
import { localeOf } from '@/lib/auth/callback-url';
import { getEventOverview } from '@/lib/events/manage';
import { Link } from '@/lib/i18n/navigation';
import { pick } from '@/lib/i18n/localized';
import { TIMELINE_FIELDS } from '@/lib/validation/events';
import { AdoptionToolLinks } from './adoption/tool-links';
import { AnnouncementsToolLink } from './announcements/tool-link';
import { AwardsToolLink } from './awards/tool-link';
import { EventCharts } from './_charts/event-charts';
import { unwrap } from './settings/unwrap';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'eventSetup' }))('overview.title') };
}

/** Every organizer tool of one event, in the order an event is run. */
const TOOLS = ['settings', 'tracks', 'prizes', 'questions', 'organizers', 'admission', 'extensions', 'judging'] as const;
const COUNTS = ['registrations', 'admitted', 'teams', 'submitted', 'tracks', 'prizes', 'questions', 'organizers'] as const;

export default async function EventOverviewPage({ params, searchParams }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = localeOf(rawLocale);
  setRequestLocale(locale);
  const actor = await requireArea('admin');
  const { event, counts } = unwrap(await getEventOverview(actor, slug));
  const t = await getTranslations('eventSetup');
  const tPeople = await getTranslations('people');
  return (
    <>
      <h1>{pick(event, 'title', locale)}</h1>
      <p className="muted">{t('overview.title')}</p>
      {(await searchParams).created && (
        <p role="status" className="notice">
          {t('overview.created')}
        </p>
      )}
      <p>{event.isPublished ? t('overview.published') : t('overview.draft')}</p>

      <nav aria-labelledby="tools-heading">
        <h2 id="tools-heading">{t('overview.toolsHeading')}</h2>
        <ul className="nav-list">
          {TOOLS.map((tool) => (
            <li key={tool}>
              <Link href={`/admin/events/${event.slug}/${tool}`}>{t(`nav.${tool}`)}</Link>
            </li>
          ))}
          {(['registrations', 'teams'] as const).map((tool) => (
            <li key={tool}>
              <Link href={`/admin/events/${event.slug}/${tool}`}>{tPeople(`nav.${tool}`)}</Link>
            </li>
          ))}
          <AdoptionToolLinks slug={event.slug} />
          <AnnouncementsToolLink slug={event.slug} />
          <AwardsToolLink slug={event.slug} />
          {event.isPublished && (
            <li>
              <Link href={`/events/${event.slug}`}>{t('nav.publicPage')}</Link>
            </li>
          )}
        </ul>
      </nav>

      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading">{t('overview.countsHeading')}</h2>
        <dl className="facts">
          {COUNTS.map((key) => (
            <div key={key}>
              <dt>{t(`overview.counts.${key}`)}</dt>
              <dd>{counts[key]}</dd>
            </div>
          ))}
        </dl>
      </section>

      <EventCharts actor={actor} slug={event.slug} locale={locale} />

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('overview.timelineHeading')}</h2>
        <dl className="facts">
          {TIMELINE_FIELDS.map((field) => {
            const value = event[field];
            return value ? (
              <div key={field}>
                <dt>{t(`fields.${field}`)}</dt>
                <dd>
                  <DateTime value={value} timeZone={event.timeZone} />
                </dd>
              </div>
            ) : null;
          })}
        </dl>
      </section>
    </>
  );
}
