import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { announcements, eventRoles, submissions } from '@/db/schema';
import { createAnnouncement, deleteAnnouncement, listAnnouncements, updateAnnouncement } from '@/lib/announcements/manage';
import { announcementsFor, dashboardAnnouncements, publicAnnouncements } from '@/lib/announcements/queries';
import { closeBoss } from '@/lib/mail/queue';
import { addMember, insertTeam, insertUser } from './helpers/domain-rows';
import { actorOf, auditActions, expectOk, participant, refusal, teamEvent } from './helpers/teams-fixtures';

/*
 * Announcements against the real database: only the event's organizers write them; publishing queues one
 * e-mail per member of the chosen audience, in their language, in the publishing transaction; edits are
 * version-checked and never e-mail again; readers see only the audiences they belong to.
 */
afterAll(async () => closeBoss());

type QueuedMail = { to: string; subject: string; text: string };
async function queuedMails(to: string[]): Promise<QueuedMail[]> {
  const rows = await db.execute(sql`select data from pgboss.job where name = 'mail' and data->>'to' in ${to} order by created_on`);
  return (rows as unknown as { data: QueuedMail }[]).map((r) => r.data);
}

async function organizedEvent() {
  const event = await teamEvent();
  const organizer = actorOf(await insertUser({ name: 'Organizer' }));
  await db.insert(eventRoles).values({ eventId: event.id, userId: organizer.userId, role: 'organizer' });
  return { event, organizer };
}

const draft = { titleZh: '場地異動', titleEn: 'Venue change', bodyZh: '改到 **二樓**。', bodyEn: 'Now on the **second floor**.', audience: 'participants' };

describe('createAnnouncement', () => {
  it('publishes to admitted participants only, one mail each in their language, with an audit row', async () => {
    const { event, organizer } = await organizedEvent();
    const zh = await participant(event.id);
    const en = await participant(event.id);
    await db.execute(sql`update users set preferred_locale = 'en' where id = ${en.userId}`);
    const waitlisted = await participant(event.id, { status: 'waitlisted' });
    const outsider = actorOf(await insertUser());

    const created = expectOk(await createAnnouncement(organizer, event.id, { ...draft, publish: 'on' }));
    expect(created.mailed).toBe(2);
    const mails = await queuedMails([zh.email, en.email, waitlisted.email, outsider.email]);
    expect(mails.map((m) => m.to).sort()).toEqual([zh.email, en.email].sort());
    expect(mails.find((m) => m.to === en.email)).toMatchObject({ subject: '[Test event] Venue change' });
    expect(mails.find((m) => m.to === en.email)?.text).toContain('Now on the **second floor**.');
    expect(mails.find((m) => m.to === zh.email)?.subject).toBe('［測試活動］場地異動');
    expect(await auditActions(event.id)).toContain('announcement.published');

    // The participants see it; the waitlisted person and an outsider do not; it is not public.
    expect((await announcementsFor(zh, event.id)).map((a) => a.id)).toEqual([created.id]);
    expect(await announcementsFor(waitlisted, event.id)).toEqual([]);
    expect(await announcementsFor(outsider, event.id)).toEqual([]);
    expect(await publicAnnouncements(event.id)).toEqual([]);
    expect((await dashboardAnnouncements(en)).map((a) => a.id)).toEqual([created.id]);
  });

  it('a draft is neither shown nor mailed; a public one is shown on the event page to anyone', async () => {
    const { event, organizer } = await organizedEvent();
    const member = await participant(event.id);
    const kept = expectOk(await createAnnouncement(organizer, event.id, { ...draft, audience: 'public' }));
    expect(kept.mailed).toBe(0);
    expect(await announcementsFor(member, event.id)).toEqual([]);
    expect(await queuedMails([member.email])).toEqual([]);
    const shown = expectOk(await createAnnouncement(organizer, event.id, { ...draft, audience: 'public', publish: 'on' }));
    expect((await publicAnnouncements(event.id)).map((a) => a.id)).toEqual([shown.id]);
    expect((await announcementsFor(null, event.id)).map((a) => a.id)).toEqual([shown.id]);
    expect((await queuedMails([member.email])).length).toBe(1);
  });

  it('mails teams without a submitted project, and judges, only their own announcements', async () => {
    const { event, organizer } = await organizedEvent();
    const late = await participant(event.id);
    const done = await participant(event.id);
    const lateTeam = await insertTeam(event.id, late.userId);
    await addMember(lateTeam, late.userId);
    const doneTeam = await insertTeam(event.id, done.userId);
    await addMember(doneTeam, done.userId);
    await db.insert(submissions).values({ teamId: doneTeam.id, eventId: event.id, slug: 'done-project', title: 'Done', status: 'submitted', submittedAt: new Date() });
    const judge = actorOf(await insertUser());
    const revoked = actorOf(await insertUser());
    await db.insert(eventRoles).values([
      { eventId: event.id, userId: judge.userId, role: 'judge' },
      { eventId: event.id, userId: revoked.userId, role: 'judge', revokedAt: new Date() },
    ]);

    const nudge = expectOk(await createAnnouncement(organizer, event.id, { ...draft, audience: 'no_submission', publish: 'on' }));
    const briefing = expectOk(await createAnnouncement(organizer, event.id, { ...draft, audience: 'judges', publish: 'on' }));
    expect((await queuedMails([late.email, done.email, judge.email, revoked.email])).map((m) => m.to).sort()).toEqual([judge.email, late.email].sort());
    expect((await announcementsFor(late, event.id)).map((a) => a.id)).toEqual([nudge.id]);
    expect(await announcementsFor(done, event.id)).toEqual([]);
    expect((await announcementsFor(judge, event.id)).map((a) => a.id)).toEqual([briefing.id]);
    expect(await announcementsFor(revoked, event.id)).toEqual([]);
  });

  // The event is published, so its existence is no secret: the setup guard answers "forbidden" (a draft's: "not found").
  it('refuses a participant or another event\'s organizer, and bad input beside each field', async () => {
    const { event, organizer } = await organizedEvent();
    const member = await participant(event.id);
    const other = await organizedEvent();
    expect(refusal(await createAnnouncement(member, event.id, { ...draft, publish: 'on' }))?.code).toBe('forbidden');
    expect(refusal(await createAnnouncement(other.organizer, event.id, draft))?.code).toBe('forbidden');
    expect(refusal(await createAnnouncement(null, event.id, draft))?.code).toBe('unauthenticated');
    expect(refusal(await listAnnouncements(member, event.slug))?.code).toBe('forbidden');
    await db.execute(sql`update events set is_published = false where id = ${event.id}`);
    expect(refusal(await listAnnouncements(member, event.slug))?.code).toBe('not_found');
    await db.execute(sql`update events set is_published = true where id = ${event.id}`);
    expect(await queuedMails([member.email])).toEqual([]);
    expect(refusal(await createAnnouncement(organizer, event.id, { titleZh: ' ', titleEn: '', bodyEn: 'x'.repeat(20001), audience: 'everyone' }))).toEqual({
      code: 'validation',
      fieldErrors: {
        titleZh: ['announcements.errors.titleRequired'],
        bodyEn: ['announcements.errors.bodyTooLong'],
        audience: ['announcements.errors.audienceInvalid'],
      },
    });
    expect(await db.select().from(announcements).where(eq(announcements.eventId, event.id))).toEqual([]);
  });
});

describe('updateAnnouncement and deleteAnnouncement', () => {
  it('publishing a draft mails once; a later edit changes the text but mails nobody again', async () => {
    const { event, organizer } = await organizedEvent();
    const member = await participant(event.id);
    const { id } = expectOk(await createAnnouncement(organizer, event.id, draft));
    expect(expectOk(await updateAnnouncement(organizer, id, { ...draft, publish: 'on', version: '1' })).mailed).toBe(1);
    expect(expectOk(await updateAnnouncement(organizer, id, { ...draft, titleEn: 'Venue change (updated)', publish: 'on', version: '2' })).mailed).toBe(0);
    expect(await queuedMails([member.email])).toHaveLength(1);
    const [row] = await db.select().from(announcements).where(eq(announcements.id, id));
    expect(row).toMatchObject({ titleEn: 'Venue change (updated)', version: 3 });
    expect(await auditActions(event.id)).toEqual(expect.arrayContaining(['announcement.created', 'announcement.published', 'announcement.updated']));
  });

  it('a stale version is refused and changes nothing; of two simultaneous saves exactly one lands', async () => {
    const { event, organizer } = await organizedEvent();
    const { id } = expectOk(await createAnnouncement(organizer, event.id, draft));
    const both = await Promise.all([
      updateAnnouncement(organizer, id, { ...draft, titleEn: 'First', version: '1' }),
      updateAnnouncement(organizer, id, { ...draft, titleEn: 'Second', version: '1' }),
    ]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(both.find((r) => !r.ok)).toEqual({ ok: false, error: { code: 'stale_version', fieldErrors: { form: ['announcements.errors.stale'] } } });
    const [row] = await db.select().from(announcements).where(eq(announcements.id, id));
    expect(row?.version).toBe(2);
  });

  it('deletes with an audit row; another organizer cannot delete it', async () => {
    const { event, organizer } = await organizedEvent();
    const other = await organizedEvent();
    const { id } = expectOk(await createAnnouncement(organizer, event.id, { ...draft, audience: 'public', publish: 'on' }));
    expect(refusal(await deleteAnnouncement(other.organizer, id))?.code).toBe('forbidden');
    expect(refusal(await deleteAnnouncement(organizer, 'not-a-uuid'))?.code).toBe('not_found');
    expectOk(await deleteAnnouncement(organizer, id));
    expect(await publicAnnouncements(event.id)).toEqual([]);
    expect(await auditActions(event.id)).toContain('announcement.deleted');
  });
});
