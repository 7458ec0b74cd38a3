import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { invitationLink, journeyEvent } from './support/judging-journey-fixtures';
import { createUser, signIn, type FixtureUser } from './support/users';

/*
 * The whole judging journey on a fresh event (issue 4 §6): the organizer invites a judge by e-mail (and
 * withdraws a second invitation, whose link then says so), the judge accepts from the mailed link in
 * zh-TW and declares a conflict with Team Alpha, the organizer opens the round and runs the assignment
 * (Alpha never reaches the judge's queue), the judge scores two projects (autosave, then submit), and the
 * organizer sees the progress and the ranking, in English and in Chinese. Wrong actors are refused.
 */
async function signedIn(browser: Browser, user: FixtureUser, locale: 'en' | 'zh-TW'): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, user, locale);
  return page;
}

const ZH = { application: '服務應用（0–10）', technical: '技術完整度（0–10）' };

async function scoreInChinese(judge: Page, title: string, application: string, technical: string, total: number) {
  await judge.getByRole('link', { name: `評分: ${title}` }).click();
  await expect(judge.getByRole('heading', { level: 1, name: `評分：${title}` })).toBeVisible();
  await judge.getByLabel(ZH.application).fill(application);
  await judge.getByLabel(ZH.technical).fill(technical);
  // Autosave: the draft is stored before anything is submitted.
  await expect(judge.getByRole('status').filter({ hasText: /^已於 .+ 儲存$/ })).toBeVisible();
  await expect(judge.getByText(`你的加權總分：${total} / 100`)).toBeVisible();
  await judge.getByRole('button', { name: '送出評分' }).click();
  await expect(judge.getByText('已送出，評分表已鎖定。')).toBeVisible();
  await judge.getByRole('link', { name: '回到我的評審清單' }).click();
}

test('invite → accept → conflict → assignment without the conflicted project → two sheets scored → progress and ranking', async ({ browser }) => {
  test.setTimeout(180_000);
  const f = await journeyEvent();
  const ivy = await createUser('Ivy Invitee');
  const stray = await createUser('Sam Stray');

  // The organizer invites Ivy and Sam by e-mail, then withdraws Sam's invitation.
  const organizer = await signedIn(browser, f.organizer, 'en');
  await organizer.goto(`/en/admin/events/${f.slug}/judging/judges`);
  await expect(organizer.getByRole('heading', { level: 1, name: 'Judges' })).toBeVisible();
  const nav = organizer.getByRole('navigation', { name: 'Judging set-up' });
  for (const name of ['Judges', 'Rounds and assignment', 'Calibration', 'Progress', 'Submitted sheets', 'Stage', 'Ranking', 'Advance to the final']) {
    await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
  }
  for (const person of [ivy, stray]) {
    await organizer.getByLabel('E-mail address', { exact: true }).fill(person.email);
    await organizer.getByRole('button', { name: 'Send invitation' }).click();
    await expect(organizer.getByRole('table', { name: 'Invitations' })).toContainText(person.email);
  }
  await expectAccessible(organizer);
  await organizer.getByRole('button', { name: `Withdraw the invitation to ${stray.email}` }).click();
  // The row stays for the record, marked withdrawn, without its button; Ivy's is still pending.
  const invitations = organizer.getByRole('table', { name: 'Invitations' });
  await expect(invitations.getByRole('row', { name: new RegExp(stray.email) }).getByRole('cell').nth(1)).toHaveText('Withdrawn');
  await expect(organizer.getByRole('button', { name: `Withdraw the invitation to ${stray.email}` })).toHaveCount(0);
  await expect(invitations.getByRole('row', { name: new RegExp(ivy.email) })).toContainText('Pending');

  // Sam's link no longer works, in either language, even signed in as Sam.
  await expect.poll(() => invitationLink(stray.email, 'zh-TW'), { timeout: 10_000 }).not.toBeNull();
  const samPage = await signedIn(browser, stray, 'zh-TW');
  await samPage.goto((await invitationLink(stray.email, 'zh-TW'))!);
  await expect(samPage.getByRole('main').getByRole('alert')).toHaveText('這個邀請已被撤回，不再有效。');
  await expect(samPage.getByRole('button', { name: '接受邀請' })).toHaveCount(0);
  await samPage.goto((await invitationLink(stray.email, 'en'))!);
  await expect(samPage.getByRole('main').getByRole('alert')).toHaveText('This invitation was withdrawn and is no longer valid.');
  await expectAccessible(samPage);

  // Ivy accepts from the Chinese link and declares a conflict with Team Alpha.
  await expect.poll(() => invitationLink(ivy.email, 'zh-TW'), { timeout: 10_000 }).not.toBeNull();
  const judge = await signedIn(browser, ivy, 'zh-TW');
  await judge.goto((await invitationLink(ivy.email, 'zh-TW'))!);
  await expect(judge.getByRole('heading', { level: 1, name: '評審邀請' })).toBeVisible();
  await expectAccessible(judge);
  await judge.getByRole('button', { name: '接受邀請' }).click();
  await expect(judge.getByRole('heading', { level: 1, name: '我的利益衝突' })).toBeVisible();
  await expect(judge.getByRole('main').getByRole('status').first()).toContainText('歡迎加入');
  await judge.getByLabel('隊伍', { exact: true }).selectOption({ label: 'Team Alpha' });
  await judge.getByLabel('原因', { exact: true }).fill('我是這一隊的指導老師');
  await judge.getByRole('button', { name: '申報利益衝突' }).click();
  await expect(judge.getByRole('main').getByRole('status').filter({ hasText: '已申報利益衝突。' })).toBeVisible();
  await expect(judge.getByRole('table', { name: '已申報與自動偵測的利益衝突' })).toContainText('Team Alpha');
  await expectAccessible(judge);

  // The organizer opens the round and runs the assignment: every judge on every project, except Ivy on Alpha.
  await nav.getByRole('link', { name: 'Rounds and assignment' }).click();
  await organizer.getByRole('heading', { level: 2 }).getByRole('link', { name: 'Preliminary', exact: true }).click();
  await expect(organizer.getByRole('heading', { level: 2, name: 'Assignment: Preliminary' })).toBeVisible();
  await organizer.getByRole('button', { name: 'Open round' }).click();
  await expect(organizer.getByText('Status: Open')).toBeVisible();
  await organizer.getByRole('button', { name: 'Run assignment' }).click();
  await expect(organizer.getByRole('main').getByRole('status').filter({ hasText: 'Assignment done.' })).toBeVisible();
  const assignments = organizer.getByRole('table', { name: 'Assignments', exact: true });
  await expect(assignments.getByRole('row')).toHaveCount(1 + 3 + 2);
  const alphaJudges = await assignments.getByRole('row').filter({ has: organizer.getByRole('rowheader', { name: f.titles.alpha }) }).locator('td:first-of-type').allInnerTexts();
  expect(alphaJudges).toEqual(['Kai Judge']);
  await expectAccessible(organizer);

  // Ivy's queue (reached from the conflicts page): Beta and Gamma only.
  await judge.getByRole('link', { name: '回到我的評審清單' }).click();
  await expect(judge).toHaveURL(new RegExp(`/zh-TW/judge/events/${f.slug}$`));
  await expect(judge.getByText('0 / 2')).toBeVisible();
  await expect(judge.getByText(f.titles.alpha)).toHaveCount(0);
  await expect(judge.getByRole('link', { name: '我的利益衝突' })).toBeVisible();
  await expectAccessible(judge);
  await scoreInChinese(judge, f.titles.beta, '9', '8', 86);
  await scoreInChinese(judge, f.titles.gamma, '6', '5', 56);
  await expect(judge.getByText('2 / 2')).toBeVisible();
  await expect(judge.getByRole('row', { name: new RegExp(f.titles.gamma) })).toContainText('已送出');

  // Wrong actors: Ivy cannot score Alpha by its address, nor open the organizer's console.
  expect((await judge.goto(`/zh-TW/judge/events/${f.slug}/projects/${f.alphaId}?round=${f.roundId}`))?.status()).toBe(404);
  expect((await judge.goto(`/zh-TW/admin/events/${f.slug}/judging`))?.status()).toBe(403);
  const participant = await signedIn(browser, f.participant, 'en');
  expect((await participant.goto(`/en/judge/events/${f.slug}`))?.status()).toBe(403);
  expect((await participant.goto(`/en/admin/events/${f.slug}/judging/results`))?.status()).toBe(403);

  // The organizer sees the progress: Ivy 2 / 2 with a conflict on Alpha, Kai 0 / 3.
  await organizer.getByRole('navigation', { name: 'Judging set-up' }).getByRole('link', { name: 'Progress' }).click();
  await expect(organizer.getByRole('heading', { level: 1, name: 'Judging console' })).toBeVisible();
  const matrix = organizer.getByRole('table', { name: /Score sheet status for each judge/ });
  const ivyRow = matrix.getByRole('row').filter({ has: organizer.getByRole('rowheader', { name: 'Ivy Invitee' }) });
  await expect(ivyRow).toContainText('2 / 2');
  await expect(ivyRow).toContainText('Conflict of interest');
  await expect(matrix.getByRole('row').filter({ has: organizer.getByRole('rowheader', { name: 'Kai Judge' }) })).toContainText('0 / 3');
  await expectAccessible(organizer);

  // ... and the ranking: Beta first (86), Gamma second (56), Alpha unranked (its only judge has not scored).
  await organizer.getByRole('navigation', { name: 'Judging console' }).getByRole('link', { name: 'Ranking' }).click();
  await expect(organizer.getByRole('heading', { level: 1, name: 'Ranking' })).toBeVisible();
  const overall = organizer.getByRole('region', { name: 'Overall' });
  const rows = overall.getByRole('row');
  await expect(rows.filter({ hasText: f.titles.beta })).toContainText('86');
  await expect(rows.filter({ hasText: f.titles.beta }).getByRole('cell').first()).toHaveText('1');
  await expect(rows.filter({ hasText: f.titles.gamma }).getByRole('cell').first()).toHaveText('2');
  await expectAccessible(organizer);
  await organizer.goto(`/zh-TW/admin/events/${f.slug}/judging/results`);
  await expect(organizer.getByRole('heading', { level: 1, name: '排名' })).toBeVisible();
  await expect(organizer.getByText('採用的計分方式：原始總分平均')).toBeVisible();
  await expect(organizer.getByRole('region', { name: '總排名' }).getByRole('row').filter({ hasText: f.titles.beta })).toContainText('86');
  await expectAccessible(organizer);
});

test('the organizer publishes a tie-break ladder while the round is a draft; once open it is read-only (en, zh-TW); others are refused', async ({ browser }) => {
  test.setTimeout(120_000);
  const f = await journeyEvent();
  const organizer = await signedIn(browser, f.organizer, 'en');
  await organizer.goto(`/en/admin/events/${f.slug}/judging/rounds/${f.roundId}`);
  await organizer.getByRole('link', { name: 'Tie-break ladder of Preliminary' }).click();
  await expect(organizer.getByRole('heading', { level: 1, name: 'Tie-break ladder: Preliminary' })).toBeVisible();
  await expectAccessible(organizer);

  // The same step twice: refused beside the second, both choices kept.
  await organizer.getByLabel('Step 1', { exact: true }).selectOption({ label: 'Higher mean points on “Technical”' });
  await organizer.getByLabel('Step 2', { exact: true }).selectOption({ label: 'Higher mean points on “Technical”' });
  await organizer.getByRole('button', { name: 'Publish the ladder' }).click();
  await expect(organizer.getByText('This step is already in the ladder.')).toBeVisible();
  await expect(organizer.getByLabel('Step 2', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(organizer.getByLabel('Step 1', { exact: true }).locator('option:checked')).toHaveText('Higher mean points on “Technical”');
  await expectAccessible(organizer);
  await organizer.getByLabel('Step 2', { exact: true }).selectOption({ label: 'Higher mean points on “Application”' });
  await organizer.getByRole('button', { name: 'Publish the ladder' }).click();
  await expect(organizer.getByRole('main').getByRole('status')).toHaveText('Tie-break ladder saved.');
  await expect(organizer.getByLabel('Step 2', { exact: true }).locator('option:checked')).toHaveText('Higher mean points on “Application”');

  // The round opens: the ladder is published and can no longer change.
  await organizer.getByRole('link', { name: 'Assignment: Preliminary' }).click();
  await organizer.getByRole('button', { name: 'Open round' }).click();
  await expect(organizer.getByText('Status: Open')).toBeVisible();
  await organizer.goto(`/zh-TW/admin/events/${f.slug}/judging/tie-break/${f.roundId}`);
  await expect(organizer.getByRole('heading', { level: 1, name: '同分處理順序：初賽' })).toBeVisible();
  await expect(organizer.getByText('本輪次已開放：同分處理順序已公布，不能再變更。')).toBeVisible();
  await expect(organizer.getByRole('listitem').filter({ hasText: '平均得分較高者優先' })).toHaveText(['「技術完整度」平均得分較高者優先', '「服務應用」平均得分較高者優先']);
  await expect(organizer.getByRole('button', { name: '公布同分處理順序' })).toHaveCount(0);
  await expectAccessible(organizer);

  // A judge of the event and a participant are refused the editor.
  for (const user of [f.kai, f.participant]) {
    const page = await signedIn(browser, user, 'en');
    expect((await page.goto(`/en/admin/events/${f.slug}/judging/tie-break/${f.roundId}`))?.status()).toBe(403);
  }
});
