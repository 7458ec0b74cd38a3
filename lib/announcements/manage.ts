import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { announcements } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit';
import { isUuid, parseOrFail, requireManagedEvent } from '@/lib/events/setup-access';
import { localized } from '@/lib/i18n/localized';
import { announcementMail, appLink } from '@/lib/mail/notification-templates';
import { enqueueMailIn } from '@/lib/mail/outbox';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { announcementSchema, announcementVersionSchema, type AnnouncementInput } from '@/lib/validation/announcements';
import { audienceRecipients } from './audience';

/*
 * Organizers write announcements per event. Each mutation checks the organizer first (requireManagedEvent:
 * anyone else gets "not found"), runs one transaction with its audit row, and, when an announcement is
 * published for the first time, queues one e-mail per recipient IN THAT SAME TRANSACTION: the mails exist
 * exactly when the publication committed. `published_at` is set once, by the database clock, and is what
 * says "already e-mailed": later edits change the text on the site but never e-mail again.
 */
export async function listAnnouncements(actor: Actor | null, slug: string) {
  return runDomain(async () => {
    const event = await requireManagedEvent(actor, { slug });
    const rows = await db.select().from(announcements).where(eq(announcements.eventId, event.id)).orderBy(desc(announcements.createdAt));
    return { event, announcements: rows };
  });
}

type EventNames = { id: string; slug: string; titleZh: string; titleEn: string };

async function mailAudience(tx: Tx, event: EventNames, row: typeof announcements.$inferSelect): Promise<number> {
  const recipients = await audienceRecipients(tx, event.id, row.audience);
  const mails = await Promise.all(
    recipients.map(async (recipient) => {
      const locale = recipient.locale === 'en' ? 'en' : 'zh-TW';
      const content = await announcementMail(locale, {
        event: localized(locale, event.titleZh, event.titleEn),
        title: localized(locale, row.titleZh, row.titleEn),
        body: localized(locale, row.bodyZh, row.bodyEn),
        link: appLink(`/${locale}/events/${event.slug}`),
      });
      return { to: recipient.email, ...content };
    }),
  );
  await enqueueMailIn(tx, mails);
  return mails.length;
}

function contentOf(input: AnnouncementInput) {
  const { titleZh, titleEn, bodyZh, bodyEn, audience } = input;
  return { titleZh, titleEn, bodyZh, bodyEn, audience };
}

export async function createAnnouncement(actor: Actor | null, eventId: string, input: Record<string, unknown>): Promise<Result<{ id: string; mailed: number }>> {
  return runDomain(() =>
    db.transaction(async (tx) => {
      const event = await requireManagedEvent(actor, { id: eventId }, tx);
      const data = parseOrFail(announcementSchema, input);
      const [row] = await tx
        .insert(announcements)
        .values({ ...contentOf(data), eventId: event.id, createdBy: actor!.userId, publishedAt: data.publish ? sql`statement_timestamp()` : null })
        .returning();
      const mailed = data.publish ? await mailAudience(tx, event, row!) : 0;
      await writeAudit(tx, {
        actorId: actor!.userId,
        eventId: event.id,
        action: data.publish ? 'announcement.published' : 'announcement.created',
        entityType: 'announcement',
        entityId: row!.id,
        data: { ...contentOf(data), mailed },
      });
      return { id: row!.id, mailed };
    }),
  );
}

async function managedAnnouncement(tx: Tx, actor: Actor | null, id: unknown) {
  if (!isUuid(id)) throw new DomainFailure('not_found');
  const [row] = await tx.select().from(announcements).where(eq(announcements.id, id)).limit(1);
  if (!row) throw new DomainFailure('not_found');
  const event = await requireManagedEvent(actor, { id: row.eventId }, tx);
  return { row, event };
}

/** Saves an edit; with "publish" ticked on a draft it is published and e-mailed now. A stale version is refused. */
export async function updateAnnouncement(actor: Actor | null, id: unknown, input: Record<string, unknown>): Promise<Result<{ id: string; mailed: number }>> {
  return runDomain(() =>
    db.transaction(async (tx) => {
      const { row: before, event } = await managedAnnouncement(tx, actor, id);
      const data = parseOrFail(announcementSchema, input);
      const { version } = parseOrFail(announcementVersionSchema, input);
      const publishNow = data.publish && before.publishedAt === null;
      const [after] = await tx
        .update(announcements)
        .set({
          ...contentOf(data),
          // Set once: a published announcement stays published (delete it to take it down).
          publishedAt: publishNow ? sql`statement_timestamp()` : before.publishedAt,
          version: sql`${announcements.version} + 1`,
          updatedAt: sql`statement_timestamp()`,
        })
        .where(and(eq(announcements.id, before.id), eq(announcements.version, version)))
        .returning();
      if (!after) throw new DomainFailure('stale_version', { form: ['announcements.errors.stale'] });
      const mailed = publishNow ? await mailAudience(tx, event, after) : 0;
      await writeAudit(tx, {
        actorId: actor!.userId,
        eventId: event.id,
        action: publishNow ? 'announcement.published' : 'announcement.updated',
        entityType: 'announcement',
        entityId: after.id,
        data: { before: contentOf({ ...before, publish: false }), after: contentOf(data), mailed },
      });
      return { id: after.id, mailed };
    }),
  );
}

export async function deleteAnnouncement(actor: Actor | null, id: unknown): Promise<Result<{ id: string }>> {
  return runDomain(() =>
    db.transaction(async (tx) => {
      const { row, event } = await managedAnnouncement(tx, actor, id);
      await tx.delete(announcements).where(eq(announcements.id, row.id));
      await writeAudit(tx, { actorId: actor!.userId, eventId: event.id, action: 'announcement.deleted', entityType: 'announcement', entityId: row.id, data: { before: row } });
      return { id: row.id };
    }),
  );
}
