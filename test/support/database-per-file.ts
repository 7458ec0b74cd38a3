import { afterAll, inject } from 'vitest';
import { createDatabase, withDatabase } from '../../scripts/lib/database';

/*
 * Runs before each integration test file's imports: gives the file its own fresh copy of the migrated
 * template, so files run in parallel without seeing each other's rows. db/client.ts reads DATABASE_URL
 * when first imported, which is after this.
 */
const serverUrl = inject('testServerUrl');
const template = inject('templateDatabase');
const name = `${template.replace('codefest_tpl', 'codefest_t')}_${Math.random().toString(36).slice(2, 10)}`;
await createDatabase(serverUrl, name, template);
process.env.DATABASE_URL = withDatabase(serverUrl, name);

afterAll(async () => {
  const { sql } = await import('../../db/client');
  await sql.end({ timeout: 5 });
});
