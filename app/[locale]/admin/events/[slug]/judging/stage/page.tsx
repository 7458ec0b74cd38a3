import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { forbidden, notFound } from 'next/navigation';
import { requireArea } from '@/app/_components/require-area';
import { StageTimer } from '@/app/[locale]/stage/[slug]/stage-timer';
import { localeOf } from '@/lib/auth/callback-url';
import { Link } from '@/lib/i18n/navigation';
import { localized, pick } from '@/lib/i18n/localized';
import { getStageForOrganizer } from '@/lib/judging/presentation';
import { SetupNav } from '../setup-nav';
import { StageButton } from './stage-button';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ round?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'judgingSheets' }))('stage.order') };
}

/** The organizer's stage console for a live round. */
export default async function StageConsolePage({ params, searchParams }: Props) {
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
  const { event, rounds, round, stage } = result.data;
  const t = await getTranslations('judgingSheets.stage');
  const presentation = round?.presentationSeconds ?? 0;
  const qa = round?.qaSeconds ?? 0;
  const phase = stage?.state?.phase ?? 'idle';
  return (
    <>
      <h1>{t('title', { event: pick(event, 'title', locale) })}</h1>
      <SetupNav slug={slug} current="stage" roundId={round?.id} />
      <p>{t('intro')}</p>
      {!round || !stage ? (
        <p>{t('noRound')}</p>
      ) : (
        <>
          <nav aria-label={t('chooseRound')}>
            <ul>
              {rounds.map((r) => (
                <li key={r.id}>
                  <Link href={`/admin/events/${slug}/judging/stage?round=${r.id}`} aria-current={r.id === round.id ? 'page' : undefined}>
                    {localized(locale, r.nameZh, r.nameEn)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <h2>{localized(locale, round.nameZh, round.nameEn)}</h2>
          <p>
            <Link href={`/stage/${slug}?round=${round.id}`}>{t('bigScreen')}</Link>
          </p>
          {!stage.state ? (
            <StageButton roundId={round.id} command="init" label={t('init')} />
          ) : (
            <>
              <section aria-labelledby="on-stage">
                <h3 id="on-stage">{t('current')}</h3>
                {stage.current ? <p>{stage.current.title}</p> : <p>{t('nobody')}</p>}
                <StageTimer
                  key={stage.state.version}
                  phase={phase}
                  startedAt={stage.state.phaseStartedAt?.toISOString() ?? null}
                  seconds={phase === 'qa' ? qa : presentation}
                  serverNow={stage.serverNow.toISOString()}
                />
                {stage.current && phase !== 'idle' && (
                  <StageButton roundId={round.id} command="set" phase="idle" submissionId={stage.current.submissionId} version={stage.state.version} label={t('stop')} secondary />
                )}
              </section>
              <table>
                <caption>{t('order')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('position')}</th>
                    <th scope="col">{t('project')}</th>
                    <th scope="col">{t('team')}</th>
                    <th scope="col">{t('actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {stage.slots.map((slot, i) => (
                    <tr key={slot.submissionId} aria-current={stage.current?.submissionId === slot.submissionId ? 'true' : undefined}>
                      <td>{i + 1}</td>
                      <th scope="row">
                        {slot.title}
                        {stage.current?.submissionId === slot.submissionId && ` · ${t('onStage')}`}
                        {slot.isAbsent && ` · ${t('isAbsent')}`}
                      </th>
                      <td>{slot.teamName}</td>
                      <td>
                        <StageButton roundId={round.id} command="set" phase="presentation" submissionId={slot.submissionId} version={stage.state!.version} label={t('present', { seconds: presentation, project: slot.title })} />
                        {stage.current?.submissionId === slot.submissionId && (
                          <StageButton roundId={round.id} command="set" phase="qa" submissionId={slot.submissionId} version={stage.state!.version} label={t('qa', { seconds: qa, project: slot.title })} />
                        )}
                        {i > 0 && <StageButton roundId={round.id} command="up" submissionId={slot.submissionId} label={t('up', { project: slot.title })} secondary />}
                        {i < stage.slots.length - 1 && <StageButton roundId={round.id} command="down" submissionId={slot.submissionId} label={t('down', { project: slot.title })} secondary />}
                        <StageButton
                          roundId={round.id}
                          command={slot.isAbsent ? 'present_again' : 'absent'}
                          submissionId={slot.submissionId}
                          label={t(slot.isAbsent ? 'present_again' : 'absent', { project: slot.title })}
                          secondary
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </>
      )}
    </>
  );
}
