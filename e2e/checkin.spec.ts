import { chromium, expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { chromiumArgs, chromiumExecutable } from './support/browser';
import { admittedPerson, checkInEvent, qrVideoFile } from './support/checkin-fixtures';
import { E2E_BASE_URL } from './support/env';
import { storageStateFor } from './support/roles';
import { signIn } from './support/users';

/*
 * Venue check-in: the participant's QR and code on "My events"; the organizer finds people by typed code, by
 * name search and by the camera (Chromium's fake camera playing a clip of the QR), ticks identity and, for a
 * minor, the guardian's consent; the live count moves on a second desk without a reload; undo; refusals.
 */
const CODE_TEXT = /^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/;
const grouped = (code: string) => code.match(/.{4}/g)!.join('-');
const unique = () => Math.random().toString(36).slice(2, 7);

test('an admitted participant sees their check-in QR and code on My events, in en and zh-TW', async ({ page }) => {
  const { eventId } = await checkInEvent();
  const person = await admittedPerson(eventId, `Pass ${unique()}`);
  await signIn(page, person, 'en');
  await page.goto('/en/dashboard');
  const pass = page.getByRole('region', { name: 'Venue check-in' });
  await expect(pass.getByRole('img', { name: 'Check-in QR code' })).toBeVisible();
  await expect(pass.getByText(CODE_TEXT)).toHaveText(grouped(person.code));
  await expect(pass.getByText('Not checked in yet.')).toBeVisible();
  await expectAccessible(page);
  await page.goto('/zh-TW/dashboard');
  const zhPass = page.getByRole('region', { name: '現場報到' });
  await expect(zhPass.getByRole('img', { name: '報到 QR 碼' })).toBeVisible();
  await expect(zhPass.getByText(CODE_TEXT)).toHaveText(grouped(person.code));
});

test.describe('the organizer at the desk', () => {
  test.use({ storageState: storageStateFor('organizer') });

  test('checks in by typed code (en) and by name search with the minor consent tick (zh-TW); a second desk’s count follows; undo', async ({ page, browser }) => {
    const { slug, eventId } = await checkInEvent();
    const adult = await admittedPerson(eventId, `Alice ${unique()}`);
    const minorName = `小華 ${unique()}`;
    await admittedPerson(eventId, minorName, { minor: true });

    const other = await (await browser.newContext({ storageState: storageStateFor('organizer') })).newPage();
    await other.goto(`/en/admin/events/${slug}/checkin`);
    await expect(other.getByRole('status').filter({ hasText: '0 of 2 checked in' })).toBeVisible();

    await page.goto(`/en/admin/events/${slug}/checkin`);
    await expectAccessible(page);
    // A mistyped code is refused beside the field, the input kept.
    await page.getByLabel('Check-in code').fill('1234');
    await page.getByRole('button', { name: 'Find by code' }).click();
    await expect(page.getByText('A check-in code has 16 characters, 0–9 and A–F.')).toBeVisible();
    await expect(page.getByLabel('Check-in code')).toHaveValue('1234');

    await page.getByLabel('Check-in code').fill(grouped(adult.code).toLowerCase());
    await page.getByRole('button', { name: 'Find by code' }).click();
    const card = page.getByRole('article', { name: adult.name });
    await card.getByRole('button', { name: `Check in ${adult.name}` }).click();
    await expect(card.getByText('Tick this once you have checked their identity.')).toBeVisible();
    await card.getByLabel('Identity checked against a photo ID').check();
    await card.getByRole('button', { name: `Check in ${adult.name}` }).click();
    await expect(card.getByRole('status')).toHaveText(`${adult.name} is checked in.`);
    await expect(page.getByRole('status').filter({ hasText: '1 of 2 checked in' })).toBeVisible();
    // The other desk sees it without reloading (it polls every few seconds).
    await expect(other.getByRole('status').filter({ hasText: '1 of 2 checked in' })).toBeVisible({ timeout: 15_000 });

    // zh-TW: search by name; the minor needs the consent tick, refused beside it without.
    await page.goto(`/zh-TW/admin/events/${slug}/checkin`);
    await page.getByRole('searchbox', { name: '姓名或電子郵件' }).fill(minorName);
    await page.getByRole('button', { name: '搜尋', exact: true }).click();
    const minorCard = page.getByRole('article', { name: new RegExp(minorName) });
    await expect(minorCard.getByText('未成年', { exact: true })).toBeVisible();
    await minorCard.getByLabel('已核對有照片的身分證件').check();
    await minorCard.getByRole('button', { name: `為 ${minorName} 報到` }).click();
    await expect(minorCard.getByText('此參賽者未成年：看過法定代理人同意書後請勾選此項。')).toBeVisible();
    await expect(minorCard.getByLabel('已核對有照片的身分證件')).toBeChecked();
    await minorCard.getByLabel('已看過法定代理人同意書').check();
    await minorCard.getByRole('button', { name: `為 ${minorName} 報到` }).click();
    await expect(minorCard.getByRole('status')).toHaveText(`${minorName} 已完成報到。`);
    await expect(page.getByRole('status').filter({ hasText: '已報到 2 / 2 人' })).toBeVisible();
    await expectAccessible(page);

    await minorCard.getByRole('button', { name: `取消 ${minorName} 的報到` }).click();
    await expect(minorCard.getByRole('status')).toHaveText(`已取消 ${minorName} 的報到。`);
    await expect(page.getByRole('status').filter({ hasText: '已報到 1 / 2 人' })).toBeVisible();

    // The overview's charts show the same count, with its table.
    await page.goto(`/en/admin/events/${slug}`);
    const checkins = page.getByRole('region', { name: 'Check-ins' });
    await expect(checkins.getByRole('img', { name: 'Check-ins' })).toBeVisible();
    await checkins.getByText('The same numbers as a table:').click();
    await expect(checkins.getByRole('row', { name: 'Checked in 1' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Registrations over time' })).toBeVisible();
    await expectAccessible(page);
    await other.close();
  });
});

test('the desk reads a QR from the camera (Chromium’s fake camera playing the code’s QR)', async () => {
  const { slug, eventId } = await checkInEvent();
  const person = await admittedPerson(eventId, `Camera ${unique()}`);
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: [...chromiumArgs, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${qrVideoFile(person.code)}`],
  });
  try {
    const context = await browser.newContext({ baseURL: E2E_BASE_URL, storageState: storageStateFor('organizer') });
    const page: Page = await context.newPage();
    await page.goto(`/en/admin/events/${slug}/checkin`);
    await page.getByRole('button', { name: 'Scan with the camera' }).click();
    await expect(page.getByRole('article', { name: person.name })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByLabel('Check-in code')).toHaveValue(person.code);
  } finally {
    await browser.close();
  }
});

test.describe('a participant', () => {
  test.use({ storageState: storageStateFor('participant') });

  test('is refused the check-in desk and its live count', async ({ page }) => {
    const { slug } = await checkInEvent();
    expect((await page.goto(`/en/admin/events/${slug}/checkin`))?.status()).toBe(403);
    const counts = await page.request.get(`/api/admin/events/${slug}/check-ins`);
    expect(counts.status()).toBe(404);
  });
});
