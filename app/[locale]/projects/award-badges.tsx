import { getTranslations } from 'next-intl/server';
import { localized } from '@/lib/i18n/localized';
import type { AwardBadge } from '@/lib/showcase/project-parts';
import styles from './showcase.module.css';

/** Award titles and "became a city service" as text badges (never colour alone). */
export async function AwardBadges({ awards, isAdopted, locale }: { awards: AwardBadge[]; isAdopted: boolean; locale: string }) {
  if (awards.length === 0 && !isAdopted) return null;
  const t = await getTranslations('showcase');
  return (
    <ul className={styles.badges} aria-label={t('card.awards')}>
      {awards.map((a, i) => (
        <li key={i} className="badge">
          {localized(locale, a.titleZh, a.titleEn) || localized(locale, a.prizeNameZh, a.prizeNameEn)}
        </li>
      ))}
      {isAdopted && <li className={`badge ${styles.adopted}`}>{t('card.adopted')}</li>}
    </ul>
  );
}
