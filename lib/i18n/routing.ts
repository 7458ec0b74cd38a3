import { defineRouting } from 'next-intl/routing';

export const locales = ['zh-TW', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-TW';

export const routing = defineRouting({
  locales,
  defaultLocale,
  // Every URL carries its locale, so a shared link opens in the language it was shared in.
  localePrefix: 'always',
});
