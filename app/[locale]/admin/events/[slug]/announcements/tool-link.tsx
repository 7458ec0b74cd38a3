import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

/** The overview's entry for the announcements page (an <li> of the tools list). */
export async function AnnouncementsToolLink({ slug }: { slug: string }) {
  const t = await getTranslations('announcements.admin');
  return (
    <li>
      <Link href={`/admin/events/${slug}/announcements`}>{t('overviewLink')}</Link>
    </li>
  );
}
