import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { E2E_ENV } from './support/env';

const FIRST_PASSWORD = 'the first passphrase';
const NEW_PASSWORD = 'a brand new passphrase';

/** The reset link in the newest mail to `address`, or null while none has arrived. */
async function newestResetLink(address: string): Promise<string | null> {
  const files = (await readdir(E2E_ENV.MAIL_DIR).catch(() => [] as string[])).filter((f) => f.endsWith('.json')).sort().reverse();
  for (const file of files) {
    const mail = JSON.parse(await readFile(path.join(E2E_ENV.MAIL_DIR, file), 'utf8')) as { to: string; text: string };
    if (mail.to === address) return mail.text.match(/https?:\/\/\S+\/reset-password\?token=[\w-]+/)?.[0] ?? null;
  }
  return null;
}

test('forgotten password: e-mailed link sets a new password once', async ({ page }) => {
  const email = `reset-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
  await page.goto('/zh-TW/sign-up');
  await page.getByLabel('顯示名稱', { exact: true }).fill('重設測試');
  await page.getByLabel('電子郵件地址', { exact: true }).fill(email);
  await page.getByLabel('密碼', { exact: true }).fill(FIRST_PASSWORD);
  await page.getByRole('button', { name: '建立帳號', exact: true }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('帳號已建立，請登入。');

  await page.getByRole('link', { name: '忘記密碼？' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '重設密碼' })).toBeVisible();
  await page.getByLabel('電子郵件地址', { exact: true }).fill(email);
  await page.getByRole('button', { name: '寄送重設連結' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('如果這個地址有帳號');
  await expectAccessible(page);

  await expect.poll(() => newestResetLink(email), { timeout: 10_000 }).not.toBeNull();
  const link = (await newestResetLink(email))!;
  expect(link).toContain('/zh-TW/reset-password?token=');

  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: '設定新密碼' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('新密碼', { exact: true }).fill(NEW_PASSWORD);
  await page.getByRole('button', { name: '儲存新密碼' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('密碼已變更，請使用新密碼登入。');

  await page.getByLabel('電子郵件地址', { exact: true }).fill(email);
  await page.getByLabel('密碼', { exact: true }).fill(NEW_PASSWORD);
  await page.getByRole('button', { name: '登入', exact: true }).click();
  await expect(page.getByRole('navigation', { name: '主選單' }).getByRole('button', { name: '登出' })).toBeVisible();
  await page.getByRole('navigation', { name: '主選單' }).getByRole('button', { name: '登出' }).click();
  await expect(page.getByRole('navigation', { name: '主選單' }).getByRole('link', { name: '登入', exact: true })).toBeVisible();

  // The link is spent.
  await page.goto(link);
  await page.getByLabel('新密碼', { exact: true }).fill('yet another passphrase');
  await page.getByRole('button', { name: '儲存新密碼' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('這個重設連結無效、已過期或已使用過。');
});
