/*
 * The teams of a submission rush: one published event in its hacking phase (started an hour ago, deadline
 * tomorrow, no required questions or checklist, so a draft with a title saves), and `count` participants,
 * each the captain and only member of an admitted team with no project yet. Set-up rows go in directly;
 * the saves under test go through the app over HTTP. Each participant carries a session cookie the app
 * accepts (Auth.js's own JWT encoding with the server's AUTH_SECRET), so no sign-in form is involved.
 */
import { randomUUID } from 'node:crypto';
import type postgres from 'postgres';
import { sessionCookieFor } from '../../../bench/lib/session-cookie';

export type RushMember = { index: number; userId: string; teamId: string; cookie: string };
export type RushFixture = { slug: string; eventId: string; members: RushMember[] };

export async function createRushFixture(sql: postgres.Sql, count: number, authSecret: string): Promise<RushFixture> {
  const slug = `fault-rush-${randomUUID().slice(0, 8)}`;
  const [event] = await sql<{ id: string }[]>`
    insert into events (slug, title_zh, title_en, is_published, registration_opens_at, registration_closes_at,
      hacking_starts_at, submission_deadline, judging_ends_at, team_size_min)
    values (${slug}, '故障演練黑客松', 'Fault drill hackathon', true, now() - interval '10 days', now() - interval '2 days',
      now() - interval '1 hour', now() + interval '1 day', now() + interval '7 days', 1)
    returning id`;
  const eventId = event!.id;
  const members: RushMember[] = [];
  for (let index = 0; index < count; index++) {
    const [user] = await sql<{ id: string }[]>`
      insert into users (email, name) values (${`rush-${index}-${slug}@example.test`}, ${`Rush member ${index}`}) returning id`;
    const [team] = await sql<{ id: string }[]>`
      insert into teams (event_id, captain_id, name, invite_code, status)
      values (${eventId}, ${user!.id}, ${`Rush team ${index}`}, ${`${slug}-${index}`}, 'admitted') returning id`;
    await sql`insert into team_members (team_id, event_id, user_id) values (${team!.id}, ${eventId}, ${user!.id})`;
    members.push({ index, userId: user!.id, teamId: team!.id, cookie: await sessionCookieFor(user!.id, { secret: authSecret, sql }) });
  }
  return { slug, eventId, members };
}
