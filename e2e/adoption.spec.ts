import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { storageStateFor } from './support/roles';
import { e2eDatabase } from './support/users';

/*
 * Adoption and payouts, as the people involved do it: the seeded spring silver winner's captain (SafeHaven,
 * whose award has no adoption yet) links the pull request and declares the prize split; the organizer sees
 * the link, marks the adoption merged and then paid; the payout list withholds 10% above NT$20,000; the
 * audit log shows each of those actions. Refusals: bad link and a split that misses the prize, beside the
 * fields with input kept; a participant outside the team gets 404 for the award page and 403 for the
 * organizer pages.
 */
const SPRING = 'codefest-taipei-2026-spring';
const DEMO_PASSWORD = 'codefest-demo-2026';
const PR = 'https://github.com/taipei-doit/shelter-map/pull/31';

type Winner = { email: string; members: { name: string }[] };

/** The silver award's team, found the way the seed made it: its captain and members in join order. */
async function silverWinners(): Promise<Winner> {
  const sql = e2eDatabase();
  const rows = await sql<{ email: string; name: string; is_captain: boolean }[]>`
    select u.email, coalesce(u.name, u.email) as name, (t.captain_id = u.id) as is_captain
    from awards a join events e on e.id = a.event_id join submissions s on s.id = a.submission_id
    join teams t on t.id = s.team_id join team_members tm on tm.team_id = t.id join users u on u.id = tm.user_id
    where e.slug = ${SPRING} and a.title_en = 'Silver Award'
    order by tm.joined_at, u.id`;
  return { email: rows.find((r) => r.is_captain)!.email, members: rows.map((r) => ({ name: r.name })) };
}

async function signInWithPassword(browser: Browser, email: string, locale: 'en' | 'zh-TW' = 'en'): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`/${locale}/sign-in`);
  await page.getByLabel(locale === 'en' ? 'E-mail address' : '電子郵件地址', { exact: true }).fill(email);
  await page.getByLabel(locale === 'en' ? 'Password' : '密碼', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: locale === 'en' ? 'Sign in' : '登入', exact: true }).click();
  await expect(page.getByRole('button', { name: locale === 'en' ? 'Sign out' : '登出' })).toBeVisible();
  return page;
}

test('winner links the PR and splits the prize; organizer merges and pays; payouts withhold; the audit log shows it all', async ({ browser }) => {
  test.setTimeout(180_000);
  const winners = await silverWinners();
  const captain = await signInWithPassword(browser, winners.email);

  // The captain's award page: a bad link is refused beside the field and kept.
  await captain.goto(`/en/events/${SPRING}/award`);
  await expect(captain.getByRole('heading', { level: 1, name: 'Your award' })).toBeVisible();
  await expect(captain.getByRole('heading', { level: 2, name: 'Silver Award' })).toBeVisible();
  await expectAccessible(captain);
  const link = captain.getByLabel('Pull request address');
  await link.fill('not a link');
  await captain.getByRole('button', { name: 'Link pull request' }).click();
  await expect(link).toHaveAccessibleDescription(/Enter the pull request's web address/);
  await expect(link).toHaveValue('not a link');
  await link.fill(PR);
  await captain.getByRole('button', { name: 'Link pull request' }).click();
  await expect(captain.getByText('The pull request is linked.')).toBeVisible();
  await expect(captain.getByText('Pull request opened')).toBeVisible();

  // The split must add up to NT$50,000: 10,000 each for five is refused, what was typed stays.
  const [first, ...rest] = winners.members;
  const share = (name: string) => captain.getByLabel(`Share of ${name} (NT$)`);
  await share(first!.name).fill('10000');
  for (const m of rest) await share(m.name).fill('5000');
  await share(rest[0]!.name).fill('0');
  await captain.getByRole('button', { name: 'Save split' }).click();
  await expect(captain.getByText('The shares must add up exactly to the prize amount.')).toBeVisible();
  await expect(share(first!.name)).toHaveValue('10000');
  await share(first!.name).fill(String(50000 - 5000 * rest.length));
  await share(rest[0]!.name).fill('5000');
  await captain.getByRole('button', { name: 'Save split' }).click();
  await expect(captain.getByText('The split is saved.')).toBeVisible();
  await expectAccessible(captain);

  // The organizer sees the link, refuses a merge time without the merged status, then merges and pays.
  const organizer = await (await browser.newContext({ storageState: storageStateFor('organizer') })).newPage();
  await organizer.goto(`/en/admin/events/${SPRING}`);
  await organizer.getByRole('link', { name: 'Adoption tracking' }).click();
  await expect(organizer.getByRole('heading', { level: 1, name: 'Adoption tracking' })).toBeVisible();
  const silverRow = organizer.getByRole('row', { name: /^Silver Award/ });
  await expect(silverRow.getByRole('link', { name: PR.replace('https://', '') })).toBeVisible();
  await expect(silverRow).toContainText('Pull request opened');
  await expectAccessible(organizer);
  await silverRow.getByRole('link', { name: /^Edit Silver Award/ }).click();
  await expect(organizer.getByRole('heading', { level: 2, name: /^Adoption of Silver Award/ })).toBeVisible();
  await organizer.getByLabel('Merge due (Asia/Taipei)').fill('2030-06-30T18:00');
  await organizer.getByLabel('Merged at (Asia/Taipei, optional)').fill('2030-06-01T10:00');
  await organizer.getByRole('button', { name: 'Save adoption' }).click();
  await expect(organizer.getByLabel('Merged at (Asia/Taipei, optional)')).toHaveAccessibleDescription(/A merge time needs the status "Merged"/);
  await expect(organizer.getByLabel('Merge due (Asia/Taipei)')).toHaveValue('2030-06-30T18:00');
  await organizer.getByLabel('Merged at (Asia/Taipei, optional)').fill('');
  await organizer.getByLabel('Status').selectOption({ label: 'Merged' });
  await organizer.getByRole('button', { name: 'Save adoption' }).click();
  await expect(organizer.getByText('The adoption is saved.')).toBeVisible();
  await expect(silverRow).toContainText('Merged');
  await silverRow.getByRole('button', { name: /^Mark Silver Award .* paid$/ }).click();
  await expect(organizer.getByText('Marked as paid.')).toBeVisible();
  await expect(silverRow.getByRole('button', { name: /paid$/ })).toHaveCount(0);

  // A follow-up after the merge: piloted, with link and day.
  await silverRow.getByRole('link', { name: /^Edit Silver Award/ }).click();
  await expect(organizer.getByRole('heading', { level: 2, name: /^Adoption of Silver Award/ })).toBeVisible();
  await organizer.getByLabel('What happened').selectOption({ label: 'Piloted' });
  await organizer.getByLabel('Date', { exact: true }).fill('2030-08-01');
  await organizer.getByLabel('Link (optional)').fill('https://www.gov.taipei/news/shelter-pilot');
  await organizer.getByRole('button', { name: 'Record follow-up' }).click();
  await expect(organizer.getByText('The follow-up is recorded.')).toBeVisible();
  await silverRow.getByRole('link', { name: /^Edit Silver Award/ }).click();
  await expect(organizer.getByRole('table', { name: /^Follow-ups of Silver Award/ })).toContainText('2030-08-01');

  // A due date already past with no merge: the bronze row says Overdue (derived from the database clock).
  const bronzeRow = organizer.getByRole('row', { name: /^Bronze Award/ });
  await expect(bronzeRow).not.toContainText('Overdue');
  await bronzeRow.getByRole('link', { name: /^Edit Bronze Award/ }).click();
  // Wait for the bronze form to replace the silver one: both have the same labels.
  await expect(organizer.getByRole('heading', { level: 2, name: /^Adoption of Bronze Award/ })).toBeVisible();
  await organizer.getByLabel('Merge due (Asia/Taipei)').fill('2020-01-01T09:00');
  await organizer.getByRole('button', { name: 'Save adoption' }).click();
  await expect(organizer.getByText('The adoption is saved.')).toBeVisible();
  await expect(bronzeRow).toContainText('Overdue');

  // Payouts: the first member's NT$30,000 is withheld 10% (above NT$20,000); NT$5,000 shares are not.
  await organizer.goto(`/en/admin/events/${SPRING}/payouts`);
  await expect(organizer.getByRole('heading', { level: 1, name: 'Prize payouts' })).toBeVisible();
  const firstRow = organizer.getByRole('row', { name: new RegExp(`${first!.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  await expect(firstRow).toContainText('30,000');
  await expect(firstRow).toContainText('3,000');
  await expect(firstRow).toContainText('27,000');
  await expect(firstRow).toContainText('Paid');
  await expectAccessible(organizer);
  // A rate with three decimals is refused beside the field.
  await organizer.getByLabel('Withholding rate (%)').fill('10.125');
  await organizer.getByRole('button', { name: 'Save settings' }).click();
  await expect(organizer.getByLabel('Withholding rate (%)')).toHaveAccessibleDescription(/Enter a rate between 0 and 100/);
  const csv = await organizer.request.get(`/en/admin/events/${SPRING}/payouts/csv`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain(`${first!.name},30000,3000,27000,merged`);

  // The audit log shows those actions, and filters by one.
  await organizer.goto(`/en/admin/events/${SPRING}/audit`);
  await expect(organizer.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  for (const action of ['adoption.paid', 'adoption.updated', 'prize_split.declared', 'adoption.pr_linked']) {
    await expect(organizer.getByRole('rowheader', { name: action }).first()).toBeVisible();
  }
  await organizer.getByLabel('Action').selectOption('adoption.paid');
  await organizer.getByRole('button', { name: 'Apply filters' }).click();
  await expect(organizer.getByRole('rowheader', { name: 'adoption.updated' })).toHaveCount(0);
  await expect(organizer.getByRole('rowheader', { name: 'adoption.paid' })).toHaveCount(1);
  await organizer.getByText('1 field').click();
  await expect(organizer.getByRole('rowheader', { name: 'paidAt' })).toBeVisible();
  await expectAccessible(organizer);

  // The same pages in zh-TW.
  await organizer.goto(`/zh-TW/admin/events/${SPRING}/adoption`);
  await expect(organizer.getByRole('heading', { level: 1, name: '採用追蹤' })).toBeVisible();
  await expect(organizer.getByRole('row', { name: /^銀獎/ })).toContainText('已合併');
  await expectAccessible(organizer);
  await organizer.goto(`/zh-TW/admin/events/${SPRING}/payouts`);
  await expect(organizer.getByRole('heading', { level: 1, name: '獎金撥付' })).toBeVisible();
  await expectAccessible(organizer);
  await organizer.goto(`/zh-TW/admin/events/${SPRING}/audit`);
  await expect(organizer.getByRole('heading', { level: 1, name: '稽核紀錄' })).toBeVisible();
  await expectAccessible(organizer);
  await captain.goto(`/zh-TW/events/${SPRING}/award`);
  await expect(captain.getByRole('heading', { level: 1, name: '您的獎項' })).toBeVisible();
  await expect(captain.getByText('已合併').first()).toBeVisible();
  await expectAccessible(captain);
});

test.describe('a participant outside the winning team', () => {
  test.use({ storageState: storageStateFor('participant') });

  test('gets 404 for the award page and 403 for the organizer pages and no CSV', async ({ page }) => {
    expect((await page.goto(`/en/events/${SPRING}/award`))?.status()).toBe(404);
    for (const tool of ['adoption', 'payouts', 'audit']) {
      expect((await page.goto(`/en/admin/events/${SPRING}/${tool}`))?.status()).toBe(403);
    }
    expect((await page.request.get(`/en/admin/events/${SPRING}/payouts/csv`)).status()).toBe(404);
  });
});
