import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { AnnouncementList } from '@/app/_components/announcement-list';
import { Markdown } from '@/app/_components/markdown';
import { publicAnnouncements } from '@/lib/announcements/queries';
import { getBannerInfo } from '@/lib/events/banner';
import { eventPhase } from '@/lib/events/phase';
import { getPublicEventBySlug } from '@/lib/events/queries';
import { Link } from '@/lib/i18n/navigation';
import { localized, pick } from '@/lib/i18n/localized';
import { CalendarLink } from './calendar-link';
import { CallToAction } from './call-to-action';
import { ResultsLinks } from './results-links';
import { Timeline } from './timeline';

type Props = { params: Promise<{ locale: string; slug: string }> };

// Metadata and page share one database read per request.
const loadEvent = cache((slug: string) => getPublicEventBySlug(slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const page = await loadEvent(slug);
  if (!page) return {};
  return { title: pick(page.event, 'title', locale), description: pick(page.event, 'summary', locale) };
}

export default async function EventPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const page = await loadEvent(slug);
  if (!page) notFound();
  const { event, tracks, prizes, now } = page;
  const [t, format] = await Promise.all([getTranslations('events'), getFormatter()]);
  const phase = eventPhase(event, now);
  const trackName = new Map(tracks.map((track) => [track.id, pick(track, 'name', locale)]));
  const text = (field: string) => pick(event, field, locale);
  const banner = await getBannerInfo(event.id);

  return (
    <article>
      {banner && (
        // The box is sized before the image loads (3:1, cropped to fit), so nothing below it jumps. The URL
        // names the content, so the route may let browsers cache it for good. alt="" when decorative.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={`/api/events/${event.slug}/banner?v=${banner.sha256}`}
          alt={locale === 'en' ? banner.altEn : banner.altZh}
          width={1200}
          height={400}
          style={{ display: 'block', width: '100%', height: 'auto', aspectRatio: '3 / 1', objectFit: 'cover' }}
        />
      )}
      <p>
        <span className="badge">{t(`phase.${phase}`)}</span>
      </p>
      <h1>{text('title')}</h1>
      <p>{text('summary')}</p>
      {text('venue') && (
        <p>
          <strong>{t('venue')}</strong> {text('venue')}
        </p>
      )}
      <CallToAction
        phase={phase}
        eventId={event.id}
        slug={event.slug}
        isRegistrationOpen={now >= event.registrationOpensAt && now < event.registrationClosesAt}
      />

      <ResultsLinks event={event} now={now} />

      <section aria-labelledby="timeline">
        <h2 id="timeline">{t('timelineTitle')}</h2>
        <Timeline timeline={event} timeZone={event.timeZone} now={now} />
        <CalendarLink slug={event.slug} locale={locale} />
      </section>

      <AnnouncementList announcements={await publicAnnouncements(event.id)} locale={locale} headingId="announcements" />

      {text('description') && (
        <section aria-labelledby="about">
          <h2 id="about">{t('about')}</h2>
          <Markdown source={text('description')} />
        </section>
      )}

      <section aria-labelledby="tracks">
        <h2 id="tracks">{t('tracks')}</h2>
        <ul className="card-list">
          {tracks.map((track) => (
            <li key={track.id} className="card">
              <h3>{pick(track, 'name', locale)}</h3>
              <p className="muted">{t('proposedBy', { department: pick(track, 'department', locale) })}</p>
              <p>{pick(track, 'description', locale)}</p>
              {track.datasetLinks.length > 0 && (
                <>
                  <h4>{t('datasets')}</h4>
                  <ul>
                    {track.datasetLinks.map((link) => (
                      <li key={link.url}>
                        <a href={link.url} rel="noopener noreferrer">
                          {link.title}
                        </a>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          ))}
        </ul>
      </section>

      {prizes.length > 0 && (
        <section aria-labelledby="prizes">
          <h2 id="prizes">{t('prizes')}</h2>
          <table>
            <caption className="visually-hidden">{t('prizes')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('prize')}</th>
                <th scope="col">{t('prizeScope')}</th>
                <th scope="col">{t('prizeAmount')}</th>
              </tr>
            </thead>
            <tbody>
              {prizes.map((prize) => (
                <tr key={prize.id}>
                  <th scope="row">
                    {pick(prize, 'name', locale)}
                    {prize.count > 1 && <span className="muted"> × {prize.count}</span>}
                  </th>
                  <td>{prize.trackId ? trackName.get(prize.trackId) : t('overall')}</td>
                  <td>
                    {prize.amount !== null
                      ? format.number(prize.amount, { style: 'currency', currency: prize.currency, maximumFractionDigits: 0 })
                      : localized(locale, prize.descriptionZh, prize.descriptionEn)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {text('rules') && (
        <section aria-labelledby="rules">
          <h2 id="rules">{t('rules')}</h2>
          <Markdown source={text('rules')} />
        </section>
      )}
      {text('faq') && (
        <section aria-labelledby="faq">
          <h2 id="faq">{t('faq')}</h2>
          <Markdown source={text('faq')} />
        </section>
      )}
      <p>
        <Link href="/">{t('backHome')}</Link>
      </p>
    </article>
  );
}
