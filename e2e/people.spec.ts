import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { storageStateFor } from './support/roles';
import { createUser, e2eDatabase } from './support/users';

/*
 * The organizer's people and teams tools on a fresh event the demo organizer organizes: search and
 * bulk-accept registrations, disqualify a team with a reason (and reinstate it), download a CSV and check
 * its bytes; in English and Traditional Chinese, with axe. A participant and a judge are refused.
 */
async function peopleEvent() {
  const sql = e2eDatabase();
  const token = randomUUID().slice(0, 6);
  const slug = `people-${token}`;
  const [event] = await sql<{ id: string }[]>`
    insert into events (slug, title_zh, title_en, is_published, admission_mode, registration_opens_at, registration_closes_at,
      hacking_starts_at, submission_deadline, judging_ends_at, team_size_min, team_size_max)
    values (${slug}, '人員測試黑客松', 'People test hackathon', true, 'automatic', now() - interval '1 day', now() + interval '5 days',
      now() + interval '6 days', now() + interval '7 days', now() + interval '14 days', 1, 4)
    returning id`;
  await sql`insert into event_roles (event_id, user_id, role) select ${event!.id}, id, 'organizer' from users where email = 'organizer@codefest.example'`;
  const names = [`陳 ${token} 甲`, `Lin ${token}, "B"`, `Other ${token}`];
  const people = [];
  for (const [i, name] of names.entries()) {
    const user = await createUser(name);
    await sql`insert into registrations (event_id, user_id, display_name, affiliation, status, waitlist_position, consent_rules_at, consent_data_at)
      values (${event!.id}, ${user.id}, ${name}, ${i === 2 ? 'Elsewhere' : '臺灣大學'}, 'waitlisted', ${i + 1}, now(), now())`;
    people.push(user);
  }
  const team = `隊伍 ${token}`;
  const [row] = await sql<{ id: string }[]>`insert into teams (event_id, name, captain_id, invite_code, status)
    values (${event!.id}, ${team}, ${people[0]!.id}, ${randomUUID().slice(0, 10)}, 'admitted') returning id`;
  await sql`insert into team_members (team_id, event_id, user_id, role) values (${row!.id}, ${event!.id}, ${people[0]!.id}, 'captain')`;
  return { slug, token, names, team };
}

const rowOf = (page: Page, name: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });

test.describe('organizer', () => {
  test.use({ storageState: storageStateFor('organizer') });

  test('searches, bulk-accepts registrations and downloads the CSV (en)', async ({ page }) => {
    const { slug, token, names } = await peopleEvent();
    await page.goto(`/en/admin/events/${slug}`);
    await page.getByRole('link', { name: 'Registrations' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Registrations: People test hackathon' })).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel('Name, e-mail or affiliation').fill('臺灣');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page.getByText('2 found')).toBeVisible();
    await expect(rowOf(page, names[2]!)).toHaveCount(0);
    await page.getByLabel('Name, e-mail or affiliation').fill(token);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page.getByText('3 found')).toBeVisible();

    await page.getByLabel(`Select ${names[0]}`).check();
    await page.getByLabel(`Select ${names[1]}`).check();
    const bulk = page.getByRole('form', { name: 'Decide for the selected registrations' });
    await bulk.getByRole('radio', { name: 'Accept' }).check();
    await bulk.getByRole('button', { name: 'Apply to selected' }).click();
    await expect(bulk.getByText('2 registrations decided.')).toBeVisible();
    await expect(rowOf(page, names[0]!).getByRole('cell', { name: 'Accepted' })).toBeVisible();
    await expect(rowOf(page, names[1]!).getByRole('cell', { name: 'Accepted' })).toBeVisible();
    await expect(rowOf(page, names[2]!).getByRole('cell', { name: /Waitlisted/ })).toBeVisible();

    // Nothing ticked: the refusal is said, nothing changes.
    await bulk.getByRole('button', { name: 'Apply to selected' }).click();
    await expect(bulk.getByRole('alert')).toContainText('Select at least one registration.');

    // One row on its own, then a bulk decision where one row is refused and reported by name.
    await rowOf(page, names[2]!).getByRole('button', { name: `Reject ${names[2]}` }).click();
    await expect(rowOf(page, names[2]!).getByRole('cell', { name: 'Rejected' })).toBeVisible();
    await page.getByLabel(`Select ${names[0]}`).check();
    await page.getByLabel(`Select ${names[2]}`).check();
    await bulk.getByRole('radio', { name: 'Accept' }).check();
    await bulk.getByRole('button', { name: 'Apply to selected' }).click();
    await expect(bulk.getByText('1 registration decided.')).toBeVisible();
    await expect(bulk.getByRole('listitem')).toHaveText(`${names[0]}: already has this status`);
    await expect(rowOf(page, names[2]!).getByRole('cell', { name: 'Accepted' })).toBeVisible();
    await expectAccessible(page);

    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Registrations (CSV)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${slug}-registrations.csv`);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('\r\n');
    expect(text).toContain(`registered_at (Asia/Taipei)`);
    expect(text).toContain(names[0]!);
    expect(text).toContain(`"Lin ${token}, ""B"""`);
  });

  test('disqualifies a team with a reason and reinstates it (zh-TW)', async ({ page }) => {
    const { slug, team } = await peopleEvent();
    await page.goto(`/zh-TW/admin/events/${slug}`);
    await page.getByRole('link', { name: '隊伍與作品' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '隊伍：人員測試黑客松' })).toBeVisible();
    await expectAccessible(page);

    const row = rowOf(page, team);
    await row.getByRole('group', { name: `移除 ${team}` }).getByRole('radio', { name: '取消資格' }).check();
    await row.getByRole('button', { name: `移除隊伍 ${team}` }).click();
    await expect(row.getByText('請填寫原因。')).toBeVisible();
    await expect(row.getByRole('radio', { name: '取消資格' })).toBeChecked();

    await row.getByLabel('原因（主辦方可見，並記錄於稽核紀錄）').fill('使用他人程式碼未註明');
    await row.getByRole('button', { name: `移除隊伍 ${team}` }).click();
    await expect(row.getByText('原因：使用他人程式碼未註明')).toBeVisible();
    await expect(row.getByRole('cell', { name: /^取消資格/ })).toBeVisible();
    await expect(row.getByRole('link', { name: `延長繳交期限 （${team}）` })).toHaveAttribute('href', `/zh-TW/admin/events/${slug}/extensions`);
    await expectAccessible(page);

    await row.getByRole('button', { name: `恢復 ${team}` }).click();
    await expect(row.getByRole('cell', { name: '錄取', exact: true })).toBeVisible();
    await expect(row.getByText('原因：使用他人程式碼未註明')).toHaveCount(0);

    await page.goto(`/zh-TW/admin/events/${slug}/registrations`);
    await expect(page.getByRole('heading', { level: 1, name: '報名名單：人員測試黑客松' })).toBeVisible();
    await expectAccessible(page);
  });
});

for (const role of ['participant', 'judge'] as const) {
  test.describe(role, () => {
    test.use({ storageState: storageStateFor(role) });
    test('is refused the pages and the exports', async ({ page }) => {
      const { slug } = await peopleEvent();
      for (const path of ['registrations', 'teams']) {
        const response = await page.goto(`/en/admin/events/${slug}/${path}`);
        expect([403, 404]).toContain(response?.status());
      }
      for (const dataset of ['registrations', 'teams', 'submissions']) {
        expect((await page.request.get(`/api/admin/events/${slug}/exports/${dataset}?format=csv`)).status()).toBe(404);
      }
    });
  });
}
