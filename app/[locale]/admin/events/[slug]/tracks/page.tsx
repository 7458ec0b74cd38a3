import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireArea } from '@/app/_components/require-area';
import { localeOf } from '@/lib/auth/callback-url';
import { listTracks } from '@/lib/events/tracks';
import { Link } from '@/lib/i18n/navigation';
import { pick } from '@/lib/i18n/localized';
import { unwrap } from '../settings/unwrap';
import { deleteTrackAction } from './actions';
import { RowButtonForm } from './delete-form';
import { DoneNotice } from './done-notice';
import { TrackForm } from './track-form';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ edit?: string; done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'eventSetup' }))('tracks.title') };
}

export default async function TracksPage({ params, searchParams }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = localeOf(rawLocale);
  setRequestLocale(locale);
  const actor = await requireArea('admin');
  const { event, tracks } = unwrap(await listTracks(actor, slug));
  const { edit, done } = await searchParams;
  const editing = tracks.find((track) => track.id === edit);
  const t = await getTranslations('eventSetup');
  const formProps = { locale, slug: event.slug, eventId: event.id };
  return (
    <>
      <p>
        <Link href={`/admin/events/${event.slug}`}>{pick(event, 'title', locale)}</Link>
      </p>
      <h1>{t('tracks.title')}</h1>
      <p>{t('tracks.intro')}</p>
      <DoneNotice done={done} />
      {tracks.length === 0 ? (
        <p>{t('tracks.empty')}</p>
      ) : (
        <table>
          <caption>{t('tracks.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('common.position')}</th>
              <th scope="col">{t('tracks.name')}</th>
              <th scope="col">{t('tracks.department')}</th>
              <th scope="col">{t('tracks.datasets')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {tracks.map((track) => {
              const name = pick(track, 'name', locale);
              return (
                <tr key={track.id}>
                  <td>{track.position}</td>
                  <th scope="row">{name}</th>
                  <td>{pick(track, 'department', locale)}</td>
                  <td>{t('tracks.datasetCount', { count: track.datasetLinks.length })}</td>
                  <td>
                    <Link href={`/admin/events/${event.slug}/tracks?edit=${track.id}`}>{t('common.editNamed', { name })}</Link>
                    <RowButtonForm action={deleteTrackAction} {...formProps} id={track.id} label={t('common.deleteNamed', { name })} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {editing ? (
        <section aria-labelledby="edit-heading">
          <h2 id="edit-heading">{t('common.editNamed', { name: pick(editing, 'name', locale) })}</h2>
          <TrackForm
            {...formProps}
            key={editing.id}
            trackId={editing.id}
            submitLabel={t('common.save')}
            initial={{
              nameZh: editing.nameZh,
              nameEn: editing.nameEn,
              descriptionZh: editing.descriptionZh,
              descriptionEn: editing.descriptionEn,
              departmentZh: editing.departmentZh,
              departmentEn: editing.departmentEn,
              datasets: editing.datasetLinks.map((link) => `${link.title} | ${link.url}`).join('\n'),
              position: String(editing.position),
            }}
          />
        </section>
      ) : (
        <section aria-labelledby="add-heading">
          <h2 id="add-heading">{t('tracks.addHeading')}</h2>
          <TrackForm {...formProps} submitLabel={t('tracks.add')} />
        </section>
      )}
    </>
  );
}
