import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { storageStateFor } from './support/roles';
import { createUser, e2eDatabase, signIn, type FixtureUser } from './support/users';

/*
 * Reviewed admission on the seeded 2027 event: the demo organizer takes an applied team through the
 * document review to admission, and people without the organizer role are refused the page.
 */
const SLUG = 'codefest-taipei-2027-spring';
const PAGE = `/admin/events/${SLUG}/admission`;

/** A team of three registered people, by default one that has applied (setting up, not the journey under test). */
async function seededTeam(status: 'forming' | 'applied' = 'applied'): Promise<{ name: string; captain: FixtureUser }> {
  const sql = e2eDatabase();
  const name = `E2E 隊 ${randomUUID().slice(0, 6)}`;
  const people = [await createUser('隊長 E2E'), await createUser('隊員 E2E'), await createUser('Member E2E')];
  const [event] = await sql<{ id: string }[]>`select id from events where slug = ${SLUG}`;
  for (const p of people) {
    await sql`insert into registrations (event_id, user_id, display_name, status, consent_rules_at, consent_data_at)
      values (${event!.id}, ${p.id}, ${p.name}, 'pending', now(), now())`;
  }
  const [team] = await sql<{ id: string }[]>`insert into teams (event_id, name, captain_id, invite_code, status)
    values (${event!.id}, ${name}, ${people[0]!.id}, ${randomUUID().slice(0, 10)}, ${status}) returning id`;
  for (const [i, p] of people.entries()) {
    await sql`insert into team_members (team_id, event_id, user_id, role) values (${team!.id}, ${event!.id}, ${p.id}, ${i === 0 ? 'captain' : 'member'})`;
  }
  return { name, captain: people[0]! };
}

const appliedTeam = async () => (await seededTeam('applied')).name;

test('the captain applies for admission from the team page', async ({ page }) => {
  const { captain } = await seededTeam('forming');
  await signIn(page, captain, 'zh-TW');
  await page.goto(`/zh-TW/events/${SLUG}/team`);
  const panel = page.getByRole('region', { name: '參賽資格' });
  await expect(panel).toBeVisible();
  await expectAccessible(page);
  await page.goto(`/en/events/${SLUG}/team`);
  const admission = page.getByRole('region', { name: 'Admission' });
  await expect(admission.getByText('Admission status: Not applied yet')).toBeVisible();
  await admission.getByRole('button', { name: 'Apply for admission' }).click();
  await expect(admission.getByText('Admission status: Applied: awaiting document review')).toBeVisible();
  await expect(admission.getByRole('button', { name: 'Apply for admission' })).toHaveCount(0);
});

test.describe('organizer', () => {
  test.use({ storageState: storageStateFor('organizer') });

  test('takes an applied team through document review to admission', async ({ page }) => {
    const team = await appliedTeam();
    await page.goto(`/en${PAGE}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Admission: CodeFest Taipei 2027 Spring Hackathon' })).toBeVisible();
    await expectAccessible(page);

    const applied = page.getByRole('region', { name: /^Applied: awaiting document review/ });
    await applied.getByLabel(`Select ${team}`).check();
    await applied.getByRole('radio', { name: 'Passed document review' }).check();
    await applied.getByRole('button', { name: 'Record document review' }).click();
    await expect(page.getByRole('status')).toHaveText('Decision recorded and e-mailed to the members.');

    const passed = page.getByRole('region', { name: /^Passed document review/ });
    await expect(passed.getByRole('rowheader', { name: new RegExp(team) })).toBeVisible();
    await passed.getByLabel(`Select ${team}`).check();
    await passed.getByRole('radio', { name: 'Admit', exact: true }).check();
    await passed.getByLabel('Note to the teams (optional, included in the e-mail)').fill('See you at City Hall!');
    await passed.getByRole('button', { name: 'Record decision' }).click();
    await expect(page.getByRole('status')).toHaveText('Decision recorded and e-mailed to the members.');
    await expect(page.getByRole('region', { name: /^Admitted/ }).getByRole('rowheader', { name: new RegExp(team) })).toBeVisible();
  });

  test('a decision without a team selected is refused with the reason shown (zh-TW)', async ({ page }) => {
    await appliedTeam();
    await page.goto(`/zh-TW${PAGE}`);
    const applied = page.getByRole('region', { name: /^已申請：等待書面審查/ });
    await applied.getByRole('radio', { name: '書面審查通過' }).check();
    await applied.getByRole('button', { name: '記錄書面審查結果' }).click();
    await expect(applied.getByText('請至少選取一支隊伍。')).toBeVisible();
    await expect(applied.getByRole('radio', { name: '書面審查通過' })).toBeChecked();
  });
});

test.describe('not an organizer', () => {
  test.use({ storageState: storageStateFor('participant') });

  test('is refused the admission page with 403', async ({ page }) => {
    const response = await page.goto(`/en${PAGE}`);
    expect(response?.status()).toBe(403);
  });
});

test.describe('a judge (organizes nothing)', () => {
  test.use({ storageState: storageStateFor('judge') });

  test('is refused the admission page with 403', async ({ page }) => {
    const response = await page.goto(`/en${PAGE}`);
    expect(response?.status()).toBe(403);
  });
});
