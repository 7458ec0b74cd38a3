import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Link } from '@/lib/i18n/navigation';

/*
 * Pieces shared by the registrations and teams pages: the filter form (a plain GET form, so a search is a
 * URL that can be bookmarked and works without JavaScript), the download links and the pager.
 */
export type FilterField = { name: string; label: string; value: string } & ({ kind: 'text' } | { kind: 'select'; options: { value: string; label: string }[] });

export async function FilterForm({ fields }: { fields: FilterField[] }) {
  const t = await getTranslations('people.common');
  return (
    <form method="get" role="search" aria-labelledby="filters-heading" className="form">
      <h2 id="filters-heading">{t('filters')}</h2>
      {fields.map((field) => (
        <div className="field" key={field.name}>
          <label htmlFor={`filter-${field.name}`}>{field.label}</label>
          {field.kind === 'text' ? (
            <input id={`filter-${field.name}`} name={field.name} type="search" defaultValue={field.value} maxLength={100} />
          ) : (
            <select id={`filter-${field.name}`} name={field.name} defaultValue={field.value}>
              {field.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </div>
      ))}
      <div>
        <button type="submit" className="button">
          {t('search')}
        </button>
      </div>
    </form>
  );
}

export async function Downloads({ slug, datasets, timeZone }: { slug: string; datasets: ('registrations' | 'teams' | 'submissions')[]; timeZone: string }) {
  const t = await getTranslations('people');
  return (
    <section aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">{t('common.exports')}</h2>
      <ul>
        {datasets.flatMap((dataset) =>
          (['csv', 'json'] as const).map((format) => (
            <li key={`${dataset}-${format}`}>
              {/* A route handler, not a page: a plain link with download, outside the locale prefix. */}
              <a href={`/api/admin/events/${encodeURIComponent(slug)}/exports/${dataset}?format=${format}`} download>
                {t(`common.${format}`, { dataset: t(`datasets.${dataset}`) })}
              </a>
            </li>
          )),
        )}
      </ul>
      <p className="muted">{t('common.timesNote', { zone: timeZone })}</p>
    </section>
  );
}

/** Previous / next links that keep the search and filters. */
export async function Pager({ path, params, page, pages, total }: { path: string; params: Record<string, string | undefined>; page: number; pages: number; total: number }) {
  const t = await getTranslations('people.common');
  const href = (to: number) => {
    const query = new URLSearchParams(Object.entries({ ...params, page: String(to) }).filter((e): e is [string, string] => Boolean(e[1])));
    return `${path}?${query}`;
  };
  const links: ReactNode[] = [];
  if (page > 1) links.push(<li key="prev"><Link href={href(page - 1)}>{t('previous')}</Link></li>);
  if (page < pages) links.push(<li key="next"><Link href={href(page + 1)}>{t('next')}</Link></li>);
  return (
    <nav aria-label={t('pagination')}>
      <p>
        {t('found', { count: total })} · {t('page', { page, pages })}
      </p>
      {links.length > 0 && <ul className="nav-list">{links}</ul>}
    </nav>
  );
}
