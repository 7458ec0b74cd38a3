import 'server-only';
import { createTranslator } from 'next-intl';
import { loadMessages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';

/*
 * Mail is written in the recipient's preferred language, from the same catalogs as the pages. It is
 * composed outside any request, so it builds its own translator instead of using getTranslations().
 */
async function mailTranslator(locale: Locale) {
  const messages = await loadMessages(locale);
  // Keys are checked by the tests (catalog parity, mail content), not by the type system: the catalogs
  // are JSON loaded at run time.
  const t = createTranslator({ locale, messages });
  return t as unknown as (key: string, values?: Record<string, string | number>) => string;
}

export async function passwordResetMail(locale: Locale, link: string): Promise<{ subject: string; text: string }> {
  const t = await mailTranslator(locale);
  return {
    subject: t('auth.mail.passwordReset.subject'),
    text: t('auth.mail.passwordReset.text', { link, hours: 1 }),
  };
}
