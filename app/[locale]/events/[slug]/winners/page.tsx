import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AwardBadges } from '@/app/[locale]/projects/award-badges';
import { Link } from '@/lib/i18n/navigation';
import { localized } from '@/lib/i18n/localized';
import { cachedWinners } from '@/lib/showcase/cached';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const data = await cachedWinners(slug);
  if (!data) return {};
  const t = await getTranslations({ locale, namespace: 'showcase' });
  return { title: t('winners.title', { event: localized(locale, data.event.titleZh, data.event.titleEn) }) };
}

/** Only once the event's results are public: before that (or after an unpublish) the URL is a 404. */
export default async function WinnersPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const data = await cachedWinners(slug);
  if (!data) notFound();
  const [t, format] = await Promise.all([getTranslations('showcase'), getFormatter()]);
  const eventTitle = localized(locale, data.event.titleZh, data.event.titleEn);

  return (
    <article>
      <h1>{t('winners.title', { event: eventTitle })}</h1>
      <p className="muted">{t('winners.publishedOn', { date: format.dateTime(new Date(data.event.resultsPublishedAt), { dateStyle: 'long' }) })}</p>
      <p>
        <Link href={`/events/${slug}`}>{t('winners.eventPage')}</Link> · <Link href={{ pathname: '/projects', query: { event: slug } }}>{t('winners.allProjects')}</Link> ·{' '}
        <Link href={`/events/${slug}/transparency`}>{t('transparency.link')}</Link>
      </p>
      {data.winners.length === 0 ? (
        <p>{t('winners.none')}</p>
      ) : (
        <ol className="card-list">
          {data.winners.map((w) => (
            <li key={w.awardId} className="card">
              <h2>{localized(locale, w.titleZh, w.titleEn) || localized(locale, w.prizeNameZh, w.prizeNameEn)}</h2>
              <p>
                {w.prizeId && localized(locale, w.prizeNameZh, w.prizeNameEn)}
                {w.placement !== null && <> · {t('winners.placement', { place: w.placement })}</>}
                {w.amount !== null && w.currency && <> · {format.number(w.amount, { style: 'currency', currency: w.currency, maximumFractionDigits: 0 })}</>}
              </p>
              <p>
                <Link href={`/projects/${w.eventSlug}/${w.projectSlug}`}>{w.projectTitle}</Link> — {t('card.byTeam', { team: w.teamName })}
                {w.trackNameZh !== null && <> · {localized(locale, w.trackNameZh, w.trackNameEn)}</>}
              </p>
              {localized(locale, w.citationZh, w.citationEn) && <blockquote>{localized(locale, w.citationZh, w.citationEn)}</blockquote>}
              <AwardBadges awards={[]} isAdopted={w.isAdopted} locale={locale} />
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
