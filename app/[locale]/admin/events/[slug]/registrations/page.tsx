import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { forbidden, notFound } from 'next/navigation';
import { DateTime } from '@/app/_components/date-time';
import { requireArea } from '@/app/_components/require-area';
import { localeOf } from '@/lib/auth/callback-url';
import { Link } from '@/lib/i18n/navigation';
import { localized, pick } from '@/lib/i18n/localized';
import { listRegistrations } from '@/lib/people/registrations';
import { REGISTRATION_SORTS, REGISTRATION_STATUSES } from '@/lib/validation/people';
import styles from '../_people/people.module.css';
import { Downloads, FilterForm, Pager } from '../_people/table-parts';
import { BulkReviewForm, RowReviewForm } from './review-forms';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'people' }))('registrations.title') };
}

const BULK_FORM = 'bulk-review';
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Organizers of this event (and site admins) search and decide registrations; lib/people decides who may. */
export default async function RegistrationsPage({ params, searchParams }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = localeOf(rawLocale);
  setRequestLocale(locale);
  const actor = await requireArea('admin');
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, first(v)]));
  const result = await listRegistrations(actor, slug, raw);
  if (!result.ok) {
    if (result.error.code === 'forbidden') forbidden();
    notFound();
  }
  const { event, query, rows, total, pageCount, tracks } = result.data;
  const t = await getTranslations('people');
  const any = { value: '', label: t('common.any') };
  const yesNo = [any, { value: 'yes', label: t('common.yes') }, { value: 'no', label: t('common.no') }];
  const common = { locale, slug: event.slug, eventId: event.id };

  return (
    <>
      <h1>{t('registrations.heading', { event: pick(event, 'title', locale) })}</h1>
      <p>
        <Link href={`/admin/events/${event.slug}`}>{t('nav.overview')}</Link>
      </p>
      <FilterForm
        fields={[
          { kind: 'text', name: 'q', label: t('registrations.fields.q'), value: query.q ?? '' },
          { kind: 'select', name: 'status', label: t('registrations.fields.status'), value: query.status ?? '', options: [any, ...REGISTRATION_STATUSES.map((s) => ({ value: s, label: t(`registrations.status.${s}`) }))] },
          {
            kind: 'select',
            name: 'track',
            label: t('registrations.fields.track'),
            value: query.track ?? '',
            options: [any, ...tracks.map((tr) => ({ value: tr.id, label: localized(locale, tr.nameZh, tr.nameEn) })), { value: 'none', label: t('common.noTrack') }],
          },
          { kind: 'select', name: 'minor', label: t('registrations.fields.minor'), value: query.minor ?? '', options: yesNo },
          { kind: 'select', name: 'team', label: t('registrations.fields.team'), value: query.team ?? '', options: yesNo },
          { kind: 'select', name: 'sort', label: t('registrations.fields.sort'), value: query.sort, options: REGISTRATION_SORTS.map((s) => ({ value: s, label: t(`registrations.sort.${s}`) })) },
          { kind: 'select', name: 'dir', label: t('registrations.fields.dir'), value: query.dir, options: (['asc', 'desc'] as const).map((d) => ({ value: d, label: t(`registrations.dir.${d}`) })) },
        ]}
      />
      <Pager path={`/admin/events/${event.slug}/registrations`} params={{ ...raw, page: undefined }} page={query.page} pages={pageCount} total={total} />
      {rows.length > 0 && (
        <div className={styles.scroller} role="region" aria-labelledby="registrations-caption" tabIndex={0}>
          <table>
            <caption id="registrations-caption">{t('registrations.table.caption', { page: query.page, pages: pageCount })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('registrations.table.select')}</th>
                <th scope="col">{t('registrations.table.name')}</th>
                <th scope="col">{t('registrations.table.email')}</th>
                <th scope="col">{t('registrations.table.affiliation')}</th>
                <th scope="col">{t('registrations.table.status')}</th>
                <th scope="col">{t('registrations.table.minor')}</th>
                <th scope="col">{t('registrations.table.team')}</th>
                <th scope="col">{t('registrations.table.track')}</th>
                <th scope="col">{t('registrations.table.registered')}</th>
                <th scope="col">{t('registrations.table.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>
                    {/* The box belongs to the bulk form below the table (form attribute), not to the row's own form.
                        Keyed by version: once the row is decided its box comes back unticked, not aimed at a stale version. */}
                    <input key={`${row.id}:${row.version}`} type="checkbox" id={`select-${row.id}`} name="rows" value={`${row.id}:${row.version}`} form={BULK_FORM} />
                    <label htmlFor={`select-${row.id}`} className="visually-hidden">
                      {t('registrations.table.selectRow', { name: row.displayName })}
                    </label>
                  </td>
                  <th scope="row">{row.displayName}</th>
                  <td>{row.email}</td>
                  <td>{row.affiliation}</td>
                  <td>
                    {t(`registrations.status.${row.status}`)}
                    {row.waitlistPosition !== null && <span className="muted"> ({t('registrations.table.waitlistPosition', { position: row.waitlistPosition })})</span>}
                  </td>
                  <td>{row.isMinor ? t('common.yes') : t('common.no')}</td>
                  <td>{row.teamName ?? ''}</td>
                  <td>{localized(locale, row.trackZh, row.trackEn)}</td>
                  <td>
                    <DateTime value={row.registeredAt} timeZone={event.timeZone} />
                  </td>
                  <td>{row.status !== 'withdrawn' && <RowReviewForm {...common} row={`${row.id}:${row.version}`} name={row.displayName} status={row.status} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <BulkReviewForm {...common} formId={BULK_FORM} />
      <Downloads slug={event.slug} datasets={['registrations']} timeZone={event.timeZone} />
    </>
  );
}
