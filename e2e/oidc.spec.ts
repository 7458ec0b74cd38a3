import { expect, test } from '@playwright/test';
import { E2E_ENV } from './support/env';

test('sign in through the city SSO and land back signed in, with the SSO account linked', async ({ page }) => {
  const login = `citizen${Date.now()}${Math.random().toString(36).slice(2, 6)}`;
  await page.goto('/en/sign-in');
  await page.getByRole('button', { name: `Sign in with ${E2E_ENV.OIDC_NAME}` }).click();

  // oidc-provider's development login page (not ours: located by its placeholders and button text).
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:4401\//);
  await page.getByPlaceholder('Enter any login').fill(login);
  await page.getByPlaceholder('and password').fill('anything');
  await page.getByRole('button', { name: 'Sign-in' }).click();

  await expect(page).toHaveURL(/localhost:3100\/en$/);
  await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Sign out' })).toBeVisible();

  await page.goto('/en/account');
  await expect(page.getByText(`Signed in as ${login}@sso.example.test`)).toBeVisible();
  const linked = page.getByRole('region', { name: 'Linked single sign-on accounts' });
  await expect(linked.getByRole('listitem')).toHaveText([E2E_ENV.OIDC_NAME]);
  await expect(page.getByText('This account signs in through single sign-on and has no password.')).toBeVisible();
});
