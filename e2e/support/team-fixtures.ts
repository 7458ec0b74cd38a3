import { randomUUID } from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import { createUser, e2eDatabase, signIn, type FixtureUser } from './users';

/*
 * The team specs' own event (registration open, deadline a week ahead, teams of 2 to 4) and people
 * registered in it by inserting their rows: the registration journey has its own spec.
 */
export async function teamsEvent(prefix: string): Promise<{ slug: string; eventId: string }> {
  const sql = e2eDatabase();
  const slug = `${prefix}-${randomUUID().slice(0, 8)}`;
  const [event] = await sql<{ id: string }[]>`
    insert into events (slug, title_zh, title_en, is_published, registration_opens_at, registration_closes_at,
      hacking_starts_at, submission_deadline, judging_ends_at, team_size_min, team_size_max)
    values (${slug}, '組隊測試黑客松', 'Team test hackathon', true, now() - interval '1 day', now() + interval '5 days',
      now() + interval '6 days', now() + interval '7 days', now() + interval '14 days', 2, 4)
    returning id`;
  return { slug, eventId: event!.id };
}

export async function registeredUser(eventId: string, name: string): Promise<FixtureUser> {
  const user = await createUser(name);
  await e2eDatabase()`insert into registrations (event_id, user_id, status, display_name, skills, consent_rules_at, consent_data_at)
    values (${eventId}, ${user.id}, 'admitted', ${name}, ${['TypeScript', 'Figma']}, now(), now())`;
  return user;
}

export async function signedInPage(browser: Browser, user: FixtureUser, locale: 'en' | 'zh-TW'): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, user, locale);
  return page;
}
