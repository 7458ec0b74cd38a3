import { createTranslator } from 'next-intl';
import { writeCalendar } from '@/lib/calendar/ics';
import { timelineSteps } from '@/lib/events/phase';
import { getPublicEventBySlug } from '@/lib/events/queries';
import { localized } from '@/lib/i18n/localized';
import { loadMessages } from '@/lib/i18n/messages';

/*
 * GET /api/events/<slug>/calendar.ics[?locale=en]: the published event's timeline as an iCalendar file.
 * A draft or unknown event is 404 (its existence must not leak). Each milestone's UID is the event id
 * plus the milestone's name, so a calendar that imports the file again updates the entries in place.
 * Public data only, no session: safe to cache briefly.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const page = /^[a-z0-9-]{1,80}$/.test(slug) ? await getPublicEventBySlug(slug) : null;
  if (!page) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const { event } = page;
  const locale = new URL(request.url).searchParams.get('locale') === 'en' ? 'en' : 'zh-TW';
  const t = createTranslator({ locale, messages: await loadMessages(locale) }) as unknown as (key: string, values?: Record<string, string>) => string;
  const title = localized(locale, event.titleZh, event.titleEn);
  const base = (process.env.APP_URL ?? new URL(request.url).origin).replace(/\/+$/, '');
  const url = `${base}/${locale}/events/${event.slug}`;
  const venue = localized(locale, event.venueZh, event.venueEn);
  const body = writeCalendar({
    name: t('announcements.calendar.feedName', { event: title }),
    stamp: event.updatedAt,
    items: timelineSteps(event).flatMap((step) =>
      step.at
        ? [{ uid: `${event.id}-${step.key}@codefest`, start: step.at, summary: `${title}: ${t(`events.timeline.${step.key}`)}`, description: [title, venue, url].filter(Boolean).join('\n'), url }]
        : [],
    ),
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${event.slug}.ics"`,
      'Cache-Control': 'public, max-age=300',
    },
  });
}
