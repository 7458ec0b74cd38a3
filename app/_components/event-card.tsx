import { getLocale, getTranslations } from 'next-intl/server';
import type { EventCard as EventCardData } from '@/lib/events/queries';
import { Link } from '@/lib/i18n/navigation';
import { localized } from '@/lib/i18n/localized';
import { DateTime } from './date-time';

export async function EventCard({ event }: { event: EventCardData }) {
  const [t, locale] = await Promise.all([getTranslations('events'), getLocale()]);
  return (
    <li className="card">
      <h3>
        <Link href={`/events/${event.slug}`}>{localized(locale, event.titleZh, event.titleEn)}</Link>
      </h3>
      <p>{localized(locale, event.summaryZh, event.summaryEn)}</p>
      <p className="muted">
        {t('hackingStartsOn')} <DateTime value={event.hackingStartsAt} timeZone={event.timeZone} />
      </p>
      <p className="muted">{t('cardCounts', { tracks: event.trackCount, teams: event.teamCount })}</p>
    </li>
  );
}
