import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { storageStateFor } from './support/roles';

/*
 * The role areas refuse the wrong people: anonymous visitors are sent to sign in (and come back),
 * signed-in people without the role get a real 403 page.
 */
test.describe('anonymous', () => {
  for (const area of ['dashboard', 'judge', 'admin']) {
    test(`/${area} redirects to sign-in`, async ({ page }) => {
      await page.goto(`/en/${area}`);
      await expect(page).toHaveURL(new RegExp(`/en/sign-in\\?callbackUrl=%2Fen%2F${area}`));
    });
  }
});

test.describe('participant', () => {
  test.use({ storageState: storageStateFor('participant') });

  test('sees their dashboard', async ({ page }) => {
    await page.goto('/en/dashboard');
    await expect(page.getByRole('heading', { level: 1, name: 'My participation' })).toBeVisible();
    const autumn = page.getByRole('region', { name: /Autumn Hackathon/ });
    await expect(autumn.getByRole('heading', { level: 2, name: /Autumn Hackathon/ })).toBeVisible();
    await expect(autumn.getByRole('list', { name: /^Members of / })).toBeVisible();
    await expect(autumn.getByRole('link', { name: 'Edit the project' })).toBeVisible();
    await expectAccessible(page);
  });

  for (const area of ['judge', 'admin']) {
    test(`is refused /${area} with 403`, async ({ page }) => {
      const response = await page.goto(`/zh-TW/${area}`);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole('heading', { level: 1, name: '您沒有權限檢視此頁面' })).toBeVisible();
      await expectAccessible(page);
    });
  }

  test('has no judge or organizer links in the menu', async ({ page }) => {
    await page.goto('/en');
    const menu = page.getByRole('navigation', { name: 'Main menu' });
    await expect(menu.getByRole('link', { name: 'My participation' })).toBeVisible();
    await expect(menu.getByRole('link', { name: 'Judging' })).toHaveCount(0);
    await expect(menu.getByRole('link', { name: 'Organizer console' })).toHaveCount(0);
  });
});

test.describe('judge', () => {
  test.use({ storageState: storageStateFor('judge') });

  test('opens the judging area with progress', async ({ page }) => {
    await page.goto('/en/judge');
    await expect(page.getByRole('heading', { level: 1, name: 'Judging' })).toBeVisible();
    await expect(page.getByText(/score sheets submitted/).first()).toBeVisible();
    await expectAccessible(page);
  });

  test('is refused /admin with 403', async ({ page }) => {
    const response = await page.goto('/en/admin');
    expect(response?.status()).toBe(403);
  });
});

test.describe('organizer', () => {
  test.use({ storageState: storageStateFor('organizer') });

  test('sees the events they organize', async ({ page }) => {
    await page.goto('/en/admin');
    await expect(page.getByRole('heading', { level: 1, name: 'Organizer console' })).toBeVisible();
    await expect(page.getByRole('cell', { name: /Autumn Hackathon/ })).toBeVisible();
    await expectAccessible(page);
  });

  test('is refused /judge with 403', async ({ page }) => {
    const response = await page.goto('/en/judge');
    expect(response?.status()).toBe(403);
  });
});

test.describe('site admin', () => {
  test.use({ storageState: storageStateFor('admin') });

  test('sees every event in the console', async ({ page }) => {
    await page.goto('/zh-TW/admin');
    await expect(page.getByText('您是網站管理員，可以檢視所有活動。')).toBeVisible();
    // Each seeded event has its row (specs may create more events while this runs, so no total count).
    for (const slug of ['codefest-taipei-2026-autumn', 'codefest-taipei-2027-spring', 'codefest-taipei-2026-spring']) {
      await expect(page.getByRole('row').filter({ has: page.locator(`a[href="/zh-TW/admin/events/${slug}"]`) })).toHaveCount(1);
    }
  });
});
