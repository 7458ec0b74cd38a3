import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

/** The organizer overview's links to adoption tracking, payouts and the audit log (list items of its tool list). */
export async function AdoptionToolLinks({ slug }: { slug: string }) {
  const t = await getTranslations('adoption.tools');
  return (['adoption', 'payouts', 'audit'] as const).map((tool) => (
    <li key={tool}>
      <Link href={`/admin/events/${slug}/${tool}`}>{t(tool)}</Link>
    </li>
  ));
}
