import { expect, test } from '@playwright/test';

/* The event page leads to the results pages once, and only once, results are public. */
test('a published event links its winners and transparency pages; an unpublished one shows no results section', async ({ page }) => {
  await page.goto('/en/events/codefest-taipei-2026-spring');
  const section = page.getByRole('region', { name: 'Results and voting' });
  await section.getByRole('link', { name: 'Winners' }).click();
  await expect(page).toHaveURL(/\/en\/events\/codefest-taipei-2026-spring\/winners$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.goto('/zh-TW/events/codefest-taipei-2026-spring');
  await expect(page.getByRole('region', { name: '成績與投票' }).getByRole('link', { name: '評審過程公開資訊' })).toBeVisible();

  await page.goto('/en/events/codefest-taipei-2026-autumn');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Results and voting' })).toHaveCount(0);
});
