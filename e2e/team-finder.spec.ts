import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { registeredUser, signedInPage, teamsEvent } from './support/team-fixtures';

/*
 * The team finder, in zh-TW: a captain marks the team as looking for members; a participant without a
 * team finds it and asks to join; the captain accepts on the team page, and the person is in the team.
 * Nobody sees anyone's e-mail address along the way.
 */
test('a request through the team finder is accepted by the captain (zh-TW)', async ({ browser }) => {
  test.setTimeout(90_000);
  const { slug, eventId } = await teamsEvent('e2e-finder');
  const captain = await registeredUser(eventId, '隊長林');
  const seeker = await registeredUser(eventId, '設計師陳');
  const teamName = `開放資料貓頭鷹 ${slug.slice(-4)}`;

  const a = await signedInPage(browser, captain, 'zh-TW');
  await a.goto(`/zh-TW/events/${slug}/team`);
  await a.getByLabel('隊伍名稱').fill(teamName);
  await a.getByRole('button', { name: '建立隊伍' }).click();
  await expect(a.getByRole('heading', { level: 2, name: teamName })).toBeVisible();
  await a.getByLabel('正在招募隊員（在組隊媒合中列出本隊）').check();
  await a.getByLabel('需要的角色').fill('設計師');
  await a.getByRole('button', { name: '儲存隊伍資料' }).click();
  await expect(a.getByText('隊伍資料已儲存。')).toBeVisible();

  const b = await signedInPage(browser, seeker, 'zh-TW');
  await b.goto(`/zh-TW/events/${slug}/team-finder`);
  await expect(b.getByRole('heading', { level: 1, name: '組隊媒合' })).toBeVisible();
  await b.getByLabel('將我列為正在找隊伍').check();
  await b.getByLabel('您在找什麼樣的隊伍').fill('想做交通資料');
  await b.getByRole('button', { name: '儲存刊登' }).click();
  await expect(b.getByText('您的刊登已儲存。')).toBeVisible();
  const card = b.getByRole('listitem').filter({ has: b.getByRole('heading', { name: teamName }) });
  await expect(card.getByText('需要的角色：設計師')).toBeVisible();
  await expectAccessible(b);
  await card.getByRole('button', { name: `申請加入 ${teamName}` }).click();
  await expect(card.getByText('已送出申請')).toBeVisible();
  await expect(b.locator('body')).not.toContainText(captain.email);

  // The captain sees the seeker listed in the finder, and the request on the team page.
  await a.goto(`/zh-TW/events/${slug}/team-finder`);
  await expect(a.getByRole('heading', { name: '設計師陳' })).toBeVisible();
  await expect(a.locator('body')).not.toContainText(seeker.email);
  await a.goto(`/zh-TW/events/${slug}/team`);
  await expect(a.getByText('設計師陳 申請加入。')).toBeVisible();
  await a.getByRole('button', { name: '接受 設計師陳' }).click();
  await expect(a.getByRole('listitem').filter({ hasText: '設計師陳' }).getByRole('button', { name: '將隊長交給 設計師陳' })).toBeVisible();

  await b.goto(`/zh-TW/events/${slug}/team`);
  await expect(b.getByRole('heading', { level: 2, name: teamName })).toBeVisible();
});
