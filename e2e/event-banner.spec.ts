import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { storageStateFor } from './support/roles';
import { createUser, e2eDatabase, signIn, type FixtureUser } from './support/users';

/*
 * The event banner: an organizer of a published event uploads a PNG on the settings page in English (a
 * missing English alt text is refused beside its field, the Chinese one kept), and a visitor of the zh-TW
 * event page sees it with its Chinese alt text; the route serves it sandboxed. A participant never reaches
 * the form.
 */
const PNG_1x1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const banner = { name: 'banner.png', mimeType: 'image/png', buffer: PNG_1x1 };

async function publishedEventOrganizedBy(organizer: FixtureUser) {
  const slug = `banner-${randomUUID().slice(0, 8)}`;
  const sql = e2eDatabase();
  await sql.begin(async (tx) => {
    const [event] = await tx<{ id: string }[]>`
      insert into events (slug, title_zh, title_en, is_published, registration_opens_at, registration_closes_at, hacking_starts_at, submission_deadline, judging_ends_at)
      values (${slug}, '橫幅測試活動', 'Banner test event', true, now() + interval '1 day', now() + interval '10 days', now() + interval '20 days', now() + interval '21 days', now() + interval '30 days')
      returning id`;
    await tx`insert into event_roles (event_id, user_id, role) values (${event!.id}, ${organizer.id}, 'organizer')`;
  });
  return slug;
}

test('an organizer uploads a banner in en; the zh-TW event page shows it with its Chinese alt text', async ({ page, browser }) => {
  const organizer = await createUser('橫幅主辦');
  const slug = await publishedEventOrganizedBy(organizer);
  await signIn(page, organizer, 'en');
  await page.goto(`/en/admin/events/${slug}/settings`);
  await expect(page.getByRole('heading', { level: 2, name: 'Banner image' })).toBeVisible();
  await expect(page.getByText('No banner yet.')).toBeVisible();
  await expectAccessible(page);

  // Without the English alt text: refused beside that field, the Chinese alt text kept.
  await page.getByLabel('Image file').setInputFiles(banner);
  await page.getByLabel('Alt text (Chinese)').fill('臺北市夜景與程式節標誌');
  await page.getByRole('button', { name: 'Upload banner' }).click();
  const altEn = page.getByLabel('Alt text (English)');
  await expect(altEn).toHaveAccessibleDescription('Describe the image, or mark it as decorative.');
  await expect(page.getByLabel('Alt text (Chinese)')).toHaveValue('臺北市夜景與程式節標誌');
  await expectAccessible(page);

  await page.getByLabel('Image file').setInputFiles(banner);
  await altEn.fill('Taipei at night with the CodeFest logo');
  await page.getByRole('button', { name: 'Upload banner' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The banner was saved.' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Taipei at night with the CodeFest logo' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Replace banner' })).toBeVisible();

  // A visitor (no session) in zh-TW.
  const visitor = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const publicPage = await visitor.newPage();
  await publicPage.goto(`/zh-TW/events/${slug}`);
  const image = publicPage.getByRole('img', { name: '臺北市夜景與程式節標誌' });
  await expect(image).toBeVisible();
  await expect(image).toHaveAttribute('width', '1200');
  await expect(image).toHaveAttribute('height', '400');
  expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
  await expectAccessible(publicPage);

  const served = await visitor.request.get(`/api/events/${slug}/banner`);
  expect(served.status()).toBe(200);
  expect(served.headers()['content-type']).toBe('image/png');
  expect(served.headers()['content-security-policy']).toBe("default-src 'none'; sandbox");
  expect(Buffer.from(await served.body()).equals(PNG_1x1)).toBe(true);
  await visitor.close();
});

test.describe('participant', () => {
  test.use({ storageState: storageStateFor('participant') });

  test("cannot reach another event's banner form", async ({ page }) => {
    const slug = await publishedEventOrganizedBy(await createUser('別人的主辦'));
    const response = await page.goto(`/en/admin/events/${slug}/settings`);
    expect([403, 404]).toContain(response?.status());
    await expect(page.getByRole('heading', { name: 'Banner image' })).toHaveCount(0);
    await expect(page.getByLabel('Image file')).toHaveCount(0);
  });
});
