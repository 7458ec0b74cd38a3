import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EventCard } from '@/app/_components/event-card';
import { listEventsForHome, type EventCard as EventCardData } from '@/lib/events/queries';

async function EventSection({ id, title, empty, items }: { id: string; title: string; empty: string; items: EventCardData[] }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="card-list">
          {items.map((event) => (
            <EventCard key={event.id} event={event} />
          ))}
        </ul>
      )}
    </section>
  );
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, home] = await Promise.all([getTranslations('events'), listEventsForHome()]);
  return (
    <>
      <h1>{t('homeTitle')}</h1>
      <p>{t('homeIntro')}</p>
      <EventSection id="current-events" title={t('current')} empty={t('noCurrent')} items={home.current} />
      <EventSection id="upcoming-events" title={t('upcoming')} empty={t('noUpcoming')} items={home.upcoming} />
      <EventSection id="past-events" title={t('past')} empty={t('noPast')} items={home.past} />
    </>
  );
}
