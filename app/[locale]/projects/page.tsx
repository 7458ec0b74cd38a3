import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SelectField } from '@/app/_components/form/select-field';
import { TextField } from '@/app/_components/form/text-field';
import { Link } from '@/lib/i18n/navigation';
import { localized } from '@/lib/i18n/localized';
import { cachedGallery, cachedGalleryFacets } from '@/lib/showcase/cached';
import { parseGalleryQuery, type GalleryQuery } from '@/lib/validation/showcase';
import { ProjectCard } from './project-card';
import styles from './showcase.module.css';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'showcase' });
  return { title: t('gallery.title'), description: t('gallery.intro') };
}

/*
 * The gallery is driven by its URL alone (a plain GET form, no client state), so a filtered view is a
 * link anyone can share and everything works without JavaScript.
 */
export default async function GalleryPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = parseGalleryQuery(await searchParams);
  const [t, facets, gallery] = await Promise.all([getTranslations('showcase'), cachedGalleryFacets(), cachedGallery(query)]);
  const any = { value: '', label: t('filters.any') };
  const pageHref = (page: number): { pathname: '/projects'; query: Record<string, string> } => ({
    pathname: '/projects',
    query: Object.fromEntries(Object.entries({ ...query, page }).map(([k, v]) => [k, String(v)])) as Record<string, string>,
  });
  const isFiltered = Object.keys(query).some((k) => k !== 'page');

  return (
    <article>
      <h1>{t('gallery.title')}</h1>
      <p>{t('gallery.intro')}</p>
      <p>
        <Link href="/hall-of-fame">{t('hallOfFame.title')}</Link>
      </p>
      <form method="get" role="search" className={styles.filters} aria-label={t('filters.label')}>
          <TextField name="q" type="search" label={t('filters.search')} defaultValue={query.q ?? ''} hint={t('filters.searchHint')} />
          <SelectField
            name="event"
            label={t('filters.event')}
            defaultValue={query.event ?? ''}
            options={[any, ...facets.events.map((e) => ({ value: e.slug, label: localized(locale, e.titleZh, e.titleEn) }))]}
          />
          <SelectField name="year" label={t('filters.year')} defaultValue={query.year ? String(query.year) : ''} options={[any, ...facets.years.map((y) => ({ value: String(y), label: String(y) }))]} />
          <SelectField
            name="track"
            label={t('filters.track')}
            defaultValue={query.track ?? ''}
            options={[any, ...facets.tracks.map((tr) => ({ value: tr.slug, label: localized(locale, tr.nameZh, tr.nameEn) }))]}
          />
          <SelectField
            name="award"
            label={t('filters.award')}
            defaultValue={query.award ?? ''}
            options={[any, { value: 'awarded', label: t('filters.awarded') }, { value: 'adopted', label: t('filters.adopted') }]}
          />
          <SelectField name="tech" label={t('filters.technology')} defaultValue={query.tech ?? ''} options={[any, ...facets.technologies.map((x) => ({ value: x, label: x }))]} />
          <p className={styles.actions}>
            <button type="submit" className="button">
              {t('filters.apply')}
            </button>
            {isFiltered && <Link href="/projects">{t('filters.clear')}</Link>}
          </p>
      </form>

      <h2 id="results">{t('gallery.resultCount', { count: gallery.total })}</h2>
      {gallery.items.length === 0 ? (
        <p>{t('gallery.empty')}</p>
      ) : (
        <ul className={styles.grid} aria-labelledby="results">
          {gallery.items.map((item) => (
            <li key={item.id}>
              <ProjectCard item={item} locale={locale} />
            </li>
          ))}
        </ul>
      )}
      {gallery.pageCount > 1 && <Pagination query={query} page={gallery.page} pageCount={gallery.pageCount} hrefFor={pageHref} t={t} />}
    </article>
  );
}

function Pagination({
  page,
  pageCount,
  hrefFor,
  t,
}: {
  query: GalleryQuery;
  page: number;
  pageCount: number;
  hrefFor: (page: number) => { pathname: '/projects'; query: Record<string, string> };
  t: Awaited<ReturnType<typeof getTranslations<'showcase'>>>;
}) {
  return (
    <nav aria-label={t('pagination.label')} className={styles.pagination}>
      {page > 1 && (
        <Link href={hrefFor(page - 1)} rel="prev">
          {t('pagination.previous')}
        </Link>
      )}
      <span>{t('pagination.status', { page, pageCount })}</span>
      {page < pageCount && (
        <Link href={hrefFor(page + 1)} rel="next">
          {t('pagination.next')}
        </Link>
      )}
    </nav>
  );
}
