import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';

const CURRENT = 'codefest-taipei-2026-autumn';
const PAST = 'codefest-taipei-2026-spring';

test.describe('public pages', () => {
  test('a browser asking for English is sent to /en, any other to the zh-TW default', async ({ browser }) => {
    for (const [locale, path] of [['en-US', '/en'], ['zh-TW', '/zh-TW'], ['ja-JP', '/zh-TW']] as const) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto('/');
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await context.close();
    }
  });

  test('pages declare the site icon and it loads, so browsers do not log a /favicon.ico 404', async ({ page, request }) => {
    await page.goto('/en');
    const href = await page.locator('link[rel="icon"]').first().getAttribute('href');
    expect(href).toMatch(/^\/icon\.svg/);
    const icon = await request.get(href!);
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toContain('image/svg+xml');
  });

  test('home lists current and past events in Chinese, passes axe', async ({ page }) => {
    await page.goto('/zh-TW');
    await expect(page).toHaveURL(/\/zh-TW$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
    await expect(page.getByRole('heading', { level: 1, name: '臺北城市黑客松' })).toBeVisible();
    const current = page.getByRole('region', { name: '進行中的活動' });
    await expect(current.getByRole('link', { name: /秋季黑客松/ })).toBeVisible();
    const past = page.getByRole('region', { name: '歷屆活動' });
    await expect(past.getByRole('link', { name: /春季黑客松/ })).toBeVisible();
    await expectAccessible(page);
  });

  test('event page shows tracks, timeline in the event time zone and prizes, passes axe', async ({ page }) => {
    await page.goto(`/en/events/${CURRENT}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Autumn Hackathon');
    await expect(page.getByText('Hacking in progress')).toBeVisible();
    const tracks = page.getByRole('region', { name: 'Challenge topics' });
    await expect(tracks.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) })).toHaveCount(4);
    await expect(tracks.getByText(/Proposed by: Department of/).first()).toBeVisible();
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await expect(timeline.getByText('Asia/Taipei time').first()).toBeVisible();
    // The step reached most recently is marked current for assistive technology too.
    await expect(timeline.locator('[aria-current="step"]')).toContainText('Hacking starts');
    await expect(page.getByRole('region', { name: 'Prizes' }).getByRole('row').nth(1)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Sign in to see your team' })).toHaveAttribute('href', /sign-in\?callbackUrl=/);
    await expectAccessible(page);
  });

  test('a past event says its results are out', async ({ page }) => {
    await page.goto(`/zh-TW/events/${PAST}`);
    await expect(page.getByText('本屆結果已公布。')).toBeVisible();
    await expectAccessible(page);
  });

  test('unknown pages answer 404 with a translated page in both languages', async ({ page }) => {
    const zh = await page.goto('/zh-TW/no-such-page');
    expect(zh?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: '找不到這個頁面' })).toBeVisible();
    await expectAccessible(page);
    const en = await page.goto('/en/events/no-such-event');
    expect(en?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  });

  test('health endpoint reports app and database', async ({ request }) => {
    const response = await request.get('/api/health');
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.status).toBe('ok');
    expect(body.database.status).toBe('ok');
    expect(response.headers()['cache-control']).toContain('no-store');
  });
});

test.describe('keyboard and language', () => {
  test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
    await page.goto('/en');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
  });

  test('switching language keeps the page', async ({ page }) => {
    await page.goto(`/zh-TW/events/${CURRENT}`);
    await page.getByRole('navigation', { name: '語言' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(new RegExp(`/en/events/${CURRENT}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 2, name: 'Challenge topics' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '繁體中文' }).click();
    await expect(page).toHaveURL(new RegExp(`/zh-TW/events/${CURRENT}$`));
    await expect(page.getByRole('heading', { level: 2, name: '競賽議題' })).toBeVisible();
  });

  test('the layout works on a phone-sized screen', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`/zh-TW/events/${CURRENT}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page);
  });
});
