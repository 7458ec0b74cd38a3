import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { localized } from '@/lib/i18n/localized';
import type { GalleryItem } from '@/lib/showcase/gallery';
import { AwardBadges } from './award-badges';
import styles from './showcase.module.css';

export async function ProjectCard({ item, locale }: { item: GalleryItem; locale: string }) {
  const t = await getTranslations('showcase');
  return (
    <article className={`card ${styles.card}`}>
      {item.coverFileId && (
        // A decorative thumbnail: the title beside it says what the project is.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={`/api/files/${item.coverFileId}`} alt="" className={styles.cover} loading="lazy" />
      )}
      <h3>
        <Link href={`/projects/${item.eventSlug}/${item.slug}`}>{item.title}</Link>
      </h3>
      <p>{item.tagline}</p>
      <p className="muted">
        {t('card.byTeam', { team: item.teamName })} · {localized(locale, item.eventTitleZh, item.eventTitleEn)}
        {item.trackSlug && <> · {localized(locale, item.trackNameZh, item.trackNameEn)}</>}
      </p>
      <AwardBadges awards={item.awards} isAdopted={item.isAdopted} locale={locale} />
      {item.technologies.length > 0 && (
        <p className={styles.techs}>
          <span className="visually-hidden">{t('card.technologies')}</span>
          {item.technologies.join(' · ')}
        </p>
      )}
    </article>
  );
}
