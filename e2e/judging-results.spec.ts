import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { storageStateFor } from './support/roles';

/*
 * The organizer's judging console on the demo event (autumn preliminary, mid-round: judges 2-6 have
 * submitted, judge 1 has two drafts; Emily Huang scores high and 李俊宏 low). Read-only, so it runs on the
 * shared demo data.
 */
const CONSOLE = '/admin/events/codefest-taipei-2026-autumn/judging';

test.describe('organizer', () => {
  test.use({ storageState: storageStateFor('organizer') });

  test('sees progress, the distribution chart and the ranking by three methods (en)', async ({ page }) => {
    await page.goto(`/en${CONSOLE}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Judging console' })).toBeVisible();
    const matrix = page.getByRole('table', { name: /Score sheet status for each judge/ });
    await expect(matrix).toBeVisible();
    await expect(matrix.getByRole('rowheader', { name: /Emily Huang/ })).toBeVisible();
    await expect(matrix.getByText('Submitted').first()).toBeAttached();
    await expect(matrix.getByText('Conflict of interest').first()).toBeAttached();
    const chart = page.getByRole('img', { name: 'Score distribution per judge' });
    await expect(chart).toBeVisible();
    const stats = page.getByRole('table', { name: "Each judge's totals compared with the panel" });
    await expect(stats.getByRole('row', { name: /Emily Huang/ })).toContainText('Lenient');
    await expect(stats.getByRole('row', { name: /李俊宏/ })).toContainText('Harsh');
    await expectAccessible(page);

    await page.getByRole('navigation', { name: 'Judging console' }).getByRole('link', { name: 'Ranking' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ranking' })).toBeVisible();
    await expect(page.getByText('Chosen method: Mean of per-judge z-scores')).toBeVisible();
    const overall = page.getByRole('region', { name: 'Overall' });
    for (const method of ['Mean of per-judge z-scores', 'Rank sum (序位法)', 'Mean of raw totals']) {
      await expect(overall.getByRole('columnheader', { name: method })).toBeVisible();
    }
    await expect(overall.getByRole('row')).toHaveCount(1 + (await overall.getByRole('rowheader').count()));
    await expect(overall.getByText('Short of sheets').first()).toBeVisible();
    await expect(page.getByRole('region', { name: /^Track: / }).first()).toBeVisible();
    await expectAccessible(page);
  });

  test('reads the console in zh-TW and downloads the raw scores with a BOM', async ({ page }) => {
    await page.goto(`/zh-TW${CONSOLE}/results`);
    await expect(page.getByRole('heading', { level: 1, name: '排名' })).toBeVisible();
    await expect(page.getByText('採用的計分方式：評審標準分數（z 分數）平均')).toBeVisible();
    await page.goto(`/zh-TW${CONSOLE}`);
    await expect(page.getByRole('img', { name: '各評審的分數分布' })).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: '下載全部原始分數（CSV）' }).click();
    const file = await download;
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString('utf8')).toContain('技術完整度');
  });
});

test.describe('judge', () => {
  test.use({ storageState: storageStateFor('judge') });

  test('is refused the console, the ranking and the CSV', async ({ page }) => {
    for (const path of [`/en${CONSOLE}`, `/en${CONSOLE}/results`]) {
      const response = await page.goto(path);
      // The /admin area guard answers first: a judge organizes nothing, so 403 before the event is looked up.
      expect(response?.status()).toBe(403);
    }
    const csv = await page.request.get('/api/admin/events/codefest-taipei-2026-autumn/judging/scores.csv');
    expect(csv.status()).toBe(404);
  });
});
