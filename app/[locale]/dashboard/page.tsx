import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { DateTime } from '@/app/_components/date-time';
import { requireArea } from '@/app/_components/require-area';
import { listMyParticipation } from '@/lib/events/overviews';
import { Link } from '@/lib/i18n/navigation';
import { localized } from '@/lib/i18n/localized';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('areas.dashboard'))('title') };
}

export default async function DashboardPage() {
  const actor = await requireArea('dashboard');
  const [t, locale, rows] = await Promise.all([getTranslations('areas'), getLocale(), listMyParticipation(actor)]);
  return (
    <>
      <h1>{t('dashboard.title')}</h1>
      <p>{t('dashboard.greeting', { name: actor.name ?? actor.email })}</p>
      {rows.length === 0 ? (
        <p>
          {t('dashboard.empty')} <Link href="/">{t('dashboard.browse')}</Link>
        </p>
      ) : (
        <table>
          <caption className="visually-hidden">{t('dashboard.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columns.event')}</th>
              <th scope="col">{t('columns.registration')}</th>
              <th scope="col">{t('columns.team')}</th>
              <th scope="col">{t('columns.submission')}</th>
              <th scope="col">{t('columns.deadline')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>
                  <Link href={`/events/${row.slug}`}>{localized(locale, row.titleZh, row.titleEn)}</Link>
                </td>
                <td>{t(`registrationStatus.${row.registrationStatus}`)}</td>
                <td>{row.teamName ? `${row.teamName} (${t(`teamRole.${row.teamRole}`)})` : t('dashboard.noTeam')}</td>
                <td>{t(`submissionStatus.${row.submissionStatus ?? 'none'}`)}</td>
                <td>
                  <DateTime value={row.submissionDeadline} timeZone={row.timeZone} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
