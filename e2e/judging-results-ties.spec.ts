import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { createUser, e2eDatabase, signIn, type FixtureUser } from './support/users';

/*
 * A round of its own (so it runs beside the other specs): two judges who disagree exactly on two projects,
 * so every method ties them and the organizer records the panel's order. Rows are set up in SQL with the
 * historical-write switch the seed uses; the journey under test is the organizer's.
 */
async function tiedRound(organizer: FixtureUser) {
  const sql = e2eDatabase();
  const slug = `ties-${randomUUID().slice(0, 8)}`;
  const judges = [await createUser('評審甲'), await createUser('評審乙')];
  const captains = [await createUser('隊長一'), await createUser('隊長二')];
  await sql.begin(async (tx) => {
    await tx`select set_config('codefest.allow_late_project_writes', 'on', true)`;
    const [event] = await tx<{ id: string }[]>`
      insert into events (slug, title_zh, title_en, is_published, registration_opens_at, registration_closes_at, hacking_starts_at, submission_deadline, judging_ends_at)
      values (${slug}, '同分測試', 'Tie test', true, now() - interval '20 days', now() - interval '10 days', now() - interval '3 days', now() - interval '2 days', now() + interval '5 days')
      returning id`;
    await tx`insert into event_roles (event_id, user_id, role) values (${event!.id}, ${organizer.id}, 'organizer')`;
    for (const j of judges) await tx`insert into event_roles (event_id, user_id, role) values (${event!.id}, ${j.id}, 'judge')`;
    const [round] = await tx<{ id: string }[]>`
      insert into judging_rounds (event_id, kind, name_zh, name_en, status) values (${event!.id}, 'preliminary', '初賽', 'Preliminary', 'open') returning id`;
    const [criterion] = await tx<{ id: string }[]>`
      insert into rubric_criteria (round_id, name_en, name_zh, weight, scale_max) values (${round!.id}, 'Overall', '整體', 100, 10) returning id`;
    const titles = ['晨光巴士', '夜行地圖'];
    const projects: string[] = [];
    for (const [i, captain] of captains.entries()) {
      const [team] = await tx<{ id: string }[]>`
        insert into teams (event_id, name, captain_id, invite_code, status) values (${event!.id}, ${`${titles[i]}隊-${slug}`}, ${captain.id}, ${randomUUID().slice(0, 10)}, 'admitted') returning id`;
      const [submission] = await tx<{ id: string }[]>`
        insert into submissions (team_id, event_id, slug, title, status, submitted_at) values (${team!.id}, ${event!.id}, ${`p${i}-${slug}`}, ${titles[i]!}, 'submitted', now() - interval '2 days') returning id`;
      projects.push(submission!.id);
    }
    // Judge 甲 gives 7 and 6, judge 乙 6 and 7: every method ties the two projects.
    const values = [
      [7, 6],
      [6, 7],
    ];
    for (const [j, judge] of judges.entries()) {
      for (const [p, project] of projects.entries()) {
        await tx`insert into judge_assignments (round_id, judge_id, submission_id) values (${round!.id}, ${judge.id}, ${project})`;
        const [sheet] = await tx<{ id: string }[]>`
          insert into score_sheets (round_id, judge_id, submission_id, status, submitted_at) values (${round!.id}, ${judge.id}, ${project}, 'submitted', now()) returning id`;
        await tx`insert into scores (sheet_id, criterion_id, value) values (${sheet!.id}, ${criterion!.id}, ${values[j]![p]!})`;
      }
    }
  });
  return { slug };
}

test('the organizer sees a tie surfaced, not broken, and records the panel’s order (zh-TW)', async ({ page }) => {
  const organizer = await createUser('主辦人');
  const { slug } = await tiedRound(organizer);
  await signIn(page, organizer, 'zh-TW');
  await page.goto(`/zh-TW/admin/events/${slug}/judging/results`);
  const ties = page.getByRole('region', { name: '需由評審團決定的同分' });
  await expect(ties.getByText(/並列第 1 名/)).toBeVisible();
  await expect(page.getByRole('region', { name: '總排名' }).getByText('同分')).toHaveCount(2);
  await expectAccessible(page);

  // Equal places are refused beside the places, and what was typed stays.
  await ties.getByLabel('晨光巴士 的名次').fill('1');
  await ties.getByLabel('夜行地圖 的名次').fill('1');
  await ties.getByRole('button', { name: '儲存評審團決定' }).click();
  await expect(ties.getByText('請為每件作品填入不同的名次，從 1 到同分作品數。')).toBeVisible();

  await ties.getByLabel('晨光巴士 的名次').fill('2');
  await ties.getByLabel('紀錄備註（選填）').fill('評審團表決 4:3');
  await ties.getByRole('button', { name: '儲存評審團決定' }).click();
  await expect(ties.getByRole('status')).toHaveText('已記錄評審團的決定。');
  await page.reload();
  await expect(page.getByText('評審團決定：夜行地圖 > 晨光巴士')).toBeVisible();
});

test('an organizer of another event is refused the ranking', async ({ page }) => {
  const owner = await createUser('主辦人');
  const { slug } = await tiedRound(owner);
  // The stranger organizes an event of their own, so the /admin area lets them in and lib/judging says no.
  const stranger = await createUser('別的主辦人');
  await tiedRound(stranger);
  await signIn(page, stranger, 'en');
  const response = await page.goto(`/en/admin/events/${slug}/judging/results`);
  expect(response?.status()).toBe(404);
  const csv = await page.request.get(`/api/admin/events/${slug}/judging/scores.csv`);
  expect(csv.status()).toBe(404);
});
