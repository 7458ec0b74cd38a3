import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { requireArea } from '@/app/_components/require-area';
import { AutoRefresh } from '@/app/[locale]/stage/[slug]/auto-refresh';
import { StageTimer } from '@/app/[locale]/stage/[slug]/stage-timer';
import { localeOf } from '@/lib/auth/callback-url';
import { Link } from '@/lib/i18n/navigation';
import { localized, pick } from '@/lib/i18n/localized';
import { getStageForJudge } from '@/lib/judging/presentation';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ round?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'judgingSheets' }))('stage.current') };
}

/** A judge's tablet during live pitches: who is on stage, the shared timer, and a jump to that team's sheet. */
export default async function JudgeStagePage({ params, searchParams }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = localeOf(rawLocale);
  setRequestLocale(locale);
  const actor = await requireArea('judge');
  const { round: roundId } = await searchParams;
  const result = await getStageForJudge(actor, slug, typeof roundId === 'string' ? roundId : undefined);
  if (!result.ok) notFound();
  const { event, round, stage, isAssigned } = result.data;
  const t = await getTranslations('judgingSheets');
  const phase = stage.state?.phase ?? 'idle';
  const seconds = phase === 'qa' ? (round.qaSeconds ?? 0) : (round.presentationSeconds ?? 0);
  return (
    <>
      <AutoRefresh seconds={3} />
      <p>
        <Link href={`/judge/events/${slug}`}>{t('sheet.back')}</Link>
      </p>
      <h1>{t('stage.judgeTitle', { event: pick(event, 'title', locale) })}</h1>
      <p>{localized(locale, round.nameZh, round.nameEn)}</p>
      {stage.current ? (
        <section aria-labelledby="on-stage">
          <h2 id="on-stage">
            {t('stage.current')}: {stage.current.title}
          </h2>
          <p>{stage.current.teamName}</p>
          <StageTimer key={`${stage.state?.version ?? 0}`} phase={phase} startedAt={stage.state?.phaseStartedAt?.toISOString() ?? null} seconds={seconds} serverNow={stage.serverNow.toISOString()} />
          {isAssigned ? (
            <p>
              <Link className="button" href={`/judge/events/${slug}/projects/${stage.current.submissionId}?round=${round.id}`}>
                {t('stage.scoreNow')}
              </Link>
            </p>
          ) : (
            <p>{t('stage.notAssigned')}</p>
          )}
        </section>
      ) : (
        <p>{t('stage.nobody')}</p>
      )}
    </>
  );
}
