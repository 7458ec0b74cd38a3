import 'server-only';
import { createTranslator } from 'next-intl';
import { loadMessages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';

/*
 * Team-finder notifications, in the recipient's language, from the same catalogs as the pages. Mail is
 * composed outside any request, so it builds its own translator instead of using getTranslations().
 */
async function mailTranslator(locale: Locale) {
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages });
  return t as unknown as (key: string, values?: Record<string, string | number>) => string;
}

export type TeamMailKind = 'requestReceived' | 'invitationReceived' | 'requestAccepted' | 'requestDeclined' | 'invitationAccepted' | 'invitationDeclined';

export type TeamMailValues = { team: string; person: string; event: string; message: string; link: string };

export async function teamFinderMail(kind: TeamMailKind, locale: Locale, values: TeamMailValues): Promise<{ subject: string; text: string }> {
  const t = await mailTranslator(locale);
  const message = values.message ? t('teams.mail.messageQuote', { message: values.message }) : '';
  return {
    subject: t(`teams.mail.${kind}.subject`, { team: values.team, person: values.person }),
    text: t(`teams.mail.${kind}.text`, { ...values, message }),
  };
}
