import 'server-only';
import { createTranslator } from 'next-intl';
import { loadMessages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';

/*
 * Registration and admission notices, in the recipient's language, from the same catalogs as the pages.
 * Mail is composed outside any request, so it builds its own translator instead of using getTranslations().
 * Keys are checked by the catalog-parity test and by the integration tests that read the sent mail.
 */
async function mailTranslator(locale: Locale) {
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages });
  return t as unknown as (key: string, values?: Record<string, string | number>) => string;
}

/** What a person's registration became: one notice per status a registration can move to. */
export type RegistrationMailKind = 'admitted' | 'pending' | 'waitlisted' | 'withdrawn' | 'promoted' | 'reserve' | 'rejected';
/** What happened to a team in reviewed admission, told to each member. */
export type AdmissionMailKind = 'applied' | 'document_passed' | 'interview' | 'admitted' | 'reserve' | 'rejected' | 'withdrawn' | 'promoted' | 'no_show';

export type MailValues = { event: string; link: string; team?: string; position?: number; note?: string; interview?: string };

export async function registrationMail(kind: RegistrationMailKind, locale: Locale, values: MailValues) {
  const t = await mailTranslator(locale);
  return {
    subject: t(`registration.mail.${kind}.subject`, { event: values.event }),
    text: t(`registration.mail.${kind}.text`, { event: values.event, link: values.link, position: values.position ?? 0 }),
  };
}

export async function admissionMail(kind: AdmissionMailKind, locale: Locale, values: MailValues) {
  const t = await mailTranslator(locale);
  const note = values.note ? t('admission.mail.noteQuote', { note: values.note }) : '';
  const common = { event: values.event, team: values.team ?? '', link: values.link, note, interview: values.interview ?? '' };
  return { subject: t(`admission.mail.${kind}.subject`, common), text: t(`admission.mail.${kind}.text`, common) };
}
