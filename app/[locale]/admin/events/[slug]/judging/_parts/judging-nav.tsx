import { getTranslations } from 'next-intl/server';
import type { RoundRow } from '@/lib/judging/results-load';
import { Link } from '@/lib/i18n/navigation';
import { pick } from '@/lib/i18n/localized';
import styles from './judging.module.css';

type Page = 'console' | 'results' | 'advance' | 'calibration';

/** The console's own navigation: its pages for the current round, and the event's rounds. */
export async function JudgingNav({ slug, locale, rounds, round, current }: { slug: string; locale: string; rounds: RoundRow[]; round: RoundRow | null; current: Page }) {
  const t = await getTranslations('judgingResults.nav');
  const base = `/admin/events/${slug}/judging`;
  const query = round ? `?round=${round.id}` : '';
  const pages: { page: Page; href: string }[] = [
    { page: 'console', href: `${base}${query}` },
    { page: 'results', href: `${base}/results${query}` },
    { page: 'advance', href: `${base}/advance${query}` },
    { page: 'calibration', href: `${base}/calibration${query}` },
  ];
  const suffix = pages.find((p) => p.page === current)!.href.replace(base, '').replace(/\?.*$/, '');
  return (
    <>
      <nav aria-label={t('label')}>
        <ul className={styles.nav}>
          {pages.map((p) => (
            <li key={p.page}>
              <Link href={p.href} aria-current={p.page === current ? 'page' : undefined}>
                {t(p.page)}
              </Link>
            </li>
          ))}
          {round && (
            <li>
              <a href={`/api/admin/events/${slug}/judging/scores.csv?round=${round.id}`} download>
                {t('export')}
              </a>
            </li>
          )}
        </ul>
      </nav>
      {rounds.length > 1 && (
        <nav aria-label={t('rounds')}>
          <ul className={styles.rounds}>
            {rounds.map((r) => (
              <li key={r.id}>
                <Link href={`${base}${suffix}?round=${r.id}`} aria-current={r.id === round?.id ? 'true' : undefined} className="badge">
                  {pick(r, 'name', locale) || t(`kind.${r.kind}`)} · {t(`roundStatus.${r.status}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </>
  );
}
