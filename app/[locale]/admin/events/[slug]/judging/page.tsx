import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { requireArea } from '@/app/_components/require-area';
import { localeOf } from '@/lib/auth/callback-url';
import { getJudgingConsole } from '@/lib/judging/console';
import { pick } from '@/lib/i18n/localized';
import { DistributionChart } from './_parts/distribution-chart';
import { JudgingNav } from './_parts/judging-nav';
import { ProgressMatrix } from './_parts/progress-matrix';
import styles from './_parts/judging.module.css';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ round?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'judgingResults' }))('console.title') };
}

/** The organizer's judging console: progress, completion and each judge's distribution for one round. */
export default async function JudgingConsolePage({ params, searchParams }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = localeOf(rawLocale);
  setRequestLocale(locale);
  const actor = await requireArea('admin');
  const result = await getJudgingConsole(actor, slug, (await searchParams).round);
  // Results are organizers' only: anyone else, and any round of another event, is simply not found.
  if (!result.ok) notFound();
  const view = result.data;
  const t = await getTranslations('judgingResults.console');
  const short = view.results ? Object.values(view.results.projects).filter((p) => p.isShort).length : 0;
  const counts: [string, number][] = [
    ['assigned', view.counts.assigned],
    ['submitted', view.counts.submitted],
    ['draft', view.counts.draft],
    ['notStarted', view.counts.not_started],
    ['absent', view.counts.absent],
    ['conflicted', view.counts.conflicted],
    ['short', short],
  ];
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{pick(view.event, 'title', locale)}</p>
      <p>{t('intro')}</p>
      <JudgingNav slug={slug} locale={locale} rounds={view.rounds} round={view.round} current="console" />
      {!view.round || !view.data ? (
        <p>{t('noRounds')}</p>
      ) : (
        <>
          <h2>{pick(view.round, 'name', locale)}</h2>
          <section aria-labelledby="counts-title">
            <h3 id="counts-title">{t('counts.caption')}</h3>
            <dl className={styles.counts}>
              {counts.map(([key, n]) => (
                <div key={key}>
                  <dt>{t(`counts.${key}`)}</dt>
                  <dd>{n}</dd>
                </div>
              ))}
            </dl>
          </section>
          <ProgressMatrix view={view} />
          {view.results && <DistributionChart data={view.data} results={view.results} />}
        </>
      )}
    </>
  );
}
