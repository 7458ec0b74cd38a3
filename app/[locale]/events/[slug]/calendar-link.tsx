import { getTranslations } from 'next-intl/server';

/**
 * "Add to calendar": the event's timeline as an iCalendar file (RFC 5545), for any calendar app. A plain
 * link, so it works without JavaScript and a calendar app can subscribe to the same address; the file's
 * names follow the page's language.
 */
export async function CalendarLink({ slug, locale }: { slug: string; locale: string }) {
  const t = await getTranslations('announcements.calendar');
  return (
    <p>
      <a href={`/api/events/${slug}/calendar.ics?locale=${locale}`} download={`${slug}.ics`} type="text/calendar">
        {t('add')}
      </a>
    </p>
  );
}
