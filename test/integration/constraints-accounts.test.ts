import { describe, expect, it } from 'vitest';
import { sql } from '@/db/client';
import { isCheckViolation, isUniqueViolation } from '@/lib/db-errors';
import { expectRefusal, insertUser } from './helpers/domain-rows';

describe('accounts and schema: the database says no', () => {
  it('refuses an e-mail that is not lower case', async () => {
    await insertUser({ email: 'mei-ling.chen@example.com' });
    const error = await expectRefusal(insertUser({ email: 'Mei-Ling.Chen@Example.com' }), 'users_email_lowercase');
    expect(isCheckViolation(error)).toBe(true);
  });

  it('refuses a second account with the same e-mail', async () => {
    await insertUser({ email: 'po-han.huang@example.com' });
    const error = await expectRefusal(insertUser({ email: 'po-han.huang@example.com' }), 'users_email_unique');
    expect(isUniqueViolation(error)).toBe(true);
  });

  it('stores every timestamp with its time zone (no `timestamp without time zone` column)', async () => {
    const columns = await sql<{ table: string; column: string; type: string }[]>`
      select table_name as table, column_name as column, data_type as type
      from information_schema.columns
      where table_schema = 'public' and data_type like 'timestamp%'`;
    // Guard against a query that matches nothing: the schema has dozens of timestamps.
    expect(columns.length).toBeGreaterThan(30);
    expect(columns.filter((c) => c.type !== 'timestamp with time zone')).toEqual([]);
  });
});
