import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

/** Links between the organizer's judging set-up pages; the current one is marked for screen readers. */
export async function SetupNav({ slug, current }: { slug: string; current: 'judges' | 'rounds' }) {
  const t = await getTranslations('judgingSetup.nav');
  const items = [
    { key: 'judges', href: `/admin/events/${slug}/judging/judges` },
    { key: 'rounds', href: `/admin/events/${slug}/judging/rounds` },
  ] as const;
  return (
    <nav aria-label={t('label')}>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <Link href={item.href} aria-current={item.key === current ? 'page' : undefined}>
              {t(item.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
