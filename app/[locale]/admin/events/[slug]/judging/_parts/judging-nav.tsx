import { getTranslations } from 'next-intl/server';
import type { RoundRow } from '@/lib/judging/results-load';
import { Link } from '@/lib/i18n/navigation';
import { JUDGING_PAGES, JudgingPageLinks } from './judging-pages';
import { pick } from '@/lib/i18n/localized';
import styles from './judging.module.css';

type Page = 'console' | 'results' | 'advance' | 'calibration';

/** The console's navigation: every judging page (for the current round), the CSV export, and the event's rounds. */
export async function JudgingNav({ slug, locale, rounds, round, current }: { slug: string; locale: string; rounds: RoundRow[]; round: RoundRow | null; current: Page }) {
  const t = await getTranslations('judgingResults.nav');
  const base = `/admin/events/${slug}/judging`;
  const suffix = JUDGING_PAGES.find((p) => p.key === current)!.path;
  return (
    <>
      <nav aria-label={t('label')}>
        <JudgingPageLinks
          slug={slug}
          current={current}
          roundId={round?.id}
          extra={
            round && (
              <li>
                <a href={`/api/admin/events/${slug}/judging/scores.csv?round=${round.id}`} download>
                  {t('export')}
                </a>
              </li>
            )
          }
        />
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
