import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Link } from '@/lib/i18n/navigation';
import { localized } from '@/lib/i18n/localized';
import { cachedTransparency } from '@/lib/showcase/cached';
import { Histogram } from './histogram';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const data = await cachedTransparency(slug);
  if (!data) return {};
  const t = await getTranslations({ locale, namespace: 'showcase' });
  return { title: t('transparency.title', { event: localized(locale, data.event.titleZh, data.event.titleEn) }) };
}

/** How the judging went, in aggregate and without names; a 404 until the event's results are public. */
export default async function TransparencyPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const data = await cachedTransparency(slug);
  if (!data) notFound();
  const t = await getTranslations('showcase');
  const eventTitle = localized(locale, data.event.titleZh, data.event.titleEn);

  return (
    <article>
      <h1>{t('transparency.title', { event: eventTitle })}</h1>
      <p>{t('transparency.intro')}</p>
      <p>
        <Link href={`/events/${slug}/winners`}>{t('transparency.backToWinners')}</Link>
      </p>
      {data.rounds.length === 0 && <p>{t('transparency.noRounds')}</p>}
      {data.rounds.map((round) => (
        <section key={round.id} aria-labelledby={`round-${round.id}`}>
          <h2 id={`round-${round.id}`}>{localized(locale, round.nameZh, round.nameEn) || t(`transparency.kind.${round.kind}`)}</h2>
          <dl className="facts">
            <dt>{t('transparency.judges')}</dt>
            <dd>{round.judgeCount}</dd>
            <dt>{t('transparency.projects')}</dt>
            <dd>{round.projectCount}</dd>
            <dt>{t('transparency.method')}</dt>
            <dd>{t(`transparency.methods.${round.rankingMethod}`)}</dd>
          </dl>
          <h3>{t('transparency.sheetsPerProject')}</h3>
          <ul>
            {round.sheetsPerProject.map((s) => (
              <li key={s.sheets}>{t('transparency.sheetsLine', { sheets: s.sheets, projects: s.projects })}</li>
            ))}
          </ul>
          {round.criteria.map((c) => {
            const name = localized(locale, c.nameZh, c.nameEn);
            return (
              <section key={c.criterionId} aria-label={name}>
                <h3>{t('transparency.criterionHeading', { name, scaleMax: c.scaleMax, total: c.total })}</h3>
                <Histogram
                  histogram={c}
                  labels={{
                    chart: t('transparency.chartLabel', { name, total: c.total, summary: c.bins.map((b) => `${b.from === b.to ? b.from : `${b.from}–${b.to}`}: ${b.count}`).join(', ') }),
                    score: t('transparency.score'),
                    count: t('transparency.count'),
                    table: t('transparency.showTable'),
                  }}
                />
              </section>
            );
          })}
        </section>
      ))}
    </article>
  );
}
