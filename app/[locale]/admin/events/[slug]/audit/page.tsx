import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DateTime } from '@/app/_components/date-time';
import { requireArea } from '@/app/_components/require-area';
import { listAuditEntries } from '@/lib/audit-viewer/query';
import { localeOf } from '@/lib/auth/callback-url';
import { Link } from '@/lib/i18n/navigation';
import { pick } from '@/lib/i18n/localized';
import { unwrap } from '../settings/unwrap';
import { DiffTable } from './diff-table';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'adoption' }))('audit.title') };
}

const FILTERS = ['actor', 'action', 'entity', 'from', 'to'] as const;

/** The event's audit log for its organizers: a GET filter form (bookmarkable), newest first, pages of 50. */
export default async function AuditPage({ params, searchParams }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = localeOf(rawLocale);
  setRequestLocale(locale);
  const actor = await requireArea('admin');
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const { event, filter, entries, hasNext, facets } = unwrap(await listAuditEntries(actor, slug, raw));
  const t = await getTranslations('adoption.audit');
  const base = `/admin/events/${event.slug}/audit`;
  const pageHref = (page: number) => {
    const query = new URLSearchParams();
    for (const key of FILTERS) if (filter[key]) query.set(key, String(filter[key]));
    if (page > 1) query.set('page', String(page));
    const text = query.toString();
    return text ? `${base}?${text}` : base;
  };
  const select = (name: 'actor' | 'action' | 'entity', options: { value: string; label: string }[]) => (
    <div className="field">
      <label htmlFor={`audit-${name}`}>{t(name)}</label>
      <select id={`audit-${name}`} name={name} defaultValue={filter[name] ?? ''}>
        <option value="">{t('any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <>
      <p>
        <Link href={`/admin/events/${event.slug}`}>{pick(event, 'title', locale)}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p>{t('intro', { zone: event.timeZone })}</p>
      <form method="get" action={`/${locale}${base}`} className="form" aria-labelledby="filters-heading">
        <h2 id="filters-heading">{t('filtersHeading')}</h2>
        {select('actor', facets.actors.map((a) => ({ value: a.id, label: a.name ? `${a.name} <${a.email}>` : a.email })))}
        {select('action', facets.actions.map((a) => ({ value: a, label: a })))}
        {select('entity', facets.entities.map((e) => ({ value: e, label: e })))}
        <div className="field">
          <label htmlFor="audit-from">{t('from')}</label>
          <input id="audit-from" name="from" type="date" defaultValue={filter.from ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="audit-to">{t('to')}</label>
          <input id="audit-to" name="to" type="date" defaultValue={filter.to ?? ''} />
        </div>
        <div>
          <button type="submit" className="button">
            {t('apply')}
          </button>{' '}
          <Link href={base}>{t('reset')}</Link>
        </div>
      </form>
      {entries.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <table>
          <caption>{t('caption', { page: filter.page })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('when')}</th>
              <th scope="col">{t('who')}</th>
              <th scope="col">{t('what')}</th>
              <th scope="col">{t('item')}</th>
              <th scope="col">{t('changes')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>
                  <DateTime value={e.at} timeZone={event.timeZone} />
                </td>
                <td>{e.actorId ? (e.actorName ?? e.actorEmail ?? e.actorId) : t('system')}</td>
                <th scope="row">{e.action}</th>
                <td>
                  {e.entityType}
                  {e.entityId && <span className="muted"> {e.entityId.slice(0, 8)}</span>}
                </td>
                <td>
                  <DiffTable id={e.id} data={e.data} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav aria-label={t('pagination')}>
        <ul className="nav-list">
          {filter.page > 1 && (
            <li>
              <Link href={pageHref(filter.page - 1)}>{t('previous')}</Link>
            </li>
          )}
          {hasNext && (
            <li>
              <Link href={pageHref(filter.page + 1)}>{t('next')}</Link>
            </li>
          )}
        </ul>
      </nav>
    </>
  );
}
