import { afterEach, describe, expect, it, vi } from 'vitest';
import { db, type DbOrTx } from '@/db/client';
import { checkHealth } from '@/lib/health';
import packageJson from '@/package.json';

const journal = (await import('@/db/migrations/meta/_journal.json')).default as { entries: unknown[] };

/** Stands in for a database that refuses or never answers; only `execute` is called by the check. */
const executorThat = (execute: () => Promise<unknown>) => ({ execute }) as unknown as DbOrTx;

describe('checkHealth', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reports ok with the version, latency and the applied migrations', async () => {
    const health = await checkHealth(db);
    expect(health).toMatchObject({ status: 'ok', app: { version: packageJson.version }, database: { status: 'ok' } });
    expect(health.app.uptimeSeconds).toBeGreaterThanOrEqual(0);
    expect(health.database.latencyMs).toBeGreaterThanOrEqual(0);
    expect(health.database.migrations).toBe(journal.entries.length);
  });

  it("reports the database down without throwing or repeating the driver's message", async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const secret = 'connect ECONNREFUSED postgres://codefest:s3cret@db.internal:5432/codefest';
    const health = await checkHealth(executorThat(() => Promise.reject(new Error(secret))));
    expect(health).toMatchObject({ status: 'degraded', database: { status: 'down', latencyMs: null, migrations: null } });
    expect(JSON.stringify(health)).not.toContain('s3cret');
    expect(JSON.stringify(vi.mocked(console.error).mock.calls)).not.toContain('s3cret');
  });

  it('reports the database down when it does not answer in time', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const started = Date.now();
    const health = await checkHealth(executorThat(() => new Promise(() => {})), 50);
    expect(health.database.status).toBe('down');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('GET /api/health', () => {
  it('answers 200 with the health report, never cached', async () => {
    const { GET } = await import('@/app/api/health/route');
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toMatchObject({ status: 'ok', database: { status: 'ok' } });
  });
});
