import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { tiedRound } from './support/judging-results-fixtures';
import { createUser, signIn } from './support/users';

test('the organizer sees a tie surfaced, not broken, and records the panel’s order (zh-TW)', async ({ page }) => {
  const organizer = await createUser('主辦人');
  const { slug } = await tiedRound(organizer);
  await signIn(page, organizer, 'zh-TW');
  await page.goto(`/zh-TW/admin/events/${slug}/judging/results`);
  const ties = page.getByRole('region', { name: '需由評審團決定的同分' });
  await expect(ties.getByText(/並列第 1 名/)).toBeVisible();
  await expect(page.getByRole('region', { name: '總排名' }).getByText('同分')).toHaveCount(2);
  await expectAccessible(page);

  // Equal places are refused beside the places, and what was typed stays.
  await ties.getByLabel('晨光巴士 的名次').fill('1');
  await ties.getByLabel('夜行地圖 的名次').fill('1');
  await ties.getByRole('button', { name: '儲存評審團決定' }).click();
  await expect(ties.getByText('請為每件作品填入不同的名次，從 1 到同分作品數。')).toBeVisible();

  await ties.getByLabel('晨光巴士 的名次').fill('2');
  await ties.getByLabel('紀錄備註（選填）').fill('評審團表決 4:3');
  await ties.getByRole('button', { name: '儲存評審團決定' }).click();
  await expect(ties.getByRole('status')).toHaveText('已記錄評審團的決定。');
  await page.reload();
  await expect(page.getByText('評審團決定：夜行地圖 > 晨光巴士')).toBeVisible();
});

test('an organizer of another event is refused the ranking', async ({ page }) => {
  const owner = await createUser('主辦人');
  const { slug } = await tiedRound(owner);
  // The stranger organizes an event of their own, so the /admin area lets them in and lib/judging says no.
  const stranger = await createUser('別的主辦人');
  await tiedRound(stranger);
  await signIn(page, stranger, 'en');
  const response = await page.goto(`/en/admin/events/${slug}/judging/results`);
  expect(response?.status()).toBe(404);
  const csv = await page.request.get(`/api/admin/events/${slug}/judging/scores.csv`);
  expect(csv.status()).toBe(404);
});

test('the organizer advances the top project into the final (en)', async ({ page }) => {
  const organizer = await createUser('Organizer');
  // 晨光巴士 wins outright (7 and 7 against 6 and 6).
  const { slug } = await tiedRound(organizer, { withFinal: true, values: [[7, 6], [7, 6]] });
  await signIn(page, organizer, 'en');
  await page.goto(`/en/admin/events/${slug}/judging/advance`);
  await expect(page.getByRole('heading', { level: 1, name: 'Advance to the final' })).toBeVisible();
  await expect(page.getByText('No project has advanced yet.')).toBeVisible();
  const top = page.getByRole('form', { name: 'Top projects of each track' });
  await top.getByLabel('Projects per track').fill('1');
  await top.getByRole('button', { name: 'Advance the top projects' }).click();
  await expect(top.getByRole('status')).toHaveText('The final round’s projects were saved.');
  await page.reload();
  const finalists = page.getByRole('region', { name: 'Projects in the final now' });
  await expect(finalists.getByRole('listitem')).toHaveCount(1);
  await expect(finalists).toContainText('晨光巴士');
  await expectAccessible(page);
});
