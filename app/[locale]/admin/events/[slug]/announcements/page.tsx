import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DateTime } from '@/app/_components/date-time';
import { requireArea } from '@/app/_components/require-area';
import { listAnnouncements } from '@/lib/announcements/manage';
import { localeOf } from '@/lib/auth/callback-url';
import { Link } from '@/lib/i18n/navigation';
import { pick } from '@/lib/i18n/localized';
import { unwrap } from '../settings/unwrap';
import { RowButtonForm } from '../tracks/delete-form';
import { DoneNotice } from '../tracks/done-notice';
import { deleteAnnouncementAction } from './actions';
import { AnnouncementForm } from './announcement-form';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ edit?: string; done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'announcements' }))('admin.title') };
}

/** The organizer's announcements: the list with status and audience, then the form to write or edit one. */
export default async function AnnouncementsPage({ params, searchParams }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = localeOf(rawLocale);
  setRequestLocale(locale);
  const actor = await requireArea('admin');
  const { event, announcements } = unwrap(await listAnnouncements(actor, slug));
  const { edit, done } = await searchParams;
  const editing = announcements.find((row) => row.id === edit);
  const t = await getTranslations('announcements');
  const formProps = { locale, slug: event.slug, eventId: event.id };
  return (
    <>
      <p>
        <Link href={`/admin/events/${event.slug}`}>{pick(event, 'title', locale)}</Link>
      </p>
      <h1>{t('admin.title')}</h1>
      <p>{t('admin.intro')}</p>
      <DoneNotice done={done} />
      {announcements.length === 0 ? (
        <p>{t('admin.empty')}</p>
      ) : (
        <table>
          <caption>{t('admin.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.colTitle')}</th>
              <th scope="col">{t('admin.colAudience')}</th>
              <th scope="col">{t('admin.colStatus')}</th>
              <th scope="col">{t('admin.colActions')}</th>
            </tr>
          </thead>
          <tbody>
            {announcements.map((row) => {
              const name = pick(row, 'title', locale);
              return (
                <tr key={row.id}>
                  <th scope="row">{name}</th>
                  <td>{t(`audience.${row.audience}`)}</td>
                  <td>{row.publishedAt ? (
                      <>
                        {t('admin.published')} <DateTime value={row.publishedAt} timeZone={event.timeZone} />
                      </>
                    ) : (
                      t('admin.draft')
                    )}</td>
                  <td>
                    <Link href={`/admin/events/${event.slug}/announcements?edit=${row.id}`}>{t('admin.editNamed', { name })}</Link>
                    <RowButtonForm action={deleteAnnouncementAction} {...formProps} id={row.id} label={t('admin.deleteNamed', { name })} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {editing ? (
        <section aria-labelledby="edit-heading">
          <h2 id="edit-heading">{t('admin.editNamed', { name: pick(editing, 'title', locale) })}</h2>
          <AnnouncementForm
            {...formProps}
            key={`${editing.id}-${editing.version}`}
            announcementId={editing.id}
            version={editing.version}
            isPublished={editing.publishedAt !== null}
            submitLabel={t('admin.save')}
            initial={{ titleZh: editing.titleZh, titleEn: editing.titleEn, bodyZh: editing.bodyZh, bodyEn: editing.bodyEn, audience: editing.audience }}
          />
        </section>
      ) : (
        <section aria-labelledby="add-heading">
          <h2 id="add-heading">{t('admin.addHeading')}</h2>
          <AnnouncementForm {...formProps} submitLabel={t('admin.add')} />
        </section>
      )}
    </>
  );
}
