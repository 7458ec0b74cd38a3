import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { storageStateFor } from './support/roles';
import { createUser, e2eDatabase, signIn } from './support/users';

/*
 * A topic owner of the demo event's elder-care track (a fresh account given the per-event role in SQL:
 * the invitation journey belongs to another spec) reviews the track's projects and leaves feedback.
 */
const TRACK_PAGE = '/judge/events/codefest-taipei-2026-autumn/track';

test('a topic owner sees their track’s projects and saves domain feedback (en, zh-TW, axe); the organizer reads it', async ({ page, browser }) => {
  const owner = await createUser('社會局 承辦人');
  const sql = e2eDatabase();
  const [track] = await sql<{ id: string; eventId: string; nameEn: string }[]>`
    select t.id, t.event_id as "eventId", t.name_en as "nameEn" from tracks t join events e on e.id = t.event_id
    where e.slug = 'codefest-taipei-2026-autumn' and t.slug = 'elder-care-map'`;
  await sql`insert into event_roles (event_id, user_id, role, track_id) values (${track!.eventId}, ${owner.id}, 'topic_owner', ${track!.id})`;
  const [first] = await sql<{ title: string }[]>`
    select title from submissions where track_id = ${track!.id} and status = 'submitted' order by title limit 1`;

  await signIn(page, owner, 'en');
  await page.goto(`/en${TRACK_PAGE}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Track review' })).toBeVisible();
  const article = page.getByRole('article', { name: first!.title });
  await expect(article).toBeVisible();
  await expectAccessible(page);

  const box = article.getByLabel(`Your feedback on ${first!.title}`);
  await article.getByRole('button', { name: 'Save feedback' }).click();
  await expect(article.getByText('Write your feedback first.')).toBeVisible();
  const note = `Please align the care-station fields with the Social Welfare open data. (${owner.email})`;
  await box.fill(note);
  await article.getByRole('button', { name: 'Save feedback' }).click();
  await expect(article.getByRole('status')).toHaveText('Your feedback was saved.');

  await page.goto(`/zh-TW${TRACK_PAGE}`);
  await expect(page.getByRole('heading', { level: 1, name: '議題作品回饋' })).toBeVisible();
  await expect(page.getByRole('article', { name: first!.title }).getByLabel(`您對「${first!.title}」的回饋`)).toHaveValue(note);
  await expectAccessible(page);

  // The organizer reads it on the sheets page, with the project and who wrote it.
  const organizer = await (await browser.newContext({ storageState: storageStateFor('organizer') })).newPage();
  await organizer.goto('/zh-TW/admin/events/codefest-taipei-2026-autumn/judging/sheets');
  const notes = organizer.getByRole('table', { name: '議題提案單位的回饋' });
  const row = notes.getByRole('row').filter({ hasText: note });
  await expect(row.getByRole('rowheader')).toHaveText(first!.title);
  await expect(row).toContainText('社會局 承辦人');
  await expectAccessible(organizer);
});

test.describe('a judge without the topic-owner role', () => {
  test.use({ storageState: storageStateFor('judge') });
  test('is answered not found', async ({ page }) => {
    const response = await page.goto(`/en${TRACK_PAGE}`);
    expect(response?.status()).toBe(404);
  });
});
