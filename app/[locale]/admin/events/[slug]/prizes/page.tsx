import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireArea } from '@/app/_components/require-area';
import { localeOf } from '@/lib/auth/callback-url';
import { listPrizes } from '@/lib/events/prizes';
import { Link } from '@/lib/i18n/navigation';
import { pick } from '@/lib/i18n/localized';
import { unwrap } from '../settings/unwrap';
import { RowButtonForm } from '../tracks/delete-form';
import { DoneNotice } from '../tracks/done-notice';
import { deletePrizeAction } from './actions';
import { PrizeForm } from './prize-form';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ edit?: string; done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'eventSetup' }))('prizes.title') };
}

export default async function PrizesPage({ params, searchParams }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = localeOf(rawLocale);
  setRequestLocale(locale);
  const actor = await requireArea('admin');
  const { event, prizes, tracks } = unwrap(await listPrizes(actor, slug));
  const { edit, done } = await searchParams;
  const editing = prizes.find((prize) => prize.id === edit);
  const t = await getTranslations('eventSetup');
  const trackOptions = tracks.map((track) => ({ value: track.id, label: pick(track, 'name', locale) }));
  const trackName = (id: string | null) => (id ? (trackOptions.find((o) => o.value === id)?.label ?? '') : t('prizes.overall'));
  const formProps = { locale, slug: event.slug, eventId: event.id, tracks: trackOptions };
  return (
    <>
      <p>
        <Link href={`/admin/events/${event.slug}`}>{pick(event, 'title', locale)}</Link>
      </p>
      <h1>{t('prizes.title')}</h1>
      <p>{t('prizes.intro')}</p>
      <DoneNotice done={done} />
      {prizes.length === 0 ? (
        <p>{t('prizes.empty')}</p>
      ) : (
        <table>
          <caption>{t('prizes.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('prizes.name')}</th>
              <th scope="col">{t('prizes.track')}</th>
              <th scope="col">{t('prizes.amount')}</th>
              <th scope="col">{t('prizes.count')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {prizes.map((prize) => {
              const name = pick(prize, 'name', locale);
              return (
                <tr key={prize.id}>
                  <th scope="row">{name}</th>
                  <td>{trackName(prize.trackId)}</td>
                  <td>{prize.amount === null ? t('prizes.noAmount') : t('prizes.amountValue', { amount: prize.amount.toLocaleString(locale) })}</td>
                  <td>{prize.count}</td>
                  <td>
                    <Link href={`/admin/events/${event.slug}/prizes?edit=${prize.id}`}>{t('common.editNamed', { name })}</Link>
                    <RowButtonForm action={deletePrizeAction} locale={locale} slug={event.slug} eventId={event.id} id={prize.id} label={t('common.deleteNamed', { name })} />
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
          <PrizeForm
            {...formProps}
            key={editing.id}
            prizeId={editing.id}
            submitLabel={t('common.save')}
            initial={{
              nameZh: editing.nameZh,
              nameEn: editing.nameEn,
              descriptionZh: editing.descriptionZh,
              descriptionEn: editing.descriptionEn,
              trackId: editing.trackId ?? '',
              amount: editing.amount === null ? '' : String(editing.amount),
              count: String(editing.count),
              position: String(editing.position),
            }}
          />
        </section>
      ) : (
        <section aria-labelledby="add-heading">
          <h2 id="add-heading">{t('prizes.addHeading')}</h2>
          <PrizeForm {...formProps} submitLabel={t('prizes.add')} />
        </section>
      )}
    </>
  );
}
