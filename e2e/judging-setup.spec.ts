import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { E2E_ENV } from './support/env';
import { createUser, e2eDatabase, signIn, type FixtureUser } from './support/users';

/*
 * The organizer's judging set-up, as people do it: invite a judge by e-mail, the judge accepts from the
 * link and declares a conflict, the organizer writes the rubric (the sum check shows beside the total),
 * opens the round and runs the assignment, which keeps the conflicted judge off that team. Each run makes
 * its own event, teams and people, so the spec runs beside the others.
 */
async function judgingEvent() {
  const sql = e2eDatabase();
  const slug = `judging-setup-${randomUUID().slice(0, 8)}`;
  const [event] = await sql<{ id: string }[]>`
    insert into events (slug, title_zh, title_en, is_published, registration_opens_at, registration_closes_at,
      hacking_starts_at, submission_deadline, judging_ends_at)
    values (${slug}, '評審設定測試', 'Judging set-up test', true, now() - interval '10 days', now() - interval '5 days',
      now() - interval '1 day', now() + interval '7 days', now() + interval '14 days')
    returning id`;
  const eventId = event!.id;
  const organizer = await createUser('Olivia Organizer');
  const judges = [await createUser('Jamie Judge'), await createUser('Kai Judge')];
  await sql`insert into event_roles (event_id, user_id, role) values (${eventId}, ${organizer.id}, 'organizer')`;
  for (const judge of judges) await sql`insert into event_roles (event_id, user_id, role) values (${eventId}, ${judge.id}, 'judge')`;
  const teams: string[] = [];
  for (const name of ['Alpha', 'Beta', 'Gamma']) {
    const member = await createUser(`${name} captain`);
    const [team] = await sql<{ id: string }[]>`
      insert into teams (event_id, captain_id, name, invite_code, status) values (${eventId}, ${member.id}, ${`Team ${name}`}, ${randomUUID().slice(0, 8)}, 'admitted') returning id`;
    await sql`insert into team_members (team_id, event_id, user_id) values (${team!.id}, ${eventId}, ${member.id})`;
    await sql`insert into submissions (team_id, event_id, slug, title, status, submitted_at)
      values (${team!.id}, ${eventId}, ${`${name.toLowerCase()}-${randomUUID().slice(0, 6)}`}, ${`Project ${name}`}, 'submitted', now())`;
    teams.push(team!.id);
  }
  const [round] = await sql<{ id: string }[]>`
    insert into judging_rounds (event_id, kind, name_zh, name_en, position, assignment_mode, judges_per_project, assignment_seed)
    values (${eventId}, 'preliminary', '初賽', 'Preliminary', 1, 'k_judges', 2, 42) returning id`;
  return { slug, eventId, organizer, roundId: round!.id };
}

/** The invitation link (English) in the newest mail to `address`, or null while none has arrived. */
async function invitationLink(address: string): Promise<string | null> {
  const files = (await readdir(E2E_ENV.MAIL_DIR).catch(() => [] as string[])).filter((f) => f.endsWith('.json')).sort().reverse();
  for (const file of files) {
    const mail = JSON.parse(await readFile(path.join(E2E_ENV.MAIL_DIR, file), 'utf8')) as { to: string; text: string };
    if (mail.to === address) return mail.text.match(/https?:\/\/\S+\/en\/judge\/invitations\/[\w-]+/)?.[0] ?? null;
  }
  return null;
}

async function newPage(page: Page, user: FixtureUser, locale: 'en' | 'zh-TW' = 'en') {
  const context = await page.context().browser()!.newContext();
  const other = await context.newPage();
  await signIn(other, user, locale);
  return other;
}

test('organizer invites a judge, the judge accepts and declares a conflict, the organizer writes the rubric, opens the round and assigns', async ({ page }) => {
  test.setTimeout(120_000);
  const { slug, organizer } = await judgingEvent();
  const invitee = await createUser('Ivy Invitee');

  // The organizer invites by e-mail.
  await signIn(page, organizer);
  await page.goto(`/en/admin/events/${slug}/judging/judges`);
  await expect(page.getByRole('heading', { level: 1, name: 'Judges' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('E-mail address', { exact: true }).fill(invitee.email);
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Invitation sent.');
  await expect(page.getByRole('table', { name: 'Invitations' })).toContainText(invitee.email);

  // The judge follows the link, signs in, accepts, and declares a conflict with Team Alpha.
  await expect.poll(() => invitationLink(invitee.email), { timeout: 10_000 }).not.toBeNull();
  const judgePage = await newPage(page, invitee);
  await judgePage.goto((await invitationLink(invitee.email))!);
  await expect(judgePage.getByRole('heading', { level: 1, name: 'Judging invitation' })).toBeVisible();
  await expectAccessible(judgePage);
  await judgePage.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(judgePage.getByRole('heading', { level: 1, name: 'My conflicts of interest' })).toBeVisible();
  await expect(judgePage.getByRole('status')).toContainText('Welcome aboard');
  await expectAccessible(judgePage);
  await judgePage.getByLabel('Team', { exact: true }).selectOption({ label: 'Team Alpha' });
  await judgePage.getByLabel('Reason', { exact: true }).fill('I mentor this team');
  await judgePage.getByRole('button', { name: 'Declare conflict' }).click();
  await expect(judgePage.getByRole('main').getByRole('status').filter({ hasText: 'Conflict declared.' })).toBeVisible();
  await expect(judgePage.getByRole('table', { name: 'Declared and automatic conflicts' })).toContainText('Team Alpha');
  // The link is spent.
  await judgePage.goto((await invitationLink(invitee.email))!);
  await expect(judgePage.getByRole('main').getByRole('alert')).toHaveText('This invitation has already been used.');

  // The organizer writes the rubric: 60 + 30 is refused beside the total, 60 + 40 is saved.
  await page.goto(`/en/admin/events/${slug}/judging/rounds`);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Edit the rubric of Preliminary' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rubric: Preliminary' })).toBeVisible();
  const first = page.getByRole('group', { name: 'Criterion 1' });
  await first.getByLabel('Name (English)').fill('Service application');
  await first.getByLabel('Points').fill('60');
  await page.getByRole('button', { name: 'Add a criterion' }).click();
  const second = page.getByRole('group', { name: 'Criterion 2' });
  await second.getByLabel('Name (English)').fill('Technical completeness');
  await second.getByLabel('Points').fill('30');
  await page.getByRole('button', { name: 'Save rubric' }).click();
  await expect(page.locator('#field-total-error')).toHaveText('The criteria (without the bonus) add up to 90 points; they must add up to 100.');
  await expect(second.getByLabel('Name (English)')).toHaveValue('Technical completeness');
  await expectAccessible(page);
  await second.getByLabel('Points').fill('40');
  await expect(page.locator('output')).toHaveText('100 / 100 points');
  await page.getByRole('button', { name: 'Save rubric' }).click();
  await expect(page.getByRole('main').getByRole('status').first()).toHaveText('Rubric saved.');

  // Opens the round and runs the assignment: two judges per project, never Ivy on Team Alpha.
  await page.getByRole('link', { name: 'Assignment: Preliminary' }).click();
  await page.getByRole('button', { name: 'Open round' }).click();
  await expect(page.getByText('Status: Open')).toBeVisible();
  await page.getByRole('button', { name: 'Run assignment' }).click();
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Assignment done.' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Assignments', exact: true });
  await expect(table.getByRole('row')).toHaveCount(1 + 6);
  // The judge column of Project Alpha's rows (the move selects list every judge, so only that cell counts).
  const alphaJudges = await table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Project Alpha' }) }).locator('td:first-of-type').allInnerTexts();
  expect(alphaJudges).toHaveLength(2);
  expect(alphaJudges.join(' ')).not.toContain('Ivy Invitee');
  const ivyRows = table.getByRole('row').filter({ has: page.locator('td:first-of-type', { hasText: 'Ivy Invitee' }) });
  await expect(ivyRows.first()).toBeVisible();
  await expectAccessible(page);
});

test('a participant and an organizer of another event are refused the set-up pages', async ({ page, browser }) => {
  const { slug, roundId } = await judgingEvent();
  const participant = await createUser('Pat Participant');
  await signIn(page, participant);
  for (const part of ['judges', 'rounds', `rounds/${roundId}`, `rubric/${roundId}`]) {
    const response = await page.goto(`/en/admin/events/${slug}/judging/${part}`);
    expect(response?.status(), part).toBe(403);
  }
  expect((await page.goto(`/en/judge/events/${slug}/conflicts`))?.status()).toBe(403);

  const other = await judgingEvent();
  const otherPage = await (await browser.newContext()).newPage();
  await signIn(otherPage, other.organizer);
  const response = await otherPage.goto(`/en/admin/events/${slug}/judging/rounds/${roundId}`);
  expect(response?.status()).toBe(403);
  await expect(otherPage.getByText('Project Alpha')).toHaveCount(0);
});

test('zh-TW: the rubric sum check speaks Chinese beside the total', async ({ page }) => {
  const { slug, organizer, roundId } = await judgingEvent();
  await signIn(page, organizer, 'zh-TW');
  await page.goto(`/zh-TW/admin/events/${slug}/judging/rubric/${roundId}`);
  const first = page.getByRole('group', { name: '評分項目 1' });
  await first.getByLabel('名稱（中文）').fill('服務應用');
  await first.getByLabel('配分').fill('70');
  await page.getByRole('button', { name: '儲存評分標準' }).click();
  await expect(page.locator('#field-total-error')).toHaveText('評分項目（不含加分）合計 70 分，必須剛好 100 分。');
  await expectAccessible(page);
});
