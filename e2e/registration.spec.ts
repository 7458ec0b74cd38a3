import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { createUser, signIn } from './support/users';

/*
 * A fresh person registers for the seeded 2027 event (registration open, reviewed admission, custom
 * questions of every kind), in each language: a missing consent is refused beside its box with everything
 * typed kept, then the registration goes through and the page shows the status from the database.
 */
const EVENT = '/events/codefest-taipei-2027-spring/register';

async function fieldError(page: Page, label: string | RegExp) {
  // The error is tied to the control with aria-describedby: read it the way a screen reader would.
  const box = page.getByLabel(label);
  await expect(box).toHaveAttribute('aria-describedby', /-error/);
  const describedBy = (await box.getAttribute('aria-describedby')) ?? '';
  const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
  expect(errorId, `no error slot on ${label}`).toBeTruthy();
  return page.locator(`[id="${errorId}"]`);
}

test('zh-TW: consent missing is refused beside the box, input kept; then registered and waiting for review', async ({ page }) => {
  const user = await createUser('林報名');
  await signIn(page, user, 'zh-TW');
  await page.goto(`/zh-TW${EVENT}`);
  await expect(page.getByRole('heading', { level: 1, name: /報名 CodeFest Taipei 2027 春季黑客松/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('服務單位或學校').fill('國立臺灣大學');
  await page.getByLabel('專長').fill('React, 資料分析');
  await page.getByLabel(/出生日期/).fill('1998-06-15');
  await page.getByRole('group', { name: /您在團隊中的主要角色/ }).getByLabel('設計').check();
  await page.getByRole('group', { name: /有興趣的議題/ }).getByLabel('藝文活動地圖').check();
  await page.getByLabel('您從哪裡得知本活動？').fill('朋友推薦');
  await page.getByLabel(/我已閱讀並同意活動規則/).check();
  await page.getByRole('button', { name: '送出報名' }).click();

  await expect(await fieldError(page, /我同意主辦單位為辦理本活動處理我的個人資料/)).toHaveText('須同意個人資料處理才能報名。');
  await expect(page.getByLabel('服務單位或學校')).toHaveValue('國立臺灣大學');
  await expect(page.getByLabel('您從哪裡得知本活動？')).toHaveValue('朋友推薦');
  await expect(page.getByRole('group', { name: /您在團隊中的主要角色/ }).getByLabel('設計')).toBeChecked();
  await expect(page.getByRole('group', { name: /有興趣的議題/ }).getByLabel('藝文活動地圖')).toBeChecked();
  await expect(page.getByLabel(/我已閱讀並同意活動規則/)).toBeChecked();
  await expectAccessible(page);

  await page.getByLabel(/我同意主辦單位為辦理本活動處理我的個人資料/).check();
  await page.getByRole('button', { name: '送出報名' }).click();
  await expect(page.getByRole('status').filter({ hasText: '報名完成' })).toBeVisible();
  await expect(page.getByText('狀態：等待審查')).toBeVisible();
  // The edit form now carries what was stored.
  await expect(page.getByLabel('服務單位或學校')).toHaveValue('國立臺灣大學');
  await expect(page.getByRole('group', { name: /有興趣的議題/ }).getByLabel('藝文活動地圖')).toBeChecked();
});

test('en: a minor is asked for a guardian in the same form; then registered, and can withdraw', async ({ page }) => {
  const user = await createUser('Young Coder');
  await signIn(page, user, 'en');
  await page.goto(`/en${EVENT}`);
  await expect(page.getByLabel("Guardian's name")).toHaveCount(0);

  await page.getByLabel(/Date of birth/).fill('2012-03-01');
  await expect(page.getByLabel("Guardian's name")).toBeVisible();
  await page.getByRole('group', { name: /Your main role in a team/ }).getByLabel('Developer').check();
  await page.getByLabel(/I have read and accept the event rules/).check();
  await page.getByLabel(/I agree to the handling of my personal data/).check();
  await page.getByRole('button', { name: 'Register', exact: true }).click();

  await expect(await fieldError(page, "Guardian's name")).toHaveText("Participants under 18 must give a guardian's name.");
  await expect(await fieldError(page, /My parent or guardian has read the rules/)).toHaveText('Participants under 18 need their guardian\'s consent.');
  await expect(page.getByLabel(/Date of birth/)).toHaveValue('2012-03-01');

  await page.getByLabel("Guardian's name").fill('Mei-Ling Chen');
  await page.getByLabel("Guardian's phone or e-mail").fill('0912-345-678');
  await page.getByLabel(/My parent or guardian has read the rules/).check();
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  await expect(page.getByText('Status: Waiting for review')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Withdraw my registration' }).click();
  await expect(page.getByText('Status: Withdrawn')).toBeVisible();
});

test('anonymous visitors are sent to sign in first', async ({ page }) => {
  await page.goto(`/en${EVENT}`);
  await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
});
