import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { events, sentNotifications, submissions, teams } from '@/db/schema';
import { closeBoss } from '@/lib/mail/queue';
import { scanNotifications } from '@/lib/notifications/scan';
import { auditActions } from './helpers/teams-fixtures';
import { insertHackingTeam } from './helpers/domain-rows';

/*
 * The minute scan: deadline reminders 24 h and 1 h before each team's own deadline to teams without a
 * submitted project, and the results notice once results_published_at is reached; every notice exactly
 * once, even when several scans run at the same moment (several app instances).
 */
afterAll(async () => closeBoss());

const HOUR = 3600 * 1000;
type QueuedMail = { to: string; subject: string; text: string };
async function mailsTo(emails: string[]): Promise<QueuedMail[]> {
  const rows = await db.execute(sql`select data from pgboss.job where name = 'mail' and data->>'to' in ${emails} order by created_on`);
  return (rows as unknown as { data: QueuedMail }[]).map((r) => r.data);
}
const kindsOf = async (eventId: string) =>
  (await db.select({ kind: sentNotifications.kind }).from(sentNotifications).where(eq(sentNotifications.eventId, eventId))).map((r) => r.kind).sort();

describe('deadline reminders', () => {
  it('sends the 24 h reminder to every member of a team that has not submitted, once, in their language', async () => {
    const { event, team, members } = await insertHackingTeam({ size: 2, deadlineInMs: 20 * HOUR });
    await db.execute(sql`update users set preferred_locale = 'en' where id = ${members[1]!.id}`);
    await scanNotifications();
    await scanNotifications();
    const mails = await mailsTo(members.map((m) => m.email));
    expect(mails).toHaveLength(2);
    expect(mails.find((m) => m.to === members[1]!.email)?.subject).toBe('[Test event] Submission deadline in 24 hours');
    expect(mails.find((m) => m.to === members[1]!.email)?.text).toContain(`Your team ${team.name} has not submitted`);
    expect(mails.find((m) => m.to === members[1]!.email)?.text).toContain('(Asia/Taipei)');
    expect(mails.find((m) => m.to === members[0]!.email)?.subject).toBe('［測試活動］距離作品繳交截止還有 24 小時');
    expect(await kindsOf(event.id)).toEqual(['deadline_24h']);
    expect(await auditActions(event.id)).toContain('notification.deadline_24h');
  });

  it('within the last hour sends only the 1 h reminder; nothing before 24 h, after the deadline, or to a team that submitted', async () => {
    const lastHour = await insertHackingTeam({ deadlineInMs: 30 * 60 * 1000 });
    const early = await insertHackingTeam({ deadlineInMs: 30 * HOUR });
    const submitted = await insertHackingTeam({ deadlineInMs: 5 * HOUR });
    await db.insert(submissions).values({ teamId: submitted.team.id, eventId: submitted.event.id, slug: 'p', title: 'P', status: 'submitted', submittedAt: new Date() });
    const withdrawn = await insertHackingTeam({ deadlineInMs: 5 * HOUR });
    await db.update(teams).set({ status: 'withdrawn' }).where(eq(teams.id, withdrawn.team.id));
    await scanNotifications();
    expect(await kindsOf(lastHour.event.id)).toEqual(['deadline_1h']);
    expect((await mailsTo(lastHour.members.map((m) => m.email)))[0]?.subject).toBe('［測試活動］距離作品繳交截止只剩 1 小時');
    expect(await kindsOf(early.event.id)).toEqual([]);
    expect(await kindsOf(submitted.event.id)).toEqual([]);
    expect(await kindsOf(withdrawn.event.id)).toEqual([]);
  });

  it("follows the team's own extended deadline", async () => {
    const { event, team } = await insertHackingTeam({ deadlineInMs: 30 * 60 * 1000 });
    await db.update(teams).set({ deadlineExtendedUntil: new Date(Date.now() + 10 * HOUR) }).where(eq(teams.id, team.id));
    await scanNotifications();
    expect(await kindsOf(event.id)).toEqual(['deadline_24h']);
  });

  it('eight scans at once (several app instances) still notify each team once', async () => {
    const { event, members } = await insertHackingTeam({ size: 3, deadlineInMs: 10 * HOUR });
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => scanNotifications()));
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
    expect(await kindsOf(event.id)).toEqual(['deadline_24h']);
    expect(await mailsTo(members.map((m) => m.email))).toHaveLength(3);
  });
});

describe('results published', () => {
  it('tells each admitted participant once, when results_published_at is reached, not before', async () => {
    const { event, members } = await insertHackingTeam({ size: 2, deadlineInMs: 48 * HOUR });
    const emails = members.map((m) => m.email);
    for (const member of members) {
      await db.execute(sql`insert into registrations (event_id, user_id, status, display_name, consent_rules_at, consent_data_at)
        values (${event.id}, ${member.id}, 'admitted', 'Member', now(), now())`);
    }
    await db.update(events).set({ resultsPublishedAt: new Date(Date.now() + HOUR) }).where(eq(events.id, event.id));
    await scanNotifications();
    expect((await mailsTo(emails)).filter((m) => m.subject.includes('結果'))).toEqual([]);

    await db.update(events).set({ resultsPublishedAt: sql`now() - interval '1 minute'` }).where(eq(events.id, event.id));
    await Promise.all([scanNotifications(), scanNotifications()]);
    await scanNotifications();
    const notices = (await mailsTo(emails)).filter((m) => m.subject === '［測試活動］得獎結果已公布');
    expect(notices.map((m) => m.to).sort()).toEqual([...emails].sort());
    expect(await kindsOf(event.id)).toEqual(['results_published', 'results_published']);
  });

  it('does not announce results published more than a week ago', async () => {
    const { event, members } = await insertHackingTeam({ deadlineInMs: 48 * HOUR });
    await db.execute(sql`insert into registrations (event_id, user_id, status, display_name, consent_rules_at, consent_data_at)
      values (${event.id}, ${members[0]!.id}, 'admitted', 'Member', now(), now())`);
    await db.update(events).set({ resultsPublishedAt: sql`now() - interval '8 days'` }).where(eq(events.id, event.id));
    await scanNotifications();
    expect(await kindsOf(event.id)).toEqual([]);
  });
});
