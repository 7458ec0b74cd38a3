import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { storageStateFor } from './support/roles';

/*
 * Every page, in both languages, through axe. Journeys scan the pages they visit too; this sweep makes
 * sure no page (or language) is left out when a new one is added: add its path here.
 */
const PUBLIC_PATHS = [
  '',
  '/events/codefest-taipei-2026-autumn',
  '/events/codefest-taipei-2026-spring',
  '/projects',
  '/projects/codefest-taipei-2026-spring/park-finder',
  '/events/codefest-taipei-2026-spring/winners',
  '/events/codefest-taipei-2026-spring/transparency',
  '/hall-of-fame',
  '/sign-in',
  '/sign-up',
  '/forgot-password',
  '/reset-password?token=not-a-real-token',
  '/no-such-page',
];
const SIGNED_IN_PATHS: [Parameters<typeof storageStateFor>[0], string][] = [
  ['participant', '/dashboard'],
  ['participant', '/account'],
  ['participant', '/admin'], // the 403 page
  ['judge', '/judge'],
  ['judge', '/judge/events/codefest-taipei-2026-autumn'],
  ['judge', '/judge/events/codefest-taipei-2026-autumn/stage'],
  ['organizer', '/admin/events/codefest-taipei-2026-autumn/judging/sheets'],
  ['organizer', '/admin/events/codefest-taipei-2026-autumn/judging/stage'],
  ['organizer', '/stage/codefest-taipei-2026-autumn'],
  ['organizer', '/admin'],
  ['participant', '/events/codefest-taipei-2027-spring/register'],
  ['organizer', '/admin/events/codefest-taipei-2027-spring/admission'],
  ['participant', '/events/codefest-taipei-2026-autumn/submission'],
  ['participant', '/events/codefest-taipei-2026-autumn/team'],
  ['participant', '/events/codefest-taipei-2026-autumn/team-finder'],
  ['organizer', '/admin/events/codefest-taipei-2026-autumn/extensions'],
  ['organizer', '/admin/events/codefest-taipei-2026-autumn/judging'],
  ['organizer', '/admin/events/codefest-taipei-2026-autumn/judging/results'],
  ['organizer', '/admin/events/codefest-taipei-2026-autumn/judging/advance'],
  ['organizer', '/admin/events/codefest-taipei-2026-autumn/judging/calibration'],
  ['organizer', '/admin/events/codefest-taipei-2026-autumn/judging/judges'],
  ['organizer', '/admin/events/codefest-taipei-2026-autumn/judging/rounds'],
  ['judge', '/judge/events/codefest-taipei-2026-autumn/conflicts'],
  ['admin', '/admin/events/new'],
  ['organizer', '/admin/events/codefest-taipei-2026-autumn'],
  ['organizer', '/admin/events/codefest-taipei-2026-autumn/settings'],
  ['organizer', '/admin/events/codefest-taipei-2026-autumn/tracks'],
  ['organizer', '/admin/events/codefest-taipei-2026-autumn/prizes'],
  ['organizer', '/admin/events/codefest-taipei-2026-autumn/questions'],
  ['organizer', '/admin/events/codefest-taipei-2026-autumn/organizers'],
];

for (const locale of ['zh-TW', 'en']) {
  test.describe(`${locale}`, () => {
    for (const path of PUBLIC_PATHS) {
      test(`anonymous ${path || '/'} passes axe`, async ({ page }) => {
        await page.goto(`/${locale}${path}`);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectAccessible(page);
      });
    }
    for (const [role, path] of SIGNED_IN_PATHS) {
      test(`${role} ${path} passes axe`, async ({ browser }) => {
        const context = await browser.newContext({ storageState: storageStateFor(role) });
        const page = await context.newPage();
        await page.goto(`/${locale}${path}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectAccessible(page);
        await context.close();
      });
    }
  });
}
