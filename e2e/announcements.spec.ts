import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { storageStateFor } from './support/roles';
import { registeredUser, signedInPage } from './support/team-fixtures';
import { createUser, e2eDatabase, type FixtureUser } from './support/users';

/*
 * Announcements in the browser: an organizer of the event writes one for admitted participants (with a
 * refused empty title first, input kept, and the Markdown preview) and a public one; the participant reads
 * the first on their dashboard in both languages; visitors see only the public one on the event page; the
 * event page's calendar link downloads an iCalendar file; a participant is refused the organizer page.
 */
async function announcementEvent(): Promise<{ slug: string; eventId: string; organizer: FixtureUser; participant: FixtureUser }> {
  const sql = e2eDatabase();
  const slug = `e2e-news-${randomUUID().slice(0, 8)}`;
  const [event] = await sql<{ id: string }[]>`
    insert into events (slug, title_zh, title_en, is_published, registration_opens_at, registration_closes_at,
      hacking_starts_at, submission_deadline, judging_ends_at, team_size_min, team_size_max)
    values (${slug}, '公告測試黑客松', 'News test hackathon', true, now() - interval '1 day', now() + interval '5 days',
      now() + interval '6 days', now() + interval '7 days', now() + interval '14 days', 2, 4)
    returning id`;
  const organizer = await createUser('公告主辦人');
  await sql`insert into event_roles (event_id, user_id, role) values (${event!.id}, ${organizer.id}, 'organizer')`;
  const participant = await registeredUser(event!.id, '公告參賽者');
  return { slug, eventId: event!.id, organizer, participant };
}

test('an organizer publishes to participants; the dashboard shows it in both languages; the public page only the public one', async ({ browser }) => {
  const { slug, organizer, participant } = await announcementEvent();
  const tag = slug.slice(-8);
  const organizerPage = await signedInPage(browser, organizer, 'en');
  await organizerPage.goto(`/en/admin/events/${slug}`);
  await organizerPage.getByRole('link', { name: 'Announcements' }).click();
  await expect(organizerPage.getByRole('heading', { level: 1, name: 'Announcements' })).toBeVisible();
  await expect(organizerPage.getByText('No announcements yet.')).toBeVisible();
  await expectAccessible(organizerPage);

  // No title in either language: refused beside the field, the text typed is kept.
  await organizerPage.getByLabel('Text (English, Markdown)', { exact: true }).fill('Doors open at **9:00**.');
  await organizerPage.getByRole('button', { name: 'Save announcement' }).click();
  await expect(organizerPage.getByLabel('Title (Chinese)')).toHaveAccessibleDescription('Give the announcement a title in at least one language.');
  await expect(organizerPage.getByLabel('Text (English, Markdown)', { exact: true })).toHaveValue('Doors open at **9:00**.');

  await organizerPage.getByLabel('Title (Chinese)').fill(`報到資訊 ${tag}`);
  await organizerPage.getByLabel('Title (English)').fill(`Check-in info ${tag}`);
  await organizerPage.getByLabel('Text (Chinese, Markdown)', { exact: true }).fill('**九點**開放入場。');
  await organizerPage.getByRole('button', { name: 'Preview Text (English, Markdown)' }).click();
  await expect(organizerPage.getByRole('region', { name: 'Preview Text (English, Markdown)' }).locator('strong')).toHaveText('9:00');
  await organizerPage.getByLabel('Audience', { exact: true }).selectOption({ label: 'Admitted participants' });
  await organizerPage.getByLabel('Publish now and e-mail the audience').check();
  await organizerPage.getByRole('button', { name: 'Save announcement' }).click();
  await expect(organizerPage.getByRole('status').filter({ hasText: 'Added.' })).toBeVisible();
  const row = organizerPage.getByRole('row', { name: new RegExp(`Check-in info ${tag}`) });
  await expect(row.getByRole('cell', { name: 'Admitted participants' })).toBeVisible();
  await expect(row).toContainText('Published');

  // A public one, published too.
  await organizerPage.getByLabel('Title (English)').fill(`Venue map ${tag}`);
  await organizerPage.getByLabel('Audience', { exact: true }).selectOption({ label: 'Everyone (shown on the public event page)' });
  await organizerPage.getByLabel('Publish now and e-mail the audience').check();
  await organizerPage.getByRole('button', { name: 'Save announcement' }).click();
  await expect(organizerPage.getByRole('row', { name: new RegExp(`Venue map ${tag}`) })).toContainText('Published');
  await expectAccessible(organizerPage);

  // The organizer page in zh-TW.
  await organizerPage.goto(`/zh-TW/admin/events/${slug}/announcements`);
  await expect(organizerPage.getByRole('heading', { level: 1, name: '公告' })).toBeVisible();
  await expect(organizerPage.getByRole('row', { name: new RegExp(`報到資訊 ${tag}`) })).toContainText('已錄取的參賽者');
  await expectAccessible(organizerPage);

  // The participant's dashboard, zh-TW then en.
  const participantPage = await signedInPage(browser, participant, 'zh-TW');
  await participantPage.goto('/zh-TW/dashboard');
  const news = participantPage.getByRole('region', { name: '公告' });
  await expect(news.getByRole('heading', { level: 3, name: `報到資訊 ${tag}` })).toBeVisible();
  await expect(news.locator('strong', { hasText: '九點' })).toBeVisible();
  await expectAccessible(participantPage);
  await participantPage.goto('/en/dashboard');
  await expect(participantPage.getByRole('region', { name: 'Announcements' }).getByRole('heading', { level: 3, name: `Check-in info ${tag}` })).toBeVisible();

  // The public event page: the public one only.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/en/events/${slug}`);
  const publicNews = visitor.getByRole('region', { name: 'Announcements' });
  await expect(publicNews.getByRole('heading', { name: `Venue map ${tag}` })).toBeVisible();
  await expect(visitor.getByText(`Check-in info ${tag}`)).toHaveCount(0);
  await expectAccessible(visitor);
  await visitor.goto(`/zh-TW/events/${slug}`);
  // The public one has only an English title: the Chinese page falls back to it.
  await expect(visitor.getByRole('region', { name: '公告' }).getByRole('heading', { name: `Venue map ${tag}` })).toBeVisible();

  // Add to calendar: a real .ics download of the timeline.
  const [download] = await Promise.all([visitor.waitForEvent('download'), visitor.getByRole('link', { name: '將活動時程加入行事曆（.ics）' }).click()]);
  expect(download.suggestedFilename()).toBe(`${slug}.ics`);
  const ics = (await readFile((await download.path())!, 'utf8')).replace(/\r\n /g, '');
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(ics).toContain('SUMMARY:公告測試黑客松: 作品繳交截止');
  expect(ics.match(/BEGIN:VEVENT/g)?.length).toBeGreaterThanOrEqual(5);
});

test.describe('a participant', () => {
  test.use({ storageState: storageStateFor('participant') });

  test('is refused the organizer announcements page', async ({ page }) => {
    const { slug } = await announcementEvent();
    const response = await page.goto(`/en/admin/events/${slug}/announcements`);
    expect([403, 404]).toContain(response?.status());
    await expect(page.getByRole('heading', { name: 'Announcements', level: 1 })).toHaveCount(0);
  });

  test('gets 404 for the calendar of an unpublished event', async ({ page }) => {
    const { slug } = await announcementEvent();
    await e2eDatabase()`update events set is_published = false where slug = ${slug}`;
    expect((await page.request.get(`/api/events/${slug}/calendar.ics`)).status()).toBe(404);
  });
});
