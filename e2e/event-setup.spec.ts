import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { storageStateFor } from './support/roles';

/*
 * Event setup in the browser: the demo site admin creates an event with a Taipei timeline, adds a track,
 * a prize and a registration question, publishes it, and visitors see it with the same wall-clock times;
 * a stale edit from a second tab is refused with the user's input kept; a participant is refused.
 */
const uniqueSlug = () => `e2e-setup-${randomUUID().slice(0, 8)}`;

/** Fills the create form (English labels) with a valid Asia/Taipei timeline in May 2027. */
async function fillEventForm(page: Page, slug: string, title: string) {
  await page.getByLabel('Web address (slug)').fill(slug);
  await page.getByLabel('Title (Chinese)').fill(`${title} 中文`);
  await page.getByLabel('Title (English)').fill(title);
  await expect(page.getByLabel('Time zone')).toHaveValue('Asia/Taipei');
  await page.getByLabel('Registration opens').fill('2027-05-01T09:00');
  await page.getByLabel('Registration closes').fill('2027-05-20T18:00');
  await page.getByLabel('Withdrawal deadline (optional)').fill('2027-05-25T12:00');
  await page.getByLabel('Hacking starts').fill('2027-05-29T09:30');
  await page.getByLabel('Submission deadline').fill('2027-05-30T15:00');
  await page.getByLabel('Judging ends').fill('2027-06-10T18:00');
  await page.getByLabel('Capacity (participants, optional)').fill('120');
}

test.describe('site admin', () => {
  test.use({ storageState: storageStateFor('admin') });

  test('creates an event, adds a track, a prize and a question, publishes it, and visitors see the Taipei times', async ({ page }) => {
    const slug = uniqueSlug();
    const title = `E2E Setup ${slug.slice(-8)}`;
    await page.goto('/en/admin');
    await page.getByRole('link', { name: 'Create an event' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Create an event' })).toBeVisible();
    await expectAccessible(page);

    // An impossible order is refused beside the offending field, and what was typed stays.
    await fillEventForm(page, slug, title);
    await page.getByLabel('Submission deadline').fill('2027-05-29T09:00');
    await page.getByRole('button', { name: 'Create event' }).click();
    const deadline = page.getByLabel('Submission deadline');
    await expect(deadline).toHaveAccessibleDescription('The submission deadline must be after hacking starts.');
    await expect(deadline).toHaveValue('2027-05-29T09:00');
    await expect(page.getByLabel('Title (English)')).toHaveValue(title);

    // The rules preview renders the Markdown as visitors will see it.
    await page.getByLabel('Rules (English, Markdown)', { exact: true }).fill('Be **kind** to each other.');
    await page.getByRole('button', { name: 'Preview Rules (English, Markdown)' }).click();
    await expect(page.getByRole('region', { name: 'Preview Rules (English, Markdown)' }).locator('strong')).toHaveText('kind');

    await deadline.fill('2027-05-30T15:00');
    await page.getByRole('button', { name: 'Create event' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByText('The event was created as a draft.')).toBeVisible();
    await expectAccessible(page);

    // A track with a dataset link.
    await page.getByRole('link', { name: 'Tracks' }).click();
    await page.getByLabel('Name (Chinese)').fill('智慧交通');
    await page.getByLabel('Name (English)').fill('Smart mobility');
    await page.getByLabel('Proposing department (English)').fill('Department of Transportation');
    await page.getByLabel('Dataset links').fill('YouBike stations | https://data.taipei/youbike');
    await page.getByRole('button', { name: 'Add track' }).click();
    await expect(page.getByRole('rowheader', { name: 'Smart mobility' })).toBeVisible();
    await expect(page.getByLabel('Name (English)')).toHaveValue('');
    await expectAccessible(page);

    // A prize for that track.
    await page.goto(`/en/admin/events/${slug}/prizes`);
    await page.getByLabel('Name (English)').fill('Best mobility idea');
    await page.getByLabel('Awarded in').selectOption({ label: 'Smart mobility' });
    await page.getByLabel('Amount (NT$, optional)').fill('50000');
    await page.getByRole('button', { name: 'Add prize' }).click();
    await expect(page.getByRole('rowheader', { name: 'Best mobility idea' })).toBeVisible();
    await expectAccessible(page);

    // A required single-choice registration question.
    await page.goto(`/en/admin/events/${slug}/questions`);
    await page.getByLabel('Kind of answer').selectOption('single_choice');
    await page.getByLabel('Label (English)', { exact: true }).first().fill('T-shirt size');
    await page.getByLabel('Options (for choice kinds)').fill('小 | S\n中 | M\n大 | L');
    await page.getByLabel('Answer required').check();
    await page.getByRole('button', { name: 'Add question' }).click();
    await expect(page.getByRole('rowheader', { name: /T-shirt size/ })).toBeVisible();
    await expectAccessible(page);

    // Not public yet; publish from the settings page.
    expect((await page.goto(`/en/events/${slug}`))?.status()).toBe(404);
    await page.goto(`/en/admin/events/${slug}/settings`);
    await page.getByRole('button', { name: 'Publish the event page' }).click();
    await expect(page.getByText('The event page is now public.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Unpublish the event page' })).toBeVisible();

    await page.goto('/en');
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await page.goto(`/en/events/${slug}`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    // 09:30 in Taipei is 01:30 UTC; the page shows the Taipei wall clock, labelled with the zone.
    const hacking = page.locator('time[datetime="2027-05-29T01:30:00.000Z"]').first();
    await expect(hacking).toContainText('09:30');
    await expect(hacking).toContainText('Asia/Taipei');
    await expect(page.locator('time[datetime="2027-05-30T07:00:00.000Z"]').first()).toContainText('15:00');
    await expect(page.getByText('Smart mobility').first()).toBeVisible();
    await expect(page.getByText('Best mobility idea')).toBeVisible();
  });

  test('a stale edit from a second tab says another organizer changed it and keeps the input', async ({ page, context }) => {
    const slug = uniqueSlug();
    await page.goto('/en/admin/events/new');
    await fillEventForm(page, slug, `E2E Stale ${slug.slice(-8)}`);
    await page.getByRole('button', { name: 'Create event' }).click();
    await expect(page.getByText('The event was created as a draft.')).toBeVisible();

    const other = await context.newPage();
    await page.goto(`/en/admin/events/${slug}/settings`);
    await other.goto(`/en/admin/events/${slug}/settings`);
    await expectAccessible(page);

    await page.getByLabel('Title (English)').fill('Saved first');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('Settings saved.')).toBeVisible();
    // The same tab can save again: it now holds the new version.
    await page.getByLabel('Venue (English)').fill('Taipei City Hall');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('Settings saved.')).toBeVisible();

    await other.getByLabel('Title (English)').fill('Saved second');
    await other.getByRole('button', { name: 'Save settings' }).click();
    await expect(other.getByRole('alert').filter({ hasText: 'Another organizer changed these settings after you opened them.' })).toBeVisible();
    await expect(other.getByLabel('Title (English)')).toHaveValue('Saved second');

    await other.reload();
    await expect(other.getByLabel('Title (English)')).toHaveValue('Saved first');
    await expect(other.getByLabel('Venue (English)')).toHaveValue('Taipei City Hall');
  });
});

test.describe('participant', () => {
  test.use({ storageState: storageStateFor('participant') });

  test('is refused event creation (403) and another event\'s settings', async ({ page }) => {
    expect((await page.goto('/en/admin/events/new'))?.status()).toBe(403);
    const settings = await page.goto('/zh-TW/admin/events/codefest-taipei-2026-autumn/settings');
    expect([403, 404]).toContain(settings?.status());
  });
});

test.describe('organizer of the seeded event', () => {
  test.use({ storageState: storageStateFor('organizer') });

  test('is refused event creation (403) but reaches every tool from the overview, in zh-TW', async ({ page }) => {
    expect((await page.goto('/zh-TW/admin/events/new'))?.status()).toBe(403);
    await page.goto('/zh-TW/admin/events/codefest-taipei-2026-autumn');
    const tools = page.getByRole('navigation', { name: '主辦工具' });
    for (const name of ['設定與內容', '競賽主題', '獎項', '自訂問題與檢核清單', '主辦人員', '錄取審查', '延長繳交期限', '評審']) {
      await expect(tools.getByRole('link', { name, exact: true })).toBeVisible();
    }
    await tools.getByRole('link', { name: '主辦人員', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: '主辦人員' })).toBeVisible();
  });

  test('cannot change the kind of an answered registration question; told why beside the field', async ({ page }) => {
    await page.goto('/en/admin/events/codefest-taipei-2027-spring/questions');
    await page.getByRole('link', { name: 'Edit Your main role in a team' }).click();
    await expect(page.getByText('Answered: its kind and form cannot change any more')).toBeVisible();
    await page.getByLabel('Kind of answer').selectOption('short_text');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const kind = page.getByLabel('Kind of answer');
    await expect(kind).toHaveAccessibleDescription(/People have answered this question, so its kind can no longer change/);
    await expect(kind).toHaveValue('short_text');
    await page.goto('/en/admin/events/codefest-taipei-2027-spring/questions');
    await expect(page.getByRole('row', { name: /Your main role in a team/ }).getByRole('cell', { name: 'One choice' })).toBeVisible();
  });
});
