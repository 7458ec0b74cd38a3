import { describe, expect, it } from 'vitest';
import { sql } from '@/db/client';

describe('test database', () => {
  it('is a fresh, migrated copy for this file alone', async () => {
    const [row] = await sql<{ name: string }[]>`select current_database() as name`;
    expect(row?.name).toMatch(/^codefest_t_/);
    const [users] = await sql<{ count: number }[]>`select count(*)::int as count from users`;
    expect(users?.count).toBe(0);
  });
});
