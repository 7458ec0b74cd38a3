import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { requireArea } from '@/app/_components/require-area';
import { localeOf } from '@/lib/auth/callback-url';
import { getRoundResults } from '@/lib/judging/results';
import { pick } from '@/lib/i18n/localized';
import { JudgingNav } from '../_parts/judging-nav';
import { RankingTable } from './ranking-table';
import { TiesPanel } from './ties-panel';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ round?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'judgingResults' }))('results.title') };
}

/** A round's ranking by the chosen method beside the other two ("what if"), overall and per track. */
export default async function JudgingResultsPage({ params, searchParams }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = localeOf(rawLocale);
  setRequestLocale(locale);
  const actor = await requireArea('admin');
  const result = await getRoundResults(actor, slug, (await searchParams).round);
  if (!result.ok) notFound();
  const { event, rounds, round, data, results } = result.data;
  const t = await getTranslations('judgingResults.results');
  const trackName = new Map((data?.tracks ?? []).map((track) => [track.id, pick(track, 'name', locale)]));
  const criteria = new Map((data?.criteria ?? []).map((c) => [c.id, pick(c, 'name', locale)]));
  const roundName = new Map(rounds.map((r) => [r.id, pick(r, 'name', locale)]));
  const hasSheets = results !== null && results.panel.sheets > 0;

  return (
    <>
      <h1>{t('title')}</h1>
      <p>{pick(event, 'title', locale)}</p>
      <p>{t('intro')}</p>
      <JudgingNav slug={slug} locale={locale} rounds={rounds} round={round} current="results" />
      {round && <h2>{pick(round, 'name', locale)}</h2>}
      {results && !results.rubricValid && <p className="alert">{t('rubricInvalid')}</p>}
      {results && hasSheets ? (
        <>
          <p>
            <strong>{t('chosen', { method: t(`methods.${results.chosen}`) })}</strong>
          </p>
          <ul>
            {results.methods.map((m) => (
              <li key={m}>
                <strong>{t(`methods.${m}`)}</strong>: {t(`methodHelp.${m}`)}
              </li>
            ))}
          </ul>
          <section aria-labelledby="ladder-title">
            <h3 id="ladder-title">{t('ladder.title')}</h3>
            {round!.tieBreakLadder.length === 0 ? (
              <p>{t('ladder.none')}</p>
            ) : (
              <ol>
                {round!.tieBreakLadder.map((step, i) => (
                  <li key={i}>
                    {step.kind === 'criterion' ? t('ladder.criterion', { name: criteria.get(step.criterionId) ?? '' }) : t('ladder.round', { name: roundName.get(step.roundId) ?? '' })}
                  </li>
                ))}
              </ol>
            )}
          </section>
          <TiesPanel slug={slug} locale={locale} roundId={round!.id} results={results} />
          <p className="muted">{t('whatIfNote')}</p>
          <RankingTable id="ranking-overall" scope={t('overall')} rankings={results.overall} results={results} />
          {results.byTrack.map((track) => (
            <RankingTable
              key={track.trackId}
              id={`ranking-${track.trackId}`}
              scope={t('track', { name: trackName.get(track.trackId) ?? t('noTrack') })}
              rankings={track.rankings}
              results={results}
            />
          ))}
        </>
      ) : (
        round && <p>{t('noResults')}</p>
      )}
    </>
  );
}
