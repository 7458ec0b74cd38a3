import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { createUser, e2eDatabase, signIn } from './support/users';

const DAY = 24 * 3600 * 1000;

/**
 * An event past its deadline with an open preliminary round (rubric: Application 40 = Creativity 20 + Fit
 * 20, Technical 60 on 0..5), two submitted projects, and two judges assigned to both. Set up directly in
 * the database (historical writes switched on for this transaction only); the journey is the judging.
 */
async function judgingEvent() {
  const sql = e2eDatabase();
  const tag = randomUUID().slice(0, 8);
  const [judgeA, judgeB, participant, organizer] = [
    await createUser('評審甲 Judge A'),
    await createUser('評審乙 Judge B'),
    await createUser('參賽者 Participant'),
    await createUser('主辦 Organizer'),
  ];
  const now = Date.now();
  const slug = `judging-${tag}`;
  const titles = [`Bus Buddy ${tag}`, `Park Finder ${tag}`];
  await sql.begin(async (tx) => {
    await tx`select set_config('codefest.allow_late_project_writes', 'on', true)`;
    const [event] = await tx<{ id: string }[]>`
      insert into events (slug, title_zh, title_en, is_published, registration_opens_at, registration_closes_at, hacking_starts_at, submission_deadline, judging_ends_at)
      values (${slug}, ${'評審測試 ' + tag}, ${'Judging test ' + tag}, true, ${new Date(now - 10 * DAY)}, ${new Date(now - 5 * DAY)}, ${new Date(now - 3 * DAY)}, ${new Date(now - DAY)}, ${new Date(now + 5 * DAY)})
      returning id`;
    for (const judge of [judgeA, judgeB]) await tx`insert into event_roles (event_id, user_id, role) values (${event!.id}, ${judge.id}, 'judge')`;
    await tx`insert into event_roles (event_id, user_id, role) values (${event!.id}, ${organizer.id}, 'organizer')`;
    const [round] = await tx<{ id: string }[]>`
      insert into judging_rounds (event_id, kind, name_zh, name_en, position, status, opens_at, closes_at, presentation_seconds, qa_seconds)
      values (${event!.id}, 'preliminary', '初賽', 'Preliminary', 1, 'open', ${new Date(now - DAY)}, ${new Date(now + 2 * DAY)}, 300, 180) returning id`;
    const [parent] = await tx<{ id: string }[]>`
      insert into rubric_criteria (round_id, name_zh, name_en, weight, position) values (${round!.id}, '服務應用', 'Application', 40, 1) returning id`;
    await tx`
      insert into rubric_criteria (round_id, parent_id, name_zh, name_en, guidance_zh, guidance_en, weight, scale_max, position) values
        (${round!.id}, ${parent!.id}, '創意', 'Creativity', '想法新穎', 'A fresh idea', 20, 10, 1),
        (${round!.id}, ${parent!.id}, '切題', 'Fit', '', '', 20, 10, 2),
        (${round!.id}, null, '技術完整度', 'Technical', '', '', 60, 5, 2)`;
    for (const [i, title] of titles.entries()) {
      const captain = await createUser(`Captain ${i}`);
      const [team] = await tx<{ id: string }[]>`
        insert into teams (event_id, captain_id, name, invite_code, status) values (${event!.id}, ${captain.id}, ${`Team ${i} ${tag}`}, ${`c${i}${tag}`}, 'admitted') returning id`;
      await tx`insert into team_members (team_id, event_id, user_id, role) values (${team!.id}, ${event!.id}, ${captain.id}, 'captain')`;
      const [submission] = await tx<{ id: string }[]>`
        insert into submissions (team_id, event_id, slug, title, tagline, description, status, submitted_at)
        values (${team!.id}, ${event!.id}, ${`p${i}-${tag}`}, ${title}, 'Tagline', ${'## Features\n- real-time'}, 'submitted', ${new Date(now - 2 * DAY)}) returning id`;
      for (const judge of [judgeA, judgeB]) {
        await tx`insert into judge_assignments (round_id, judge_id, submission_id) values (${round!.id}, ${judge.id}, ${submission!.id})`;
      }
    }
  });
  return { slug, titles, judgeA, judgeB, participant, organizer };
}

const EN = { creativity: 'Creativity (0–10)', fit: 'Fit (0–10)', technical: 'Technical (0–5)', note: 'Private note to the organizers' };
const ZH = { creativity: '創意（0–10）', fit: '切題（0–10）', technical: '技術完整度（0–5）' };

async function scoreProject(page: Page, title: string, values: [string, string, string]) {
  await page.getByRole('link', { name: `Score: ${title}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Score: ${title}` })).toBeVisible();
  await page.getByLabel(EN.creativity).fill(values[0]);
  await page.getByLabel(EN.fit).fill(values[1]);
  await page.getByLabel(EN.technical).fill(values[2]);
  await page.getByLabel(EN.note).fill(`note on ${title}`);
  await expect(page.getByRole('status').filter({ hasText: /^Saved at \d\d:\d\d:\d\d$/ })).toBeVisible();
}

test('a judge scores two projects (autosave, then submit), sees 2 / 2; the other judge never sees those scores', async ({ browser }) => {
  const f = await judgingEvent();
  const a = await browser.newContext();
  const page = await a.newPage();
  await signIn(page, f.judgeA, 'en');
  await page.goto('/en/judge');
  await page.getByRole('link', { name: 'Open my judging queue' }).click();
  await expect(page).toHaveURL(new RegExp(`/en/judge/events/${f.slug}$`));
  await expect(page.getByText('0 / 2')).toBeVisible();
  await expectAccessible(page);

  // First project: autosave, then leave and come back: the draft is there.
  await scoreProject(page, f.titles[0]!, ['8', '6', '4']);
  await expect(page.getByText('Your weighted total: 76 / 100')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Back to my queue' }).click();
  await expect(page.getByRole('row', { name: new RegExp(f.titles[0]!) })).toContainText('Draft');
  await page.getByRole('link', { name: `Score: ${f.titles[0]}` }).click();
  await expect(page.getByLabel(EN.creativity)).toHaveValue('8');
  // Out of range: the message sits beside the field, and the value is kept.
  await page.getByLabel(EN.technical).fill('7');
  await expect(page.getByText("The score must be between 0 and the criterion's maximum.")).toBeVisible();
  await expect(page.getByLabel(EN.technical)).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel(EN.technical).fill('4');
  await expect(page.getByRole('status').filter({ hasText: /^Saved at/ })).toBeVisible();
  await expect(page.getByLabel(EN.technical)).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Submit scores' }).click();
  await expect(page.getByText('Submitted. The sheet is locked.')).toBeVisible();

  await page.getByRole('link', { name: 'Back to my queue' }).click();
  await scoreProject(page, f.titles[1]!, ['5', '5', '3']);
  await page.getByRole('button', { name: 'Submit scores' }).click();
  await expect(page.getByText('Submitted. The sheet is locked.')).toBeVisible();
  await page.getByRole('link', { name: 'Back to my queue' }).click();
  await expect(page.getByText('2 / 2')).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(f.titles[1]!) })).toContainText('Submitted');
  await a.close();

  // Judge B, in zh-TW: same projects, an empty sheet of their own, nothing of judge A's.
  const b = await browser.newContext();
  const pageB = await b.newPage();
  await signIn(pageB, f.judgeB, 'zh-TW');
  await pageB.goto(`/zh-TW/judge/events/${f.slug}`);
  await expect(pageB.getByText('0 / 2')).toBeVisible();
  await expectAccessible(pageB);
  await pageB.getByRole('link', { name: `評分: ${f.titles[0]}` }).click();
  await expect(pageB.getByRole('heading', { level: 1, name: `評分：${f.titles[0]}` })).toBeVisible();
  await expect(pageB.getByLabel(ZH.creativity)).toHaveValue('');
  await expect(pageB.getByLabel(ZH.technical)).toHaveValue('');
  await expect(pageB.getByLabel('給主辦單位的私人備註')).toHaveValue('');
  await expect(pageB.getByText(`note on ${f.titles[0]}`)).toHaveCount(0);
  await expect(pageB.getByText('尚未儲存')).toBeVisible();
  await expectAccessible(pageB);
  // Submitting with blanks: each blank criterion says so beside itself (zh-TW).
  await pageB.getByLabel(ZH.creativity).fill('9');
  await pageB.getByRole('button', { name: '送出評分' }).click();
  await expect(pageB.getByText('送出前請為此項目評分。')).toHaveCount(2);
  await expect(pageB.getByLabel(ZH.creativity)).toHaveValue('9');
  await b.close();
});

test('a participant is refused the judge queue and the scoring page; a judge of another event gets not found', async ({ browser }) => {
  const f = await judgingEvent();
  const other = await judgingEvent();
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, f.participant, 'en');
  const queue = await page.goto(`/en/judge/events/${f.slug}`);
  expect(queue?.status()).toBe(403);
  await context.close();

  const judged = await browser.newContext();
  const judgePage = await judged.newPage();
  await signIn(judgePage, other.judgeA, 'en');
  expect((await judgePage.goto(`/en/judge/events/${f.slug}`))?.status()).toBe(404);
  await judgePage.goto(`/en/judge/events/${other.slug}`);
  const href = await judgePage.getByRole('link', { name: `Score: ${other.titles[0]}` }).getAttribute('href');
  const submissionId = href!.split('/projects/')[1]!.split('?')[0]!;
  // The same judge opening that project under the other event's address: not found.
  expect((await judgePage.goto(`/en/judge/events/${f.slug}/projects/${submissionId}`))?.status()).toBe(404);
  await judged.close();
});

test('an organizer reopens a submitted sheet with a reason; the judge can edit it again', async ({ browser }) => {
  const f = await judgingEvent();
  const judge = await browser.newContext();
  const page = await judge.newPage();
  await signIn(page, f.judgeA, 'en');
  await page.goto(`/en/judge/events/${f.slug}`);
  await page.getByRole('link', { name: `Score: ${f.titles[0]}` }).click();
  await page.getByLabel(EN.creativity).fill('7');
  await page.getByLabel(EN.fit).fill('7');
  await page.getByLabel(EN.technical).fill('2');
  await page.getByLabel(EN.note).fill('Strong data work; check the demo runs offline.');
  await page.getByRole('button', { name: 'Submit scores' }).click();
  await expect(page.getByText('Submitted. The sheet is locked.')).toBeVisible();
  const sheetUrl = page.url();

  const org = await browser.newContext();
  const admin = await org.newPage();
  await signIn(admin, f.organizer, 'zh-TW');
  await admin.goto(`/zh-TW/admin/events/${f.slug}/judging/sheets`);
  const row = admin.getByRole('row', { name: new RegExp(f.titles[0]!) });
  await expect(row).toContainText('評審甲 Judge A');
  await expect(row).toContainText('Strong data work; check the demo runs offline.');
  await expectAccessible(admin);
  await row.getByRole('button', { name: '重新開啟' }).click();
  await expect(row.getByText('請填寫原因（至少 3 個字）。')).toBeVisible();
  await row.getByRole('textbox').fill('評審要求修正技術分數');
  await row.getByRole('button', { name: '重新開啟' }).click();
  await expect(admin.getByText('尚無已送出的評分表。')).toBeVisible();
  await org.close();

  await page.goto(sheetUrl);
  await expect(page.getByLabel(EN.technical)).toHaveValue('2');
  await page.getByLabel(EN.technical).fill('5');
  await expect(page.getByRole('status').filter({ hasText: /^Saved at/ })).toBeVisible();
  await page.getByRole('button', { name: 'Submit scores' }).click();
  await expect(page.getByText('Your weighted total: 88 / 100')).toBeVisible();
  await judge.close();
});

test('presentation mode: the organizer runs the stage; the big screen and a judge tablet follow; an absent team is marked', async ({ browser }) => {
  // Three signed-in browsers (organizer, big screen, judge tablet) and a whole running order: 35 s on a
  // quiet machine, so the default 45 s left no room on a busy one (it timed out in CI once).
  test.setTimeout(120_000);
  const f = await judgingEvent();
  const org = await browser.newContext();
  const admin = await org.newPage();
  await signIn(admin, f.organizer, 'en');
  await admin.goto(`/en/admin/events/${f.slug}/judging/stage`);
  await admin.getByRole('button', { name: "Build the running order from the round's projects" }).click();
  await expect(admin.getByRole('table', { name: 'Running order' })).toBeVisible();
  await expectAccessible(admin);
  // Park Finder first, then put it on stage.
  await admin.getByRole('button', { name: `Move up: ${f.titles[1]}` }).click();
  await expect(admin.getByRole('row').nth(1)).toContainText(f.titles[1]!);
  await admin.getByRole('button', { name: `On stage, start the 300-second presentation: ${f.titles[1]}` }).click();
  await expect(admin.getByRole('timer')).toHaveText(/^0[45]:\d\d$/);
  await admin.getByRole('button', { name: `Mark absent: ${f.titles[0]}` }).click();
  await expect(admin.getByRole('row', { name: new RegExp(f.titles[0]!) })).toContainText('Absent');

  const screen = await org.newPage();
  await screen.goto(`/en/stage/${f.slug}`);
  await expect(screen.getByText(f.titles[1]!)).toBeVisible();
  await expect(screen.getByRole('timer')).toHaveText(/^0[45]:\d\d$/);
  await expectAccessible(screen);

  const tablet = await browser.newContext();
  const judgePage = await tablet.newPage();
  await signIn(judgePage, f.judgeA, 'zh-TW');
  await judgePage.goto(`/zh-TW/judge/events/${f.slug}/stage`);
  await expect(judgePage.getByRole('heading', { name: `目前上台: ${f.titles[1]}` })).toBeVisible();
  await expect(judgePage.getByRole('timer')).toHaveText(/^0[45]:\d\d$/);
  await expectAccessible(judgePage);
  // Q&A starts on the console; the tablet follows on its own.
  await admin.getByRole('button', { name: `Start Q&A (180 s): ${f.titles[1]}` }).click();
  await expect(judgePage.getByText('問答')).toBeVisible();
  await expect(judgePage.getByRole('timer')).toHaveText(/^0[23]:\d\d$/);
  await judgePage.getByRole('link', { name: '為這一隊評分' }).click();
  await expect(judgePage.getByRole('heading', { level: 1, name: `評分：${f.titles[1]}` })).toBeVisible();
  // The absent team's sheet says so to its judges.
  await judgePage.goto(`/zh-TW/judge/events/${f.slug}`);
  await expect(judgePage.getByRole('row', { name: new RegExp(f.titles[0]!) })).toContainText('缺席');
  await tablet.close();

  // A judge cannot open the console or the big screen (403: not an organizer anywhere).
  const judgeOnly = await browser.newContext();
  const other = await judgeOnly.newPage();
  await signIn(other, f.judgeB, 'en');
  expect((await other.goto(`/en/admin/events/${f.slug}/judging/stage`))?.status()).toBe(403);
  expect((await other.goto(`/en/stage/${f.slug}`))?.status()).toBe(403);
  await judgeOnly.close();
  await org.close();
});

test('two tabs on one sheet: the second autosave is refused as stale with a clear message, and its input is kept', async ({ browser }) => {
  const f = await judgingEvent();
  const context = await browser.newContext();
  const first = await context.newPage();
  await signIn(first, f.judgeA, 'en');
  await first.goto(`/en/judge/events/${f.slug}`);
  await first.getByRole('link', { name: `Score: ${f.titles[0]}` }).click();
  await expect(first.getByRole('heading', { level: 1, name: `Score: ${f.titles[0]}` })).toBeVisible();
  const second = await context.newPage();
  await second.goto(first.url());
  await first.getByLabel(EN.creativity).fill('5');
  await expect(first.getByRole('status').filter({ hasText: /^Saved at/ })).toBeVisible();
  await second.getByLabel(EN.fit).fill('3');
  await expect(second.getByRole('alert').filter({ hasText: 'This sheet changed elsewhere' })).toBeVisible();
  await expect(second.getByLabel(EN.fit)).toHaveValue('3');
  await expect(second.getByRole('button', { name: 'Submit scores' })).toBeDisabled();
  await second.getByRole('link', { name: 'Reload the latest version' }).click();
  await expect(second.getByLabel(EN.creativity)).toHaveValue('5');
  await context.close();
});
