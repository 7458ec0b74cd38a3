import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { storageStateFor } from './support/roles';

/*
 * A visitor (never signed in) browses the public showcase built from the seed: the spring event's results
 * are published, the autumn event's are not. Both languages, axe on every page.
 */
const SPRING = 'codefest-taipei-2026-spring';
const AUTUMN = 'codefest-taipei-2026-autumn';
const AUTUMN_PROJECT = '低地板公車到站提醒 BusBuddy';

const copy = {
  'zh-TW': { menu: '主選單', gallery: '作品集', year: '年份', track: '議題', award: '獎項', winners: '得獎作品', search: '搜尋', apply: '顯示作品', disaster: '防災避難資訊', fame: '名人堂', adopted: '已成為市府服務', winnersOf: /得獎名單/, gold: '金獎', transparency: /評審公開資訊/ },
  en: { menu: 'Main menu', gallery: 'Project gallery', year: 'Year', track: 'Track', award: 'Awards', winners: 'Award winners', search: 'Search', apply: 'Show projects', disaster: 'Disaster preparedness', fame: 'Hall of fame', adopted: 'Became a city service', winnersOf: /Winners:/, gold: 'Gold Award', transparency: /Judging transparency/ },
} as const;

for (const locale of ['zh-TW', 'en'] as const) {
  const c = copy[locale];
  test(`${locale}: a visitor filters and searches the gallery, opens a project, the winners and the hall of fame`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await page.getByRole('navigation', { name: c.menu }).getByRole('link', { name: locale === 'en' ? 'Projects' : '作品集', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: c.gallery })).toBeVisible();
    await expectAccessible(page);
    await expect(page.getByRole('link', { name: AUTUMN_PROJECT })).toHaveCount(0);

    // Year, then track: the URL carries the filters, so the view can be shared.
    await page.getByLabel(c.year, { exact: true }).selectOption('2026');
    await page.getByLabel(c.track, { exact: true }).selectOption({ label: c.disaster });
    await page.getByRole('button', { name: c.apply }).click();
    await expect(page).toHaveURL(/year=2026/);
    await expect(page).toHaveURL(/track=disaster-preparedness/);
    const results = page.getByRole('list', { name: /2/ });
    await expect(results.getByRole('link', { name: 'SafeHaven Taipei' })).toBeVisible();
    await expect(results.getByRole('link', { name: '防災演練小幫手' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Wander Taipei' })).toHaveCount(0);

    // Award winners only (a fresh URL: the shared link works on its own).
    await page.goto(`/${locale}/projects?award=awarded`);
    await expect(page.getByLabel(c.award, { exact: true })).toHaveValue('awarded');
    await expect(page.getByRole('link', { name: '市場攤位地圖' })).toBeVisible(); // a track award
    await expect(page.getByRole('link', { name: 'Night Market Guide' })).toHaveCount(0); // no award

    // Search in Chinese finds a substring inside a title.
    await page.goto(`/${locale}/projects`);
    await page.getByLabel(c.search, { exact: true }).fill('公園');
    await page.getByRole('button', { name: c.apply }).click();
    await expect(page.getByRole('link', { name: '公園設施通報' })).toBeVisible();
    await page.getByRole('link', { name: '公園好好玩 Park Finder' }).click();

    await expect(page.getByRole('heading', { level: 1, name: '公園好好玩 Park Finder' })).toBeVisible();
    await expect(page.getByText(c.adopted).first()).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('link', { name: locale === 'en' ? 'All winners of this event' : '本活動所有得獎作品' }).click();
    await expect(page.getByRole('heading', { level: 1, name: c.winnersOf })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: c.gold })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('link', { name: locale === 'en' ? 'How the judging went' : '評審過程公開資訊' }).click();
    await expect(page.getByRole('heading', { level: 1, name: c.transparency })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('navigation', { name: c.menu }).getByRole('link', { name: c.fame, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: c.fame })).toBeVisible();
    await expect(page.getByRole('region', { name: c.adopted }).getByRole('link', { name: '公園好好玩 Park Finder' })).toBeVisible();
    await expectAccessible(page);
  });
}

test('an unpublished event has no winners page, transparency page or project pages: 404 with no results in the HTML', async ({ page, request }) => {
  for (const path of [`/en/events/${AUTUMN}/winners`, `/zh-TW/events/${AUTUMN}/transparency`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    expect(await page.content()).not.toContain(AUTUMN_PROJECT);
  }
  const gallery = await request.get(`/en/projects?event=${AUTUMN}`);
  expect(await gallery.text()).not.toContain(AUTUMN_PROJECT);
  expect((await request.get(`/en/projects/${SPRING}/no-such-project`)).status()).toBe(404);
});

test('open data: JSON with a licence and an ETag that answers 304; CSV for spreadsheets', async ({ request }) => {
  const json = await request.get('/api/open-data/results.json');
  expect(json.status()).toBe(200);
  const doc = await json.json();
  expect(doc.licence.id).toBe('CC-BY-4.0');
  expect(doc.records.some((r: { project_title: string }) => r.project_title === '公園好好玩 Park Finder')).toBe(true);
  expect(JSON.stringify(doc)).not.toContain(AUTUMN_PROJECT);
  const etag = json.headers()['etag']!;
  const again = await request.get('/api/open-data/results.json', { headers: { 'If-None-Match': etag } });
  expect(again.status()).toBe(304);
  const csv = await request.get('/api/open-data/projects.csv');
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect(await csv.text()).toContain('SafeHaven Taipei');
});

test('share images: project and winners pages have a PNG Open Graph card', async ({ request, page }) => {
  await page.goto(`/en/projects/${SPRING}/park-finder`);
  const og = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(og).toContain('/opengraph-image');
  for (const url of [new URL(og!).pathname + new URL(og!).search, `/zh-TW/events/${SPRING}/winners/opengraph-image`]) {
    const image = await request.get(url);
    expect(image.status()).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');
  }
});

test('a participant chooses to show their name on the account page, in both languages', async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor('participant') });
  const page = await context.newPage();
  for (const [locale, region, label, save, saved] of [
    ['en', 'Public showcase', 'Show my name on the public pages of my projects', 'Save', 'Saved.'],
    ['zh-TW', '公開作品展示', '在我的作品公開頁面上顯示我的姓名', '儲存', '已儲存。'],
  ] as const) {
    await page.goto(`/${locale}/account`);
    const section = page.getByRole('region', { name: region });
    const box = section.getByLabel(label);
    const wasChecked = await box.isChecked();
    await box.setChecked(!wasChecked);
    await section.getByRole('button', { name: save, exact: true }).click();
    await expect(section.getByRole('status')).toHaveText(saved);
    await page.reload();
    await expect(page.getByRole('region', { name: region }).getByLabel(label)).toBeChecked({ checked: !wasChecked });
    await expectAccessible(page);
  }
  await context.close();
});
