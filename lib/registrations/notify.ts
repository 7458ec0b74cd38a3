import 'server-only';
import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { users } from '@/db/schema';
import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import { enqueueMail } from '@/lib/mail/outbox';
import { admissionMail, registrationMail, type AdmissionMailKind, type RegistrationMailKind } from '@/lib/mail/registration-templates';

/*
 * Status notices are gathered inside the transaction (so recipients and wording match what was committed)
 * and sent only after the commit: a mail outage must never roll back an admission, and a rolled-back
 * decision must never have been announced.
 */
type EventNames = { slug: string; titleZh: string; titleEn: string };
export type PendingNotice =
  | { type: 'registration'; kind: RegistrationMailKind; to: string; locale: Locale; event: EventNames; position?: number }
  | {
      type: 'admission';
      kind: AdmissionMailKind;
      to: string;
      locale: Locale;
      event: EventNames;
      team: string;
      note?: string;
      interview?: { at: Date; location: string; timeZone: string };
    };

export type Recipient = { id: string; email: string; locale: Locale };

export async function loadRecipients(tx: DbOrTx, userIds: string[]): Promise<Recipient[]> {
  if (userIds.length === 0) return [];
  const rows = await tx.select({ id: users.id, email: users.email, locale: users.preferredLocale }).from(users).where(inArray(users.id, userIds));
  return rows.map((r) => ({ id: r.id, email: r.email, locale: r.locale === 'en' ? 'en' : 'zh-TW' }));
}

function interviewText(locale: Locale, interview: { at: Date; location: string; timeZone: string }): string {
  const when = new Intl.DateTimeFormat(locale, {
    timeZone: interview.timeZone,
    dateStyle: 'full',
    timeStyle: 'short',
    hourCycle: 'h23',
  }).format(interview.at);
  return `${when} (${interview.timeZone}) ${interview.location}`.trim();
}

/** Call only after the transaction committed. */
export async function sendNotices(notices: PendingNotice[]): Promise<void> {
  const base = (process.env.APP_URL ?? '').replace(/\/+$/, '');
  for (const notice of notices) {
    const event = localized(notice.locale, notice.event.titleZh, notice.event.titleEn);
    if (notice.type === 'registration') {
      const link = `${base}/${notice.locale}/events/${notice.event.slug}/register`;
      const content = await registrationMail(notice.kind, notice.locale, { event, link, position: notice.position });
      enqueueMail({ to: notice.to, ...content });
    } else {
      const link = `${base}/${notice.locale}/events/${notice.event.slug}/team`;
      const interview = notice.interview ? interviewText(notice.locale, notice.interview) : undefined;
      const content = await admissionMail(notice.kind, notice.locale, { event, link, team: notice.team, note: notice.note, interview });
      enqueueMail({ to: notice.to, ...content });
    }
  }
}
