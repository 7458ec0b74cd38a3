import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { requireArea } from '@/app/_components/require-area';
import { listMyEvents } from '@/lib/events/my-events';
import { Link } from '@/lib/i18n/navigation';
import { DashboardAnnouncements } from './announcements';
import { MyEventCard } from './my-event-card';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('areas.dashboard'))('title') };
}

export default async function DashboardPage() {
  const actor = await requireArea('dashboard');
  const [t, locale, mine] = await Promise.all([getTranslations('areas'), getLocale(), listMyEvents(actor)]);
  return (
    <>
      <h1>{t('dashboard.title')}</h1>
      <p>{t('dashboard.greeting', { name: actor.name ?? actor.email })}</p>
      <DashboardAnnouncements actor={actor} locale={locale} />
      {mine.events.length === 0 ? (
        <p>
          {t('dashboard.empty')} <Link href="/">{t('dashboard.browse')}</Link>
        </p>
      ) : (
        mine.events.map((entry) => <MyEventCard key={entry.event.id} entry={entry} locale={locale} />)
      )}
    </>
  );
}
