import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { requireArea } from '@/app/_components/require-area';
import { listOrganizerOverview } from '@/lib/events/overviews';
import { Link } from '@/lib/i18n/navigation';
import { localized } from '@/lib/i18n/localized';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('areas.admin'))('title') };
}

export default async function AdminHomePage() {
  const actor = await requireArea('admin');
  const [t, tSetup, locale, rows] = await Promise.all([getTranslations('areas'), getTranslations('eventSetup'), getLocale(), listOrganizerOverview(actor)]);
  return (
    <>
      <h1>{t('admin.title')}</h1>
      <p>{actor.isSiteAdmin ? t('admin.introSiteAdmin') : t('admin.intro')}</p>
      {actor.isSiteAdmin && (
        <p>
          <Link href="/admin/events/new" className="button">
            {tSetup('new.link')}
          </Link>
        </p>
      )}
      <table>
        <caption className="visually-hidden">{t('admin.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.event')}</th>
            <th scope="col">{t('columns.published')}</th>
            <th scope="col">{t('columns.registrations')}</th>
            <th scope="col">{t('columns.teams')}</th>
            <th scope="col">{t('columns.submitted')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                {/* The organizer's overview of the event, which links to every tool (and to the public page). */}
                <Link href={`/admin/events/${row.slug}`}>{localized(locale, row.titleZh, row.titleEn)}</Link>
              </td>
              <td>{row.isPublished ? t('yes') : t('no')}</td>
              <td>{row.registrations}</td>
              <td>{row.teams}</td>
              <td>{row.submitted}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
