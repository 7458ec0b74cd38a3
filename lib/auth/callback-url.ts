import { defaultLocale, locales, type Locale } from '@/lib/i18n/routing';

/**
 * Where to go after signing in. Only a path on this site is accepted: "//evil.example" or
 * "/\evil.example" would be read by browsers as another host (an open redirect handing people to a fake
 * login page). Anything else falls back to the locale's home page.
 */
export function safeCallbackUrl(value: unknown, locale: Locale): string {
  const fallback = `/${locale}`;
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if (/[\u0000-\u001f\\]/.test(value)) return fallback;
  return value;
}

/** The locale a form was submitted in (a hidden field), or the default for anything unexpected. */
export function localeOf(value: unknown): Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value) ? (value as Locale) : defaultLocale;
}

/** The sign-in page, coming back to `returnTo` afterwards. */
export function signInPath(locale: Locale, returnTo?: string): string {
  const base = `/${locale}/sign-in`;
  return returnTo ? `${base}?${new URLSearchParams({ callbackUrl: returnTo })}` : base;
}
