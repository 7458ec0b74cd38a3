import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Link } from '@/lib/i18n/navigation';
import styles from './judging.module.css';

/*
 * Every organizer judging page, in the order an event goes through them. The set-up pages and the console
 * pages both list all of them, so an organizer never has to go back to the event overview to reach the
 * sheets or the stage. Pages that show one round carry the round being looked at.
 */
export const JUDGING_PAGES = [
  { key: 'judges', path: '/judges', perRound: false },
  { key: 'rounds', path: '/rounds', perRound: false },
  { key: 'calibration', path: '/calibration', perRound: true },
  { key: 'console', path: '', perRound: true },
  { key: 'sheets', path: '/sheets', perRound: false },
  { key: 'stage', path: '/stage', perRound: true },
  { key: 'results', path: '/results', perRound: true },
  { key: 'advance', path: '/advance', perRound: true },
] as const;

export type JudgingPage = (typeof JUDGING_PAGES)[number]['key'];

/** The list of links; `extra` items (e.g. the CSV download) go at its end. */
export async function JudgingPageLinks({ slug, current, roundId, extra }: { slug: string; current: JudgingPage; roundId?: string; extra?: ReactNode }) {
  const t = await getTranslations('judgingSetup.nav');
  const base = `/admin/events/${slug}/judging`;
  return (
    <ul className={styles.nav}>
      {JUDGING_PAGES.map((page) => (
        <li key={page.key}>
          <Link href={`${base}${page.path}${page.perRound && roundId ? `?round=${roundId}` : ''}`} aria-current={page.key === current ? 'page' : undefined}>
            {t(page.key)}
          </Link>
        </li>
      ))}
      {extra}
    </ul>
  );
}
