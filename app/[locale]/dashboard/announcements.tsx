import { AnnouncementList } from '@/app/_components/announcement-list';
import { dashboardAnnouncements } from '@/lib/announcements/queries';
import type { Actor } from '@/lib/auth/actor';

/** The participant's news: announcements of the events they are in, filtered by their audiences there. */
export async function DashboardAnnouncements({ actor, locale }: { actor: Actor; locale: string }) {
  return <AnnouncementList announcements={await dashboardAnnouncements(actor)} locale={locale} headingId="announcements" showEvent />;
}
