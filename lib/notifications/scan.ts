import 'server-only';
import { sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { writeAudit } from '@/lib/audit';
import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import { appLink, reminderMail, resultsPublishedMail, zonedMoment, type ReminderKind } from '@/lib/mail/notification-templates';
import { enqueueMailIn } from '@/lib/mail/outbox';

/*
 * The automatic notices that depend on time rather than on someone's action. A pg-boss cron job runs this
 * scan every minute on every app instance. Each notice is claimed by inserting its sent_notifications row
 * (unique per event, kind and team or person) with ON CONFLICT DO NOTHING: only the instance whose insert
 * went in writes the mails, in the same transaction, so a notice goes out exactly once, and never for a
 * claim that rolled back.
 *
 * Windows, all on the database clock, against the team's own deadline (an organizer's extension counts):
 *   deadline_24h  from 24 h before the deadline until 1 h before it
 *   deadline_1h   from 1 h before the deadline until the deadline
 *   results_published  from events.results_published_at for a week (an old event's results are not news)
 * A team that has submitted, or that is rejected, withdrawn or disqualified, gets no reminder.
 */
type ReminderClaim = { event_id: string; team_id: string; team_name: string; slug: string; title_zh: string; title_en: string; time_zone: string; deadline: Date | string };
type Recipient = { email: string; locale: string };

const WINDOWS: Record<ReminderKind, { from: string; until: string }> = {
  deadline_24h: { from: '24 hours', until: '1 hour' },
  deadline_1h: { from: '1 hour', until: '0 seconds' },
};

const asLocale = (value: string): Locale => (value === 'en' ? 'en' : 'zh-TW');

async function claimReminders(tx: Tx, kind: ReminderKind): Promise<ReminderClaim[]> {
  const window = WINDOWS[kind];
  const rows = await tx.execute(sql`
    with due as (
      select t.id as team_id, t.event_id, t.name as team_name, e.slug, e.title_zh, e.title_en, e.time_zone,
             coalesce(t.deadline_extended_until, e.submission_deadline) as deadline
      from teams t
      join events e on e.id = t.event_id
      where e.is_published
        and t.status not in ('rejected', 'withdrawn', 'disqualified')
        and not exists (select 1 from submissions s where s.team_id = t.id and s.status = 'submitted')
        and statement_timestamp() >= coalesce(t.deadline_extended_until, e.submission_deadline) - ${window.from}::interval
        and statement_timestamp() < coalesce(t.deadline_extended_until, e.submission_deadline) - ${window.until}::interval
    ),
    claimed as (
      insert into sent_notifications (event_id, kind, subject_id)
      select event_id, ${kind}, team_id from due
      on conflict on constraint sent_notifications_once do nothing
      returning event_id, subject_id
    )
    select due.* from due join claimed on claimed.subject_id = due.team_id and claimed.event_id = due.event_id`);
  return rows as unknown as ReminderClaim[];
}

async function membersOf(tx: Tx, teamId: string): Promise<Recipient[]> {
  const rows = await tx.execute(sql`
    select u.email, u.preferred_locale as locale from team_members m join users u on u.id = m.user_id
    where m.team_id = ${teamId} and u.disabled_at is null`);
  return rows as unknown as Recipient[];
}

async function sendReminders(tx: Tx, kind: ReminderKind): Promise<number> {
  const claims = await claimReminders(tx, kind);
  for (const claim of claims) {
    const deadline = new Date(claim.deadline);
    const mails = await Promise.all(
      (await membersOf(tx, claim.team_id)).map(async (member) => {
        const locale = asLocale(member.locale);
        const content = await reminderMail(kind, locale, {
          event: localized(locale, claim.title_zh, claim.title_en),
          team: claim.team_name,
          deadline: zonedMoment(locale, deadline, claim.time_zone),
          link: appLink(`/${locale}/events/${claim.slug}/submission`),
        });
        return { to: member.email, ...content };
      }),
    );
    await enqueueMailIn(tx, mails);
    await writeAudit(tx, { actorId: null, eventId: claim.event_id, action: `notification.${kind}`, entityType: 'team', entityId: claim.team_id, data: { recipients: mails.length } });
  }
  return claims.length;
}

type ResultsClaim = { event_id: string; email: string; locale: string; slug: string; title_zh: string; title_en: string };

/** Everyone admitted to an event whose results are published (the people who took part). */
async function sendResultsNotices(tx: Tx): Promise<number> {
  const rows = (await tx.execute(sql`
    with due as (
      select r.event_id, r.user_id, u.email, u.preferred_locale as locale, e.slug, e.title_zh, e.title_en
      from registrations r
      join events e on e.id = r.event_id
      join users u on u.id = r.user_id
      where r.status = 'admitted' and u.disabled_at is null
        and e.results_published_at is not null
        and e.results_published_at <= statement_timestamp()
        and e.results_published_at > statement_timestamp() - interval '7 days'
    ),
    claimed as (
      insert into sent_notifications (event_id, kind, subject_id)
      select event_id, 'results_published', user_id from due
      on conflict on constraint sent_notifications_once do nothing
      returning event_id, subject_id
    )
    select due.* from due join claimed on claimed.subject_id = due.user_id and claimed.event_id = due.event_id`)) as unknown as ResultsClaim[];
  const mails = await Promise.all(
    rows.map(async (row) => {
      const locale = asLocale(row.locale);
      const content = await resultsPublishedMail(locale, { event: localized(locale, row.title_zh, row.title_en), link: appLink(`/${locale}/events/${row.slug}`) });
      return { to: row.email, ...content };
    }),
  );
  await enqueueMailIn(tx, mails);
  const perEvent = new Map<string, number>();
  for (const row of rows) perEvent.set(row.event_id, (perEvent.get(row.event_id) ?? 0) + 1);
  for (const [eventId, recipients] of perEvent) {
    await writeAudit(tx, { actorId: null, eventId, action: 'notification.results_published', entityType: 'event', entityId: eventId, data: { recipients } });
  }
  return rows.length;
}

/** One pass: claims and queues every notice due now. Returns how many teams / people were notified. */
export async function scanNotifications(): Promise<{ deadline_24h: number; deadline_1h: number; results_published: number }> {
  return db.transaction(async (tx) => ({
    deadline_24h: await sendReminders(tx, 'deadline_24h'),
    deadline_1h: await sendReminders(tx, 'deadline_1h'),
    results_published: await sendResultsNotices(tx),
  }));
}
