import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { requireArea } from '@/app/_components/require-area';
import { localeOf } from '@/lib/auth/callback-url';
import { CALIBRATION_THRESHOLD, calibrationOf } from '@/lib/judging/calibration';
import { getRoundResults } from '@/lib/judging/results';
import { pick } from '@/lib/i18n/localized';
import { JudgingNav } from '../_parts/judging-nav';
import { SampleForm } from './sample-form';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ round?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'judgingResults' }))('calibration.title') };
}

/** Calibration: the organizer picks a sample project; judges far from the others on it are flagged. */
export default async function CalibrationPage({ params, searchParams }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = localeOf(rawLocale);
  setRequestLocale(locale);
  const actor = await requireArea('admin');
  const result = await getRoundResults(actor, slug, (await searchParams).round);
  if (!result.ok) notFound();
  const { event, rounds, round, data } = result.data;
  const t = await getTranslations('judgingResults.calibration');
  const format = await getFormatter();
  const n1 = (x: number | null) => (x === null ? '—' : format.number(x, { maximumFractionDigits: 1, minimumFractionDigits: 1 }));
  const view = round && data ? calibrationOf(round, data) : null;
  const names = new Map((data?.judges ?? []).map((j) => [j.id, j.name]));

  return (
    <>
      <h1>{t('title')}</h1>
      <p>{pick(event, 'title', locale)}</p>
      <JudgingNav slug={slug} locale={locale} rounds={rounds} round={round} current="calibration" />
      <p>{t('intro', { threshold: CALIBRATION_THRESHOLD })}</p>
      {round && data && view && (
        <>
          <h2>{pick(round, 'name', locale)}</h2>
          <SampleForm
            key={round.version}
            locale={locale}
            slug={slug}
            roundId={round.id}
            version={round.version}
            sampleId={view.sampleId}
            options={data.projects.map((p) => ({ value: p.id, label: `${p.title}（${p.teamName}）` }))}
          />
          {!view.sampleId ? (
            <p>{t('noSample')}</p>
          ) : view.results.length === 0 ? (
            <p>{t('noScores')}</p>
          ) : (
            <table>
              <caption>{t('caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('judge')}</th>
                  <th scope="col">{t('total')}</th>
                  <th scope="col">{t('othersMean')}</th>
                  <th scope="col">{t('distance')}</th>
                  <th scope="col">{t('status')}</th>
                </tr>
              </thead>
              <tbody>
                {view.results.map((r) => (
                  <tr key={r.judgeId}>
                    <th scope="row">{names.get(r.judgeId)}</th>
                    <td>{n1(r.total)}</td>
                    <td>{n1(r.othersMean)}</td>
                    <td>{n1(r.distance)}</td>
                    <td>{r.status === 'flagged' ? <strong>{t('flagged')}</strong> : t(r.status)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {view.pending.length > 0 && <p>{t('pending', { names: view.pending.map((id) => names.get(id) ?? id).join('、') })}</p>}
        </>
      )}
    </>
  );
}
