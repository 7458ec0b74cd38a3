import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe';

const PASSWORD = 'a long test passphrase';
const uniqueEmail = (tag: string) => `${tag}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;

async function signUpZh(page: Page, email: string, name = '測試使用者') {
  await page.goto('/zh-TW/sign-up');
  await page.getByLabel('顯示名稱', { exact: true }).fill(name);
  await page.getByLabel('電子郵件地址', { exact: true }).fill(email);
  await page.getByLabel('密碼', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: '建立帳號', exact: true }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('帳號已建立，請登入。');
  await expect(page).toHaveURL(/\/zh-TW\/sign-in\?registered=1$/);
}

test.describe('password accounts', () => {
  test('sign up, sign in and sign out in Chinese', async ({ page }) => {
    const email = uniqueEmail('journey');
    await signUpZh(page, email);
    await expectAccessible(page);

    await page.getByLabel('電子郵件地址', { exact: true }).fill(email.toUpperCase());
    await page.getByLabel('密碼', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: '登入', exact: true }).click();
    await expect(page.getByRole('navigation', { name: '主選單' }).getByRole('button', { name: '登出' })).toBeVisible();
    await expect(page).toHaveURL(/\/zh-TW$/);

    await page.goto('/zh-TW/account');
    await expect(page.getByRole('heading', { level: 1, name: '我的帳號' })).toBeVisible();
    await expect(page.getByText(`目前登入：${email}`)).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('navigation', { name: '主選單' }).getByRole('button', { name: '登出' }).click();
    await expect(page.getByRole('navigation', { name: '主選單' }).getByRole('link', { name: '登入', exact: true })).toBeVisible();
    await page.goto('/zh-TW/account');
    await expect(page).toHaveURL(/\/zh-TW\/sign-in\?callbackUrl=%2Fzh-TW%2Faccount$/);
  });

  test('a wrong password shows one neutral, translated message and keeps the e-mail', async ({ page }) => {
    const email = uniqueEmail('wrong');
    await signUpZh(page, email);
    await page.getByLabel('電子郵件地址', { exact: true }).fill(email);
    await page.getByLabel('密碼', { exact: true }).fill('not the password');
    await page.getByRole('button', { name: '登入', exact: true }).click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText('電子郵件地址或密碼不正確。');
    await expect(page.getByLabel('電子郵件地址', { exact: true })).toHaveValue(email);
    await expect(page.getByLabel('密碼', { exact: true })).toHaveValue('');
    await expectAccessible(page);

    // An address without an account gets the very same answer.
    await page.getByLabel('電子郵件地址', { exact: true }).fill(uniqueEmail('nobody'));
    await page.getByLabel('密碼', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: '登入', exact: true }).click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText('電子郵件地址或密碼不正確。');
  });

  test('in English: field errors beside the fields, then sign up, wrong password, and back to the page asked for', async ({ page }) => {
    const email = uniqueEmail('english');
    await page.goto('/en/sign-up');
    await expectAccessible(page);
    await page.getByLabel('Display name', { exact: true }).fill('Test User');
    await page.getByLabel('E-mail address', { exact: true }).fill('not-an-address');
    await page.getByLabel('Password', { exact: true }).fill('short');
    await page.getByRole('button', { name: 'Create account', exact: true }).click();

    const emailField = page.getByLabel('E-mail address', { exact: true });
    await expect(emailField).toHaveAttribute('aria-invalid', 'true');
    await expect(emailField).toHaveAccessibleDescription(/Enter a valid e-mail address/);
    await expect(page.getByLabel('Password', { exact: true })).toHaveAccessibleDescription(/at least 10 characters long/);
    await expect(page.getByLabel('Display name', { exact: true })).toHaveValue('Test User');
    await expect(emailField).toHaveValue('not-an-address');
    await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
    await expectAccessible(page);

    await emailField.fill(email);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account', exact: true }).click();
    await expect(page.getByRole('main').getByRole('status')).toHaveText('Your account has been created. Please sign in.');

    // Signing up again with the same address (other case) is refused beside the e-mail field.
    await page.goto('/en/sign-up');
    await page.getByLabel('Display name', { exact: true }).fill('Someone Else');
    await page.getByLabel('E-mail address', { exact: true }).fill(email.toUpperCase());
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account', exact: true }).click();
    await expect(page.getByLabel('E-mail address', { exact: true })).toHaveAccessibleDescription(/already exists/);

    await page.goto('/en/account');
    await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Faccount$/);
    await page.getByLabel('E-mail address', { exact: true }).fill(email);
    await page.getByLabel('Password', { exact: true }).fill('wrong password!');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText('The e-mail address or password is incorrect.');

    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/account$/);
    await expect(page.getByRole('heading', { level: 1, name: 'My account' })).toBeVisible();

    await page.getByLabel('Display name', { exact: true }).fill('Renamed User');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByRole('main').getByRole('status')).toHaveText('Your profile has been saved.');
    await page.reload();
    await expect(page.getByLabel('Display name', { exact: true })).toHaveValue('Renamed User');
  });
});
