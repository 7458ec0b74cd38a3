import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

/** The organizer overview's link to awards and publication (a list item of its tool list). */
export async function AwardsToolLink({ slug }: { slug: string }) {
  const t = await getTranslations('results');
  return (
    <li>
      <Link href={`/admin/events/${slug}/awards`}>{t('nav.awards')}</Link>
    </li>
  );
}
