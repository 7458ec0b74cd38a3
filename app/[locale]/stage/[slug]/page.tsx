import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { forbidden, notFound } from 'next/navigation';
import { requireArea } from '@/app/_components/require-area';
import { localeOf } from '@/lib/auth/callback-url';
import { localized, pick } from '@/lib/i18n/localized';
import { getStageForOrganizer } from '@/lib/judging/presentation';
import { AutoRefresh } from './auto-refresh';
import { StageTimer } from './stage-timer';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ round?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'judgingSheets' }))('stage.current') };
}

/**
 * The big screen in the hall: the team on stage and the round's timer. Organizer-only (it is shown from
 * the organizer's laptop); it follows the console by refreshing every two seconds.
 */
export default async function BigScreenPage({ params, searchParams }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = localeOf(rawLocale);
  setRequestLocale(locale);
  const actor = await requireArea('admin');
  const { round: roundId } = await searchParams;
  const result = await getStageForOrganizer(actor, slug, typeof roundId === 'string' ? roundId : undefined);
  if (!result.ok) {
    if (result.error.code === 'forbidden') forbidden();
    notFound();
  }
  const { event, round, stage } = result.data;
  const t = await getTranslations('judgingSheets.stage');
  if (!round || !stage) notFound();
  const phase = stage.state?.phase ?? 'idle';
  const seconds = phase === 'qa' ? (round.qaSeconds ?? 0) : (round.presentationSeconds ?? 0);
  return (
    <div style={{ textAlign: 'center' }}>
      <AutoRefresh seconds={2} />
      <p>{pick(event, 'title', locale)}</p>
      <h1>{t('screenTitle', { round: localized(locale, round.nameZh, round.nameEn) })}</h1>
      {stage.current ? (
        <>
          <p>{t('current')}</p>
          <p style={{ fontSize: '3rem', margin: 0 }}>{stage.current.title}</p>
          <p>{stage.current.teamName}</p>
        </>
      ) : (
        <p>{t('nobody')}</p>
      )}
      <StageTimer
        key={`${stage.state?.version ?? 0}`}
        phase={phase}
        startedAt={stage.state?.phaseStartedAt?.toISOString() ?? null}
        seconds={seconds}
        serverNow={stage.serverNow.toISOString()}
        large
      />
    </div>
  );
}
