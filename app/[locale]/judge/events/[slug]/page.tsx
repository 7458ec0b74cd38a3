import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { DateTime } from '@/app/_components/date-time';
import { AnnouncementList } from '@/app/_components/announcement-list';
import { requireArea } from '@/app/_components/require-area';
import { announcementsFor } from '@/lib/announcements/queries';
import { localeOf } from '@/lib/auth/callback-url';
import { Link } from '@/lib/i18n/navigation';
import { localized, pick } from '@/lib/i18n/localized';
import { getJudgeQueue } from '@/lib/judging/queue';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'judgingSheets' }))('queue.openQueue') };
}

/** The judge's queue: per round, the assigned projects with this judge's own sheet status, next to score first. */
export default async function JudgeQueuePage({ params }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = localeOf(rawLocale);
  setRequestLocale(locale);
  const actor = await requireArea('judge');
  const result = await getJudgeQueue(actor, slug);
  if (!result.ok) notFound();
  const { event, rounds } = result.data;
  const t = await getTranslations('judgingSheets.queue');

  return (
    <>
      <h1>{t('title', { event: pick(event, 'title', locale) })}</h1>
      <p>{t('intro')}</p>
      <AnnouncementList announcements={await announcementsFor(actor, event.id)} locale={locale} headingId="announcements" />
      <p>
        <Link href={`/judge/events/${slug}/conflicts`}>{t('conflicts')}</Link>
      </p>
      {rounds.length === 0 && <p>{t('noRounds')}</p>}
      {rounds.map((round) => (
        <section key={round.id} aria-labelledby={`round-${round.id}`}>
          <h2 id={`round-${round.id}`}>{localized(locale, round.nameZh, round.nameEn)}</h2>
          <p>
            {t('progressLabel')}: <strong>{t('progress', { done: round.done, total: round.items.length })}</strong>
          </p>
          {round.status === 'closed' ? (
            <p className="notice">{t('roundClosed')}</p>
          ) : (
            round.closesAt && (
              <p>
                {t('roundCloses')}: <DateTime value={round.closesAt} timeZone={event.timeZone} />
              </p>
            )
          )}
          {round.hasStage && (
            <p>
              <Link href={`/judge/events/${slug}/stage?round=${round.id}`}>{t('stage')}</Link>
            </p>
          )}
          {round.items.length === 0 ? (
            <p>{t('empty')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('project')}</th>
                  <th scope="col">{t('team')}</th>
                  <th scope="col">{t('status')}</th>
                  <th scope="col">{t('action')}</th>
                </tr>
              </thead>
              <tbody>
                {round.items.map((item) => (
                  <tr key={item.submissionId}>
                    <th scope="row">{item.title}</th>
                    <td>{item.teamName}</td>
                    <td>
                      {item.isCalibration && <strong className="badge">{t('calibration')}</strong>} {t(`statuses.${item.status}`)}
                      {item.isAbsent && ` · ${t('absent')}`}
                    </td>
                    <td>
                      <Link href={`/judge/events/${slug}/projects/${item.submissionId}?round=${round.id}`} aria-label={`${item.status === 'submitted' || round.status === 'closed' ? t('review') : t('score')}: ${item.title}`}>
                        {item.status === 'submitted' || round.status === 'closed' ? t('review') : t('score')}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </>
  );
}
