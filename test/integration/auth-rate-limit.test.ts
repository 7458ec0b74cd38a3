import { describe, expect, it } from 'vitest';
import { sql } from '@/db/client';
import { consume, pruneRateLimits, refund } from '@/lib/rate-limit';

describe('consume', () => {
  it('allows `limit` hits per window, then refuses', async () => {
    const key = `test:${Date.now()}:a`;
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await consume(key, 3, 3600));
    expect(results).toEqual([true, true, true, false]);
  });

  it('keeps separate counts per key', async () => {
    const a = `test:${Date.now()}:b`;
    const b = `test:${Date.now()}:c`;
    expect(await consume(a, 1, 60)).toBe(true);
    expect(await consume(a, 1, 60)).toBe(false);
    expect(await consume(b, 1, 60)).toBe(true);
  });

  it('counts concurrent hits exactly (one upsert, no read-then-write race)', async () => {
    const key = `test:${Date.now()}:d`;
    const results = await Promise.all(Array.from({ length: 20 }, () => consume(key, 5, 3600)));
    expect(results.filter(Boolean)).toHaveLength(5);
    const [row] = await sql<{ count: number }[]>`select count from rate_limit_hits where key = ${key}`;
    expect(row?.count).toBe(20);
  });

  it('starts windows on the database clock, aligned to the window length', async () => {
    const key = `test:${Date.now()}:e`;
    await consume(key, 1, 900);
    const [row] = await sql<{ aligned: boolean }[]>`
      select extract(epoch from window_start)::bigint % 900 = 0 as aligned from rate_limit_hits where key = ${key}`;
    expect(row?.aligned).toBe(true);
  });

  it('refund gives one hit back, never below zero', async () => {
    const key = `test:${Date.now()}:f`;
    expect(await consume(key, 1, 60)).toBe(true);
    await refund(key, 60);
    await refund(key, 60);
    expect(await consume(key, 1, 60)).toBe(true);
    expect(await consume(key, 1, 60)).toBe(false);
  });

  it('prunes old windows only', async () => {
    const key = `test:${Date.now()}:g`;
    await sql`insert into rate_limit_hits (key, window_start, count) values (${key}, now() - interval '2 days', 5)`;
    await consume(key, 10, 60);
    await pruneRateLimits();
    const rows = await sql`select 1 from rate_limit_hits where key = ${key}`;
    expect(rows).toHaveLength(1);
  });
});
