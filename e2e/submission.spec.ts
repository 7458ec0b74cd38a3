import { expect, test, type Browser, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { expectAccessible } from './support/axe';
import { createUser, e2eDatabase, signIn, type FixtureUser } from './support/users';

/*
 * A team submits its project: member A fills the form and uploads a cover, submits, edits; B edits the same
 * version at once and gets the conflict with both versions side by side (in zh-TW); then the test moves the
 * deadline into the past and the next save is refused, the page turning into the read-only confirmation.
 * The event, team and members are this spec's own rows, so the deadline is ours to move.
 */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

type Fixture = { slug: string; eventId: string; teamId: string; a: FixtureUser; b: FixtureUser };

async function teamWithEvent(): Promise<Fixture> {
  const sql = e2eDatabase();
  const slug = `e2e-submit-${randomUUID().slice(0, 8)}`;
  const [event] = await sql<{ id: string }[]>`
    insert into events (slug, title_zh, title_en, is_published, registration_opens_at, registration_closes_at,
      hacking_starts_at, submission_deadline, judging_ends_at, team_size_min)
    values (${slug}, '提交測試黑客松', 'Submission test hackathon', true, now() - interval '10 days', now() - interval '2 days',
      now() - interval '1 hour', now() + interval '1 day', now() + interval '7 days', 2)
    returning id`;
  await sql`insert into tracks (event_id, slug, name_zh, name_en) values (${event!.id}, 'mobility', '交通', 'Mobility')`;
  await sql`insert into compliance_items (event_id, label_zh, label_en, position) values (${event!.id}, '儲存庫已公開', 'The repository is public', 0)`;
  await sql`insert into custom_questions (event_id, scope, kind, label_zh, label_en, options, is_required, position)
    values (${event!.id}, 'submission', 'single_choice', '完成程度', 'How far is the project?',
      ${sql.json([{ value: 'prototype', labelZh: '原型', labelEn: 'Prototype' }, { value: 'working', labelZh: '可運作', labelEn: 'Working version' }])}, true, 0)`;
  const a = await createUser('Alice 王');
  const b = await createUser('Bob 陳');
  const [team] = await sql<{ id: string }[]>`
    insert into teams (event_id, captain_id, name, invite_code, status)
    values (${event!.id}, ${a.id}, ${`Team ${slug}`}, ${slug}, 'admitted') returning id`;
  await sql`insert into team_members (team_id, event_id, user_id) values (${team!.id}, ${event!.id}, ${a.id}), (${team!.id}, ${event!.id}, ${b.id})`;
  return { slug, eventId: event!.id, teamId: team!.id, a, b };
}

async function signedInPage(browser: Browser, user: FixtureUser, locale: 'en' | 'zh-TW'): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, user, locale);
  return page;
}

test('a team submits, edits, reconciles a conflict, and is refused after the deadline', async ({ browser }) => {
  test.setTimeout(120_000);
  const f = await teamWithEvent();
  const path = `/events/${f.slug}/submission`;
  const a = await signedInPage(browser, f.a, 'en');
  await a.goto(`/en${path}`);
  await expect(a.getByRole('heading', { level: 1, name: 'Project submission' })).toBeVisible();
  await expect(a.getByText('Not started: no version saved yet')).toBeVisible();
  await expect(a.getByText('Time left:')).toBeVisible();
  await expectAccessible(a);

  // A bad link is refused beside its field; everything typed stays.
  await a.getByLabel('Project title').fill('Bus Transfer Helper');
  await a.getByLabel('Tagline').fill('When the low-floor bus comes, at a glance');
  await a.getByLabel('Description', { exact: true }).fill('## Features\n- Live arrivals');
  await a.getByLabel('Track').selectOption({ label: 'Mobility' });
  await a.getByLabel('Repository URL').fill('javascript:alert(1)');
  await a.getByLabel('Technologies').fill('Next.js, PostgreSQL');
  await a.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(a.getByText('Enter a web address starting with http:// or https://.')).toBeVisible();
  await expect(a.getByLabel('Project title')).toHaveValue('Bus Transfer Helper');
  await a.getByLabel('Repository URL').fill('https://github.com/example/bus');
  await a.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(a.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(a.getByText('Draft (not submitted): version 1')).toBeVisible();

  // A cover image, previewed with its alt text and served privately.
  await a.getByLabel('Image file').setInputFiles({ name: 'cover.png', mimeType: 'image/png', buffer: PNG });
  await a.getByLabel('Description of the image (alt text)').fill('The arrivals board');
  await a.getByRole('button', { name: 'Upload image' }).click();
  await expect(a.getByRole('status').filter({ hasText: 'Image uploaded.' })).toBeVisible();
  const image = a.getByRole('img', { name: 'The arrivals board' });
  await expect(image).toBeVisible();
  const response = await a.request.get((await image.getAttribute('src'))!);
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toBe('private, no-store');
  expect(response.headers()['etag']).toMatch(/^"[0-9a-f]{64}"$/);
  expect(response.headers()['content-type']).toBe('image/png');

  // Submitting needs the required answer and the checklist.
  await a.getByRole('button', { name: 'Submit project' }).click();
  await expect(a.getByText('How far is the project?: Answer this question before submitting.')).toBeVisible();
  await a.getByRole('radio', { name: 'Working version' }).check();
  await a.getByRole('checkbox', { name: 'The repository is public' }).check();
  await a.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(a.getByText('Draft (not submitted): version 2')).toBeVisible();
  await a.getByRole('button', { name: 'Submit project' }).click();
  await expect(a.getByRole('status').filter({ hasText: 'Your project is submitted.' })).toBeVisible();
  await expect(a.getByText('Submitted (version 3) on')).toBeVisible();

  // Edit after submitting.
  await a.getByLabel('Tagline').fill('Low-floor buses, live');
  await a.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(a.getByText('Submitted (version 4) on')).toBeVisible();
  await expect(a.getByRole('table', { name: 'Every saved version of the project, newest first' }).getByRole('row')).toHaveCount(5);

  // B opens the page (version 4) in Chinese; A saves first; B's save is refused and kept.
  const b = await signedInPage(browser, f.b, 'zh-TW');
  await b.goto(`/zh-TW${path}`);
  await expect(b.getByLabel('作品名稱')).toHaveValue('Bus Transfer Helper');
  await a.getByLabel('Project title').fill('Bus Transfer Helper (A)');
  await a.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(a.getByText('Submitted (version 5) on')).toBeVisible();
  await b.getByLabel('作品名稱').fill('公車轉乘通 (B)');
  await b.getByRole('button', { name: '儲存', exact: true }).click();
  await expect(b.getByRole('heading', { name: '你的修改尚未儲存：其他成員先儲存了' })).toBeVisible();
  const compare = b.getByRole('table', { name: '最新儲存版本與你未儲存的版本，逐欄比較' });
  const titleRow = compare.getByRole('row', { name: /作品名稱/ });
  await expect(titleRow).toContainText('Bus Transfer Helper (A)');
  await expect(titleRow).toContainText('公車轉乘通 (B)');
  await expectAccessible(b);
  await b.getByRole('button', { name: '以我的版本覆蓋最新版本並儲存' }).click();
  await expect(b.getByRole('heading', { name: '你的修改尚未儲存：其他成員先儲存了' })).toHaveCount(0);
  await expect(b.getByLabel('作品名稱')).toHaveValue('公車轉乘通 (B)');
  await expect(b.getByText(/已提交（第 6 版）/)).toBeVisible();

  // The deadline passes (moved by the test, by the database clock); A's open form is refused.
  await e2eDatabase()`update events set submission_deadline = statement_timestamp() - interval '1 second' where id = ${f.eventId}`;
  await a.getByLabel('Tagline').fill('Too late');
  await a.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(a.getByRole('alert').filter({ hasText: 'The deadline has passed; this can no longer be saved.' })).toBeVisible();
  await a.reload();
  await expect(a.getByRole('heading', { name: 'What your team submitted' })).toBeVisible();
  await expect(a.getByText('This is exactly what the judges will see: version 6.')).toBeVisible();
  await expect(a.getByRole('heading', { name: '公車轉乘通 (B)' })).toBeVisible();
  await expect(a.getByRole('button', { name: 'Save', exact: true })).toHaveCount(0);
  await expectAccessible(a);
  await b.reload();
  await expect(b.getByRole('heading', { name: '你的隊伍提交的內容' })).toBeVisible();
});

test('outsiders get not found; an organizer grants and revokes an extension; a participant is refused', async ({ browser }) => {
  test.setTimeout(90_000);
  const f = await teamWithEvent();
  const outsider = await signedInPage(browser, await createUser('Outsider'), 'en');
  const notFound = await outsider.goto(`/en/events/${f.slug}/submission`);
  expect(notFound?.status()).toBe(404);
  const refused = await outsider.goto(`/en/admin/events/${f.slug}/extensions`);
  expect(refused?.status()).toBe(403);

  const organizer = await createUser('Organizer 李');
  await e2eDatabase()`insert into event_roles (event_id, user_id, role) values (${f.eventId}, ${organizer.id}, 'organizer')`;
  await e2eDatabase()`update events set submission_deadline = statement_timestamp() - interval '1 minute' where id = ${f.eventId}`;
  const page = await signedInPage(browser, organizer, 'zh-TW');
  await page.goto(`/zh-TW/admin/events/${f.slug}/extensions`);
  await expect(page.getByRole('heading', { level: 1, name: '截止時間延長' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('原因').fill('');
  await page.getByRole('button', { name: '核准延長' }).click();
  await expect(page.getByText('請填寫原因。')).toBeVisible();
  await page.getByLabel('原因').fill('座位停電 40 分鐘');
  await page.getByRole('button', { name: '核准延長' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已核准延長。' })).toBeVisible();

  const member = await signedInPage(browser, f.a, 'en');
  await member.goto(`/en/events/${f.slug}/submission`);
  await expect(member.getByText('(extended for your team by the organizers)')).toBeVisible();
  await member.getByLabel('Project title').fill('Saved thanks to the extension');
  await member.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(member.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  await page.getByRole('button', { name: `撤銷 Team ${f.slug} 的延長` }).click();
  await expect(page.getByRole('status').filter({ hasText: '已撤銷延長。' })).toBeVisible();
  await member.reload();
  await expect(member.getByRole('heading', { name: 'What your team submitted' })).toBeVisible();
});
