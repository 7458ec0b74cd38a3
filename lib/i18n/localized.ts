import type { Locale } from './routing';

/**
 * Organizer-entered content is stored per locale (`titleZh`, `titleEn`); show the visitor's language and
 * fall back to the other one when it was left empty.
 */
export function localized(locale: Locale | string, zh: string | null | undefined, en: string | null | undefined): string {
  const [first, second] = locale === 'en' ? [en, zh] : [zh, en];
  return (first && first.trim()) || (second && second.trim()) || '';
}

/** Picks `<field>Zh` / `<field>En` from a row. */
export function pick<T extends Record<string, unknown>>(row: T, field: string, locale: Locale | string): string {
  return localized(locale, row[`${field}Zh`] as string | undefined, row[`${field}En`] as string | undefined);
}
