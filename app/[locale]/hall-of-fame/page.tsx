import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { localized } from '@/lib/i18n/localized';
import { cachedHallOfFame } from '@/lib/showcase/cached';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'showcase' });
  return { title: t('hallOfFame.title'), description: t('hallOfFame.intro') };
}

/** Every public event's winners, newest first, led by the projects that became real city services. */
export default async function HallOfFamePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, format, fame] = await Promise.all([getTranslations('showcase'), getFormatter(), cachedHallOfFame()]);

  return (
    <article>
      <h1>{t('hallOfFame.title')}</h1>
      <p>{t('hallOfFame.intro')}</p>
      <section aria-labelledby="adopted">
        <h2 id="adopted">{t('hallOfFame.adoptedTitle')}</h2>
        {fame.adopted.length === 0 ? (
          <p>{t('hallOfFame.noneAdopted')}</p>
        ) : (
          <ul className="card-list">
            {fame.adopted.map((a) => (
              <li key={a.awardId} className="card">
                <h3>
                  <Link href={`/projects/${a.eventSlug}/${a.projectSlug}`}>{a.projectTitle}</Link>
                </h3>
                <p>{a.tagline}</p>
                <p className="muted">
                  {t('card.byTeam', { team: a.teamName })} · {localized(locale, a.eventTitleZh, a.eventTitleEn)} · {localized(locale, a.titleZh, a.titleEn)}
                </p>
                {a.mergedAt && <p>{t('project.adopted', { date: format.dateTime(new Date(a.mergedAt), { dateStyle: 'long' }) })}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>
      {fame.events.map((event) => (
        <section key={event.slug} aria-labelledby={`event-${event.slug}`}>
          <h2 id={`event-${event.slug}`}>
            {event.year} · {localized(locale, event.titleZh, event.titleEn)}
          </h2>
          <ul>
            {event.winners.map((w) => (
              <li key={w.awardId}>
                <strong>{localized(locale, w.titleZh, w.titleEn) || localized(locale, w.prizeNameZh, w.prizeNameEn)}</strong>:{' '}
                <Link href={`/projects/${w.eventSlug}/${w.projectSlug}`}>{w.projectTitle}</Link> ({w.teamName})
              </li>
            ))}
          </ul>
          <p>
            <Link href={`/events/${event.slug}/winners`}>{t('hallOfFame.allWinners', { event: localized(locale, event.titleZh, event.titleEn) })}</Link>
          </p>
        </section>
      ))}
    </article>
  );
}
