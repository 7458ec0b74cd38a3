import { expect, test } from '@playwright/test';
import { storageStateFor } from './support/roles';
import { createUser, signIn } from './support/users';

const CURRENT = 'codefest-taipei-2026-autumn';

test.describe('the event page points each visitor to their next step', () => {
  test.describe('a team captain mid-hackathon', () => {
    test.use({ storageState: storageStateFor('participant') });

    test('is sent to the submission page, in both languages', async ({ page }) => {
      await page.goto(`/en/events/${CURRENT}`);
      await expect(page.getByRole('link', { name: 'Submit your project' })).toHaveAttribute('href', `/en/events/${CURRENT}/submission`);
      await page.goto(`/zh-TW/events/${CURRENT}`);
      await expect(page.getByRole('link', { name: '繳交作品' })).toHaveAttribute('href', `/zh-TW/events/${CURRENT}/submission`);
    });
  });

  test('someone who never registered is told registration is closed', async ({ page }) => {
    await signIn(page, await createUser('Late visitor'));
    await page.goto(`/en/events/${CURRENT}`);
    await expect(page.getByText('Registration for this event is closed.')).toBeVisible();
  });
});
