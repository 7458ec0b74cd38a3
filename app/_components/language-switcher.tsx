'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { Link, usePathname } from '@/lib/i18n/navigation';
import { locales } from '@/lib/i18n/routing';

/** Links (not a select) so it works without JavaScript and by keyboard; each names its language in that language. */
const NAMES: Record<(typeof locales)[number], string> = { 'zh-TW': '繁體中文', en: 'English' };

export function LanguageSwitcher() {
  const t = useTranslations('common');
  const current = useLocale();
  const pathname = usePathname();
  const query = useSearchParams().toString();
  return (
    <nav aria-label={t('languageSwitcher')}>
      <ul className="nav-list">
        {locales.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" lang={locale}>
                <strong>{NAMES[locale]}</strong>
              </span>
            ) : (
              <Link href={query ? `${pathname}?${query}` : pathname} locale={locale} lang={locale} hrefLang={locale}>
                {NAMES[locale]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
