import { expect, test as setup } from '@playwright/test';
import { DEMO_EMAILS, DEMO_PASSWORD } from '../db/seed/people';
import { ROLES, storageStateFor, type Role } from './support/roles';

const EMAIL: Record<Role, string> = {
  admin: DEMO_EMAILS.admin,
  organizer: DEMO_EMAILS.organizer,
  judge: DEMO_EMAILS.judge(1),
  participant: DEMO_EMAILS.participant,
};

// Each seeded role signs in once through the real form; the specs reuse the saved browser state.
for (const role of ROLES) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await page.goto('/en/sign-in');
    await page.getByLabel('E-mail address', { exact: true }).fill(EMAIL[role]);
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Sign out' })).toBeVisible();
    await page.context().storageState({ path: storageStateFor(role) });
  });
}
