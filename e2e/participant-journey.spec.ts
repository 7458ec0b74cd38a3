import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { createUser, e2eDatabase, signIn } from './support/users';

/*
 * The whole participant journey in one go, the way a newcomer lives it: create an account, sign in,
 * register with the event's own question, create a team, a second person joins through the invite link
 * (and registers first), the team fills in and submits its project with an image, and the dashboard
 * shows it all. The steps' refusals (conflicts, deadline, duplicates, consent) have their own specs.
 */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

async function journeyEvent(): Promise<{ slug: string; title: string }> {
  const sql = e2eDatabase();
  const slug = `e2e-journey-${randomUUID().slice(0, 8)}`;
  const title = `Journey hackathon ${slug.slice(-8)}`;
  // Registration still open while hacking has started: a late joiner can still register and team up.
  const [event] = await sql<{ id: string }[]>`
    insert into events (slug, title_zh, title_en, is_published, admission_mode, registration_opens_at, registration_closes_at,
      hacking_starts_at, submission_deadline, judging_ends_at, team_size_min, team_size_max)
    values (${slug}, ${`旅程黑客松 ${slug.slice(-8)}`}, ${title}, true, 'automatic', now() - interval '1 day', now() + interval '1 day',
      now() - interval '1 hour', now() + interval '2 days', now() + interval '9 days', 2, 4)
    returning id`;
  await sql`insert into tracks (event_id, slug, name_zh, name_en) values (${event!.id}, 'water', '水資源', 'Water')`;
  await sql`insert into custom_questions (event_id, scope, kind, label_zh, label_en, is_required, position)
    values (${event!.id}, 'registration', 'short_text', '您最想解決的城市問題？', 'Which city problem do you most want to solve?', true, 0)`;
  return { slug, title };
}

test('sign up, register, create a team, a friend joins by link, submit with an image', async ({ browser, page }) => {
  test.setTimeout(150_000);
  const { slug, title } = await journeyEvent();
  const email = `journey-${randomUUID().slice(0, 8)}@example.test`;

  await page.goto('/en/sign-up');
  await page.getByLabel('Display name', { exact: true }).fill('Journey Lin');
  await page.getByLabel('E-mail address', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill('journey passphrase 2026');
  await page.getByRole('button', { name: 'Create account', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/sign-in\?registered=1$/);
  await page.getByLabel('E-mail address', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill('journey passphrase 2026');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Sign out' })).toBeVisible();

  // The event page sends a signed-in visitor who has not registered to the registration form.
  await page.goto(`/en/events/${slug}`);
  await page.getByRole('link', { name: 'Register now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Register for ${title}` })).toBeVisible();
  await page.getByLabel('Affiliation or school').fill('Taipei Tech');
  await page.getByLabel('Skills').fill('Python, GIS');
  await page.getByLabel(/Date of birth/).fill('1995-04-02');
  await page.getByLabel(/Which city problem do you most want to solve/).fill('Flooded underpasses');
  await page.getByLabel(/I have read and accept the event rules/).check();
  await page.getByLabel(/I agree to the handling of my personal data/).check();
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  await expect(page.getByText('Status: Admitted')).toBeVisible();

  // Back on the event page the next step is forming a team.
  await page.goto(`/en/events/${slug}`);
  await page.getByRole('link', { name: 'Form or join a team' }).click();
  await page.getByLabel('Team name').fill(`Rain Watch ${slug.slice(-4)}`);
  await page.getByLabel('Short pitch').fill('Warn drivers before underpasses flood');
  await page.getByRole('button', { name: 'Create team' }).click();
  await expect(page.getByText('Needs 1 more member to submit (minimum 2).')).toBeVisible();
  const code = (await page.getByTestId('invite-code').textContent())!.trim();

  // A friend signs in in Chinese, opens the invite link, registers first, then joins.
  const friend = await createUser('陳小雨');
  const other = await (await browser.newContext()).newPage();
  await signIn(other, friend, 'zh-TW');
  await other.goto(`/zh-TW/events/${slug}/register`);
  await other.getByLabel(/出生日期/).fill('1999-09-09');
  await other.getByLabel(/您最想解決的城市問題/).fill('公車轉乘');
  await other.getByLabel(/我已閱讀並同意活動規則/).check();
  await other.getByLabel(/我同意主辦單位為辦理本活動處理我的個人資料/).check();
  await other.getByRole('button', { name: '送出報名' }).click();
  await expect(other.getByText('狀態：已錄取')).toBeVisible();
  await other.goto(`/zh-TW/events/${slug}/join/${code}`);
  await other.getByRole('button', { name: `加入「Rain Watch ${slug.slice(-4)}」` }).click();
  await expect(other.getByRole('heading', { level: 2, name: `Rain Watch ${slug.slice(-4)}` })).toBeVisible();
  await expectAccessible(other);

  // The captain fills in the project, adds a cover image and submits.
  await page.goto(`/en/events/${slug}`);
  await page.getByRole('link', { name: 'Submit your project' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Project submission' })).toBeVisible();
  await page.getByLabel('Project title').fill('Rain Watch');
  await page.getByLabel('Tagline').fill('Underpass flood warnings');
  await page.getByLabel('Description', { exact: true }).fill('Uses the **water level** open data.');
  await page.getByLabel('Track').selectOption({ label: 'Water' });
  await page.getByLabel('Repository URL').fill('https://github.com/example/rain-watch');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Draft (not submitted): version 1')).toBeVisible();
  await page.getByLabel('Image file').setInputFiles({ name: 'cover.png', mimeType: 'image/png', buffer: PNG });
  await page.getByLabel('Description of the image (alt text)').fill('Map of flooded underpasses');
  await page.getByRole('button', { name: 'Upload image' }).click();
  await expect(page.getByRole('img', { name: 'Map of flooded underpasses' })).toBeVisible();
  await page.getByRole('button', { name: 'Submit project' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your project is submitted.' })).toBeVisible();

  // The friend's dashboard shows the team, both members and the submitted project.
  await other.goto('/zh-TW/dashboard');
  const card = other.getByRole('region', { name: new RegExp(`旅程黑客松 ${slug.slice(-8)}`) });
  await expect(card.getByRole('list', { name: /的成員$/ }).getByRole('listitem')).toHaveCount(2);
  await expect(card.getByRole('definition').filter({ hasText: '已繳交' })).toHaveCount(1);
  await expectAccessible(other);
});
