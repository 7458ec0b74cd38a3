import { getTranslations } from 'next-intl/server';
import { DateTime } from '@/app/_components/date-time';
import { Markdown } from '@/app/_components/markdown';
import type { ShownAnnouncement } from '@/lib/announcements/queries';
import { localized } from '@/lib/i18n/localized';

type Props = {
  announcements: ShownAnnouncement[];
  locale: string;
  /** The heading's id (aria-labelledby) and level; titles are one level below. */
  headingId: string;
  level?: 2 | 3;
  /** On pages listing several events' announcements, each says which event it belongs to. */
  showEvent?: boolean;
};

/**
 * Published announcements, newest first, in the reader's language (falling back to the other), each with
 * its publication time in the event's zone. Renders nothing when there are none: an empty section is noise.
 */
export async function AnnouncementList({ announcements, locale, headingId, level = 2, showEvent = false }: Props) {
  if (announcements.length === 0) return null;
  const t = await getTranslations('announcements.display');
  const Heading = level === 2 ? 'h2' : 'h3';
  const Title = level === 2 ? 'h3' : 'h4';
  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId}>{t('heading')}</Heading>
      <ul className="card-list">
        {announcements.map((a) => (
          <li key={a.id} className="card">
            <Title>{localized(locale, a.titleZh, a.titleEn)}</Title>
            <p className="muted">
              {showEvent && <>{localized(locale, a.eventTitleZh, a.eventTitleEn)} · </>}
              {t('published')} <DateTime value={a.publishedAt} timeZone={a.timeZone} />
            </p>
            <Markdown source={localized(locale, a.bodyZh, a.bodyEn)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
