import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

/** The public showcase's entries in the header menu, for everyone (signed in or not). */
export async function ShowcaseNavLinks() {
  const t = await getTranslations('showcase.nav');
  return (
    <>
      <li>
        <Link href="/projects">{t('projects')}</Link>
      </li>
      <li>
        <Link href="/hall-of-fame">{t('hallOfFame')}</Link>
      </li>
    </>
  );
}
