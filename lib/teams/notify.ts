import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { registrations, users } from '@/db/schema';
import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import { enqueueMail } from '@/lib/mail/outbox';
import { teamFinderMail, type TeamMailKind } from '@/lib/mail/team-templates';
import type { LockedEvent, LockedTeam } from './context';

/*
 * Team-finder e-mail. The recipient and the wording are gathered inside the transaction (so they match
 * what was committed) and sent after the commit: a mail outage must never roll back a join.
 */
export type PendingMail = { kind: TeamMailKind; to: string; locale: Locale; values: { team: string; person: string; eventZh: string; eventEn: string; slug: string; message: string } };

export async function personName(tx: Tx, eventId: string, userId: string): Promise<string> {
  const [row] = await tx
    .select({ displayName: registrations.displayName, name: users.name })
    .from(users)
    .leftJoin(registrations, and(eq(registrations.userId, users.id), eq(registrations.eventId, eventId)))
    .where(eq(users.id, userId));
  return row?.displayName || row?.name || '';
}

export async function prepareMail(
  tx: Tx,
  kind: TeamMailKind,
  recipientId: string,
  context: { event: LockedEvent; team: LockedTeam; personId: string; message?: string },
): Promise<PendingMail | null> {
  const [recipient] = await tx.select({ email: users.email, locale: users.preferredLocale }).from(users).where(eq(users.id, recipientId));
  if (!recipient) return null;
  return {
    kind,
    to: recipient.email,
    locale: recipient.locale === 'en' ? 'en' : 'zh-TW',
    values: {
      team: context.team.name,
      person: await personName(tx, context.event.id, context.personId),
      eventZh: context.event.titleZh,
      eventEn: context.event.titleEn,
      slug: context.event.slug,
      message: context.message ?? '',
    },
  };
}

/** Call only after the transaction committed. */
export async function sendTeamMail(mail: PendingMail | null): Promise<void> {
  if (!mail) return;
  const base = (process.env.APP_URL ?? '').replace(/\/+$/, '');
  const { eventZh, eventEn, slug, ...values } = mail.values;
  const content = await teamFinderMail(mail.kind, mail.locale, {
    ...values,
    event: localized(mail.locale, eventZh, eventEn),
    link: `${base}/${mail.locale}/events/${slug}/team`,
  });
  enqueueMail({ to: mail.to, ...content });
}
