import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import postgres from 'postgres';
import { hashPassword } from '../../lib/auth/password';
import { E2E_DB_URL_FILE } from './env';

/*
 * Fixture accounts: created directly in this run's database (setting up, not the journey under test),
 * then signed in through the real form. Every spec gets fresh people, so specs run in parallel and
 * sign-up's per-address rate limit is left to the specs that test sign-up itself.
 */
export const FIXTURE_PASSWORD = 'fixture passphrase 2026';
let passwordHash: Promise<string> | undefined;
let sql: postgres.Sql | undefined;

/** This run's database, for fixtures that need to set up rows (never for assertions a user could not see). */
export function e2eDatabase(): postgres.Sql {
  sql ??= postgres(readFileSync(E2E_DB_URL_FILE, 'utf8').trim(), { max: 2, onnotice: () => {} });
  return sql;
}

export type FixtureUser = { id: string; email: string; name: string };

export async function createUser(name = 'E2E 使用者'): Promise<FixtureUser> {
  passwordHash ??= hashPassword(FIXTURE_PASSWORD);
  const email = `e2e-${randomUUID().slice(0, 12)}@example.test`;
  const [row] = await e2eDatabase()<{ id: string }[]>`
    insert into users (email, name, password_hash) values (${email}, ${name}, ${await passwordHash}) returning id`;
  return { id: row!.id, email, name };
}

/** Signs `user` in through the sign-in page, in the given language. */
export async function signIn(page: Page, user: FixtureUser, locale: 'zh-TW' | 'en' = 'en'): Promise<void> {
  await page.goto(`/${locale}/sign-in`);
  const labels = locale === 'en' ? ['E-mail address', 'Password', 'Sign in', 'Main menu', 'Sign out'] : ['電子郵件地址', '密碼', '登入', '主選單', '登出'];
  await page.getByLabel(labels[0]!, { exact: true }).fill(user.email);
  await page.getByLabel(labels[1]!, { exact: true }).fill(FIXTURE_PASSWORD);
  await page.getByRole('button', { name: labels[2]!, exact: true }).click();
  await expect(page.getByRole('navigation', { name: labels[3]! }).getByRole('button', { name: labels[4]! })).toBeVisible();
}
