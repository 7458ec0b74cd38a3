import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { registeredUser, signedInPage, teamsEvent } from './support/team-fixtures';
import { createUser, e2eDatabase } from './support/users';

/*
 * Forming a team: a captain creates it, a second person joins through the invite link, the captain hands
 * over captaincy; a duplicate name is refused beside the field (in both languages). The event is this
 * spec's own (registration open, deadline ahead) and the people are registered by inserting their rows:
 * the registration journey has its own spec.
 */
test('create a team, join by the invite link, hand over captaincy', async ({ browser }) => {
  test.setTimeout(90_000);
  const { slug, eventId } = await teamsEvent('e2e-teams');
  const captain = await registeredUser(eventId, 'Captain Lin');
  const member = await registeredUser(eventId, 'Member Chen');
  const teamName = `Bus Owls ${slug.slice(-4)}`;

  const a = await signedInPage(browser, captain, 'en');
  await a.goto(`/en/events/${slug}/team`);
  await expect(a.getByRole('heading', { level: 1, name: 'Your team' })).toBeVisible();
  await expectAccessible(a);
  await a.getByLabel('Team name').fill(teamName);
  await a.getByLabel('Short pitch').fill('Buses on time');
  await a.getByRole('button', { name: 'Create team' }).click();
  await expect(a.getByRole('heading', { level: 2, name: teamName })).toBeVisible();
  await expect(a.getByText('Needs 1 more member to submit (minimum 2).')).toBeVisible();
  await expectAccessible(a);
  const code = (await a.getByTestId('invite-code').textContent())!.trim();
  const link = await a.getByRole('link', { name: new RegExp(`/join/${code}$`) }).getAttribute('href');
  expect(link).toBe(`/en/events/${slug}/join/${code}`);

  // The second person follows the link, sees the team, and joins.
  const b = await signedInPage(browser, member, 'en');
  await b.goto(link!);
  await expect(b.getByRole('heading', { level: 1, name: `Join ${teamName}` })).toBeVisible();
  await expect(b.getByText('1 of 4 members')).toBeVisible();
  await expectAccessible(b);
  await b.getByRole('button', { name: `Join ${teamName}` }).click();
  await expect(b.getByRole('heading', { level: 2, name: teamName })).toBeVisible();
  await expect(b.getByText('2 of 4 places taken; 2 places open.')).toBeVisible();
  await expect(b.getByText('Only the captain can change the team details.')).toBeVisible();

  // The captain hands over; the former captain may now leave, the new one manages the team.
  await a.reload();
  await a.getByRole('button', { name: 'Make Member Chen captain' }).click();
  await expect(a.getByRole('button', { name: 'Leave team' })).toBeVisible();
  await expect(a.getByRole('button', { name: /Remove/ })).toHaveCount(0);
  await b.reload();
  await expect(b.getByRole('button', { name: 'Remove Captain Lin' })).toBeVisible();
  await expect(b.getByRole('button', { name: 'Save team details' })).toBeVisible();
});

for (const [locale, message, labels] of [
  ['en', 'This team name is already taken in this event.', { name: 'Team name', submit: 'Create team' }],
  ['zh-TW', '本活動已有隊伍使用這個名稱。', { name: '隊伍名稱', submit: '建立隊伍' }],
] as const) {
  test(`a duplicate team name is refused beside the field (${locale})`, async ({ browser }) => {
    const { slug, eventId } = await teamsEvent('e2e-dup');
    const first = await registeredUser(eventId, 'First Wang');
    await e2eDatabase()`insert into teams (event_id, captain_id, name, invite_code) values (${eventId}, ${first.id}, 'Data Divers', ${`DUP${slug.slice(-6).toUpperCase()}`})`;
    const second = await registeredUser(eventId, 'Second Wu');
    const page = await signedInPage(browser, second, locale);
    await page.goto(`/${locale}/events/${slug}/team`);
    await page.getByLabel(labels.name).fill('data DIVERS');
    await page.getByRole('button', { name: labels.submit }).click();
    const field = page.getByLabel(labels.name);
    await expect(field).toHaveAccessibleDescription(new RegExp(message));
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveValue('data DIVERS');
    await expectAccessible(page);
  });
}

test('the team page: sign-in first, and only for registered participants', async ({ browser, page }) => {
  const { slug } = await teamsEvent('e2e-guard');
  await page.goto(`/en/events/${slug}/team`);
  await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
  const stranger = await createUser('Not Registered');
  const other = await signedInPage(browser, stranger, 'en');
  await other.goto(`/en/events/${slug}/team`);
  await expect(other.getByText('Only registered participants can create or join a team.')).toBeVisible();
  await expect(other.getByRole('button', { name: 'Create team' })).toHaveCount(0);
  await other.goto(`/en/events/${slug}/team-finder`);
  await expect(other.getByText('The team finder is open to registered participants of this event.')).toBeVisible();
});
