import { sql as raw } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable, unavailableCode } from '@/lib/db-errors';
import { runDomain } from '@/lib/result';

/*
 * The errors a database outage really produces (issue 6 §2.1): a connection refused by a port nobody listens
 * on, as the driver raises it and as Drizzle wraps it, become `unavailable`; other database errors do not.
 * The whole outage is exercised against next start in test/reliability/fault-injection.test.ts.
 */
describe('database unavailable', () => {
  it('recognises a refused connection through Drizzle and answers unavailable from runDomain', async () => {
    const client = postgres('postgres://nobody@127.0.0.1:1/none', { max: 1, connect_timeout: 2, onnotice: () => {} });
    try {
      const error = await drizzle({ client })
        .execute(raw`select 1`)
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(unavailableCode(error)).toBe('ECONNREFUSED');
      expect(await runDomain(() => drizzle({ client }).execute(raw`select 1`))).toEqual({ ok: false, error: { code: 'unavailable' } });
    } finally {
      await client.end({ timeout: 1 });
    }
  });

  it('knows shutdown and connection-exception SQLSTATEs, and nothing else', () => {
    expect(isDatabaseUnavailable({ code: '57P01' })).toBe(true);
    expect(isDatabaseUnavailable({ code: '08006' })).toBe(true);
    expect(isDatabaseUnavailable(new Error('wrapped', { cause: { code: 'CONNECTION_CLOSED' } }))).toBe(true);
    expect(isDatabaseUnavailable({ code: '23505' })).toBe(false);
    expect(isDatabaseUnavailable({ code: 'CONNECTION_ENDED' })).toBe(false); // our own sql.end(), not an outage
    expect(isDatabaseUnavailable(new Error('ECONNREFUSED in a message only'))).toBe(false);
  });
});
