import { expect, test, type Browser } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { PROJECTS, publicationEvent } from './support/publication-fixtures';
import { createUser, signIn, type FixtureUser } from './support/users';

async function pageAs(browser: Browser, user: FixtureUser, locale: 'zh-TW' | 'en') {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, user, locale);
  return page;
}

test('the organizer reviews the proposed winners, publishes, the winners appear publicly and a team sees its breakdown; unpublish needs a reason', async ({ page, browser }) => {
  const organizer = await createUser('主辦人');
  const { slug, captains } = await publicationEvent(organizer);
  await signIn(page, organizer, 'en');
  await page.goto(`/en/admin/events/${slug}/awards`);
  await expect(page.getByRole('heading', { level: 1, name: 'Awards and publication' })).toBeVisible();
  await expect(page.getByText('Proposed from the round: Preliminary')).toBeVisible();
  const grand = page.getByRole('group', { name: 'Grand prize' });
  await expect(grand.getByLabel('Place 1').locator('option:checked')).toHaveText(new RegExp(PROJECTS[0]));
  await expectAccessible(page);

  // Nothing saved yet: publishing is refused and nothing becomes public.
  await page.getByRole('button', { name: 'Publish results now' }).click();
  await expect(page.getByText('Save the winners before publishing.')).toBeVisible();
  expect((await page.request.get(`/en/events/${slug}/winners`)).status()).toBe(404);

  await page.getByRole('button', { name: 'Save winners' }).click();
  await expect(page.getByText('Winners saved.')).toBeVisible();
  await page.getByLabel(/teams may see their anonymised score breakdown/).check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();

  await page.getByRole('button', { name: 'Publish results now' }).click();
  await expect(page.getByText(/Results were published at/)).toBeVisible();
  await expect(page.getByText('Results are published or scheduled, so the winners are frozen. Unpublish to change them.')).toBeVisible();

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/en/events/${slug}/winners`);
  await expect(visitor.getByRole('link', { name: PROJECTS[0] })).toBeVisible();

  // The winning team sees its awards and the anonymised breakdown, in zh-TW; never the private note.
  const team = await pageAs(browser, captains[0]!, 'zh-TW');
  await team.goto(`/zh-TW/events/${slug}/results`);
  await expect(team.getByText('首獎，第 1 名')).toBeVisible();
  await expect(team.getByRole('table', { name: /各評審給分/ }).getByRole('rowheader', { name: '評審 A' })).toBeVisible();
  await expect(team.getByText('回饋1：資料視覺化很清楚')).toBeVisible();
  await expect(team.getByText(/僅供主辦/)).toHaveCount(0);
  await expect(team.getByText(/評審甲|評審乙/)).toHaveCount(0);
  await expectAccessible(team);

  // Anyone outside the team gets a 404 for the team page.
  const stranger = await pageAs(browser, await createUser('路人'), 'en');
  expect((await stranger.goto(`/en/events/${slug}/results`))?.status()).toBe(404);

  // Unpublishing asks for a reason (beside the field, in the organizer's language), then hides the winners again.
  await page.getByRole('button', { name: 'Unpublish results' }).click();
  await expect(page.getByText('Give a reason of at least 5 characters.')).toBeVisible();
  await page.getByLabel('Reason (kept in the audit log)').fill('Wrong winner announced');
  await page.getByRole('button', { name: 'Unpublish results' }).click();
  await expect(page.getByText('Results are not published.')).toBeVisible();
  expect((await visitor.goto(`/en/events/${slug}/winners`))?.status()).toBe(404);
  await team.goto(`/zh-TW/events/${slug}/results`);
  await expect(team.getByText('成績尚未公布。')).toBeVisible();
});

test("people's choice: one vote per account, never for your own team, counts hidden until publication (zh-TW)", async ({ page, browser }) => {
  const organizer = await createUser('主辦人');
  const { slug, captains } = await publicationEvent(organizer);

  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto(`/zh-TW/events/${slug}/vote`);
  await expect(anonymous.getByRole('link', { name: '登入後投票' })).toBeVisible();

  const captain = await pageAs(browser, captains[0]!, 'zh-TW');
  await captain.goto(`/zh-TW/events/${slug}/vote`);
  await expect(captain.getByRole('radio', { name: new RegExp(PROJECTS[0]) })).toBeDisabled();

  const voter = await createUser('投票者');
  await signIn(page, voter, 'zh-TW');
  await page.goto(`/zh-TW/events/${slug}/vote`);
  await expect(page.getByRole('heading', { level: 1, name: '人氣投票：成績公布測試' })).toBeVisible();
  await expect(page.getByText('得票數將於成績公布後顯示。')).toBeVisible();
  await expectAccessible(page);
  // Casting with nothing chosen is refused beside the choices.
  await page.getByRole('button', { name: '投下我的一票' }).click();
  await expect(page.getByText('請選擇一個作品。')).toBeVisible();
  await page.getByRole('radio', { name: new RegExp(PROJECTS[1]) }).check();
  await page.getByRole('button', { name: '投下我的一票' }).click();
  await expect(page.getByText(`你投給了：${PROJECTS[1]}`)).toBeVisible();
  await expect(page.getByRole('button', { name: '投下我的一票' })).toHaveCount(0);

  // The organizer's people's-choice prize is proposed from the count.
  const org = await pageAs(browser, organizer, 'zh-TW');
  await org.goto(`/zh-TW/admin/events/${slug}/awards`);
  await expect(org.getByRole('group', { name: '人氣獎' }).getByLabel('第 1 名').locator('option:checked')).toHaveText(new RegExp(PROJECTS[1]));
  await expectAccessible(org);
});

test('the awards page refuses participants (403) and another event’s organizer (404)', async ({ page, browser }) => {
  const owner = await createUser('主辦人');
  const { slug } = await publicationEvent(owner);
  const participant = await createUser('參賽者');
  await signIn(page, participant, 'en');
  expect((await page.goto(`/en/admin/events/${slug}/awards`))?.status()).toBe(403);
  const other = await createUser('別的主辦人');
  await publicationEvent(other);
  const otherPage = await pageAs(browser, other, 'en');
  expect((await otherPage.goto(`/en/admin/events/${slug}/awards`))?.status()).toBe(404);
});

test('a scheduled publication is stored and stays private until its time; a past time is refused beside the field (zh-TW)', async ({ page }) => {
  const organizer = await createUser('主辦人');
  const { slug } = await publicationEvent(organizer);
  await signIn(page, organizer, 'zh-TW');
  await page.goto(`/zh-TW/admin/events/${slug}/awards`);
  await page.getByRole('button', { name: '儲存得獎者' }).click();
  await expect(page.getByText('已儲存得獎者。')).toBeVisible();
  const at = page.getByLabel('公布時間（活動時區 Asia/Taipei）');
  await at.fill('2020-01-01T09:00');
  await page.getByRole('button', { name: '排定公布' }).click();
  await expect(page.getByText('請選擇未來的時間。')).toBeVisible();
  await expect(at).toHaveValue('2020-01-01T09:00');
  await at.fill('2099-01-01T09:00');
  await page.getByRole('button', { name: '排定公布' }).click();
  await expect(page.getByText(/成績將於 .* 公布。/)).toBeVisible();
  expect((await page.request.get(`/zh-TW/events/${slug}/winners`)).status()).toBe(404);
  await expectAccessible(page);
});
