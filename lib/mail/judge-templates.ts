import 'server-only';
import { createTranslator } from 'next-intl';
import { loadMessages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';

/*
 * The judge invitation, from the same catalogs as the pages. The invitee may have no account yet, so the
 * mail is bilingual: zh-TW first (the event's language), English after, one message either can read.
 */
async function mailTranslator(locale: Locale) {
  const messages = await loadMessages(locale);
  return createTranslator({ locale, messages }) as unknown as (key: string, values?: Record<string, string | number>) => string;
}

export type JudgeInvitationValues = { event: { 'zh-TW': string; en: string }; role: 'judge' | 'topic_owner'; links: { 'zh-TW': string; en: string }; expires: string };

export async function judgeInvitationMail(values: JudgeInvitationValues): Promise<{ subject: string; text: string }> {
  const [zh, en] = await Promise.all([mailTranslator('zh-TW'), mailTranslator('en')]);
  const part = (t: typeof zh, locale: Locale) =>
    t(`judgingSetup.mail.${values.role}.text`, { event: values.event[locale], link: values.links[locale], expires: values.expires });
  return {
    subject: `${zh(`judgingSetup.mail.${values.role}.subject`, { event: values.event['zh-TW'] })} / ${en(`judgingSetup.mail.${values.role}.subject`, { event: values.event.en })}`,
    text: `${part(zh, 'zh-TW')}\n\n---\n\n${part(en, 'en')}`,
  };
}
