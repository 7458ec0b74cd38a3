import 'server-only';
import { createTranslator } from 'next-intl';
import { loadMessages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';

/*
 * Announcement e-mails and the automatic notices (deadline reminders, results published), in the
 * recipient's language, from the `announcements` catalog. Mail is composed outside any request, so it
 * builds its own translator; keys are checked by the catalog-parity test and the tests that read the mail.
 */
async function mailTranslator(locale: Locale) {
  const messages = await loadMessages(locale);
  return createTranslator({ locale, messages }) as unknown as (key: string, values?: Record<string, string | number>) => string;
}

export type MailContent = { subject: string; text: string };

export async function announcementMail(locale: Locale, values: { event: string; title: string; body: string; link: string }): Promise<MailContent> {
  const t = await mailTranslator(locale);
  return { subject: t('announcements.mail.announcement.subject', values), text: t('announcements.mail.announcement.text', values) };
}

export type ReminderKind = 'deadline_24h' | 'deadline_1h';

export async function reminderMail(kind: ReminderKind, locale: Locale, values: { event: string; team: string; deadline: string; link: string }): Promise<MailContent> {
  const t = await mailTranslator(locale);
  return { subject: t(`announcements.mail.${kind}.subject`, values), text: t(`announcements.mail.${kind}.text`, values) };
}

export async function resultsPublishedMail(locale: Locale, values: { event: string; link: string }): Promise<MailContent> {
  const t = await mailTranslator(locale);
  return { subject: t('announcements.mail.results_published.subject', values), text: t('announcements.mail.results_published.text', values) };
}

/** A moment written for a reader of `locale` in the event's zone, the zone named so nobody guesses. */
export function zonedMoment(locale: Locale, at: Date, timeZone: string): string {
  const when = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'full', timeStyle: 'short', hourCycle: 'h23' }).format(at);
  return `${when} (${timeZone})`;
}

/** Absolute links when APP_URL is set (production); path-only otherwise, as the other notices do. */
export function appLink(path: string): string {
  return `${(process.env.APP_URL ?? '').replace(/\/+$/, '')}${path}`;
}
