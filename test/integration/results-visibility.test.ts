import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { events } from '@/db/schema';
import { isResultsPublic, publishedResultsOf, resultsPublicSql, secondsUntilVisible } from '@/lib/results/visibility';
import { insertEvent } from './helpers/domain-rows';

async function dbNow(): Promise<Date> {
  const [row] = await db.execute<{ now: string }>(sql`select statement_timestamp() as now`);
  return new Date(row!.now);
}

describe('results visibility guard', () => {
  it('is null before publication, for a scheduled time in the future, and after unpublish', async () => {
    const event = await insertEvent();
    expect(await publishedResultsOf(event.id)).toBeNull();

    const future = new Date((await dbNow()).getTime() + 3600_000);
    await db.update(events).set({ resultsPublishedAt: future }).where(sql`${events.id} = ${event.id}`);
    expect(await publishedResultsOf(event.id)).toBeNull();

    const past = new Date((await dbNow()).getTime() - 1000);
    await db.update(events).set({ resultsPublishedAt: past }).where(sql`${events.id} = ${event.id}`);
    expect((await publishedResultsOf(event.id))?.publishedAt.getTime()).toBe(past.getTime());

    await db.update(events).set({ resultsPublishedAt: null }).where(sql`${events.id} = ${event.id}`);
    expect(await publishedResultsOf(event.id)).toBeNull();
  });

  it('the SQL fragment filters by the database clock', async () => {
    const published = await insertEvent({ resultsPublishedAt: new Date(Date.now() - 60_000) });
    const scheduled = await insertEvent({ resultsPublishedAt: new Date(Date.now() + 3600_000) });
    const never = await insertEvent();
    const rows = await db.select({ id: events.id }).from(events).where(resultsPublicSql(events));
    const ids = rows.map((r) => r.id);
    expect(ids).toContain(published.id);
    expect(ids).not.toContain(scheduled.id);
    expect(ids).not.toContain(never.id);
  });

  it('in-process check and cache lifetime agree on the boundary', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    expect(isResultsPublic({ resultsPublishedAt: null }, now)).toBe(false);
    expect(isResultsPublic({ resultsPublishedAt: now }, now)).toBe(true);
    expect(isResultsPublic({ resultsPublishedAt: new Date(now.getTime() + 1) }, now)).toBe(false);
    expect(secondsUntilVisible({ resultsPublishedAt: new Date(now.getTime() + 1500) }, now)).toBe(2);
    expect(secondsUntilVisible({ resultsPublishedAt: now }, now)).toBeNull();
    expect(secondsUntilVisible({ resultsPublishedAt: null }, now)).toBeNull();
  });
});
