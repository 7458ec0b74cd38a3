import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { db, sql } from '@/db/client';
import { seedDemo } from '@/db/seed';
import { createDatabase, dropDatabase, withDatabase } from '../../scripts/lib/database';

/*
 * `npm run db:backup` then `npm run db:restore` into a brand-new empty database, run as the operator would
 * (the real script in a child process), with both tools: pg_dump/pg_restore (the machine's, when it fits
 * the server) and the built-in format (what the embedded Postgres gets). Every table must come back with
 * exactly the same rows; restoring over data is refused.
 */
const root = path.resolve(import.meta.dirname, '../..');
const serverUrl = inject('testServerUrl');
const prefix = `${inject('templateDatabase').replace('codefest_tpl', 'codefest_t')}_bk_${Math.random().toString(36).slice(2, 6)}`;
const dir = mkdtempSync(path.join(tmpdir(), 'codefest-backup-'));
const created: string[] = [];

function run(command: 'backup' | 'restore', file: string, databaseUrl: string, tool: string) {
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'scripts/backup.ts'), command, file], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, BACKUP_TOOL: tool },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

async function snapshot(target: postgres.Sql): Promise<Record<string, string>> {
  const tables = await target<{ name: string }[]>`select relname as name from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r' order by 1`;
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await target.unsafe(`select coalesce(jsonb_agg(to_jsonb(t) order by to_jsonb(t)::text), '[]')::text as rows from "${name}" t`);
    out[name] = row!.rows as string;
  }
  return out;
}

async function emptyDatabase(): Promise<string> {
  const name = `${prefix}_${created.length}`;
  await createDatabase(serverUrl, name);
  created.push(name);
  return withDatabase(serverUrl, name);
}

let source: Record<string, string>;
beforeAll(async () => {
  await seedDemo(db);
  await sql`insert into audit_log (action, entity_type, data) values ('test.backup', 'x', '{"s": "台北 ✓"}'::jsonb)`;
  source = await snapshot(sql);
}, 120_000);

afterAll(async () => {
  for (const name of created) await dropDatabase(serverUrl, name);
  rmSync(dir, { recursive: true, force: true });
});

describe.each([
  ['pg_dump', 'auto', 'PGDMP'],
  ['built-in', 'builtin', '\u001f\u008b'],
])('db:backup and db:restore with %s', (_label, tool, magic) => {
  const file = path.join(dir, `${tool}.dump`);

  it('restores every row of every table into an empty database', async () => {
    const backup = run('backup', file, process.env.DATABASE_URL!, tool);
    expect(backup.status, backup.output).toBe(0);
    expect(readFileSync(file).subarray(0, magic.length).toString('latin1')).toBe(magic);

    const url = await emptyDatabase();
    const restore = run('restore', file, url, tool);
    expect(restore.status, restore.output).toBe(0);
    const target = postgres(url, { max: 1, onnotice: () => {} });
    try {
      const restored = await snapshot(target);
      expect(Object.keys(restored)).toEqual(Object.keys(source));
      for (const table of Object.keys(source)) expect(restored[table], table).toBe(source[table]);
      expect(JSON.parse(source.users!).length).toBeGreaterThan(10);
      // The restored database keeps working: sequences continue after the restored ids.
      await target`insert into audit_log (action, entity_type) values ('after.restore', 'x')`;
    } finally {
      await target.end({ timeout: 5 });
    }
  }, 180_000);

  it('refuses to restore over a database that has data', () => {
    const refused = run('restore', file, process.env.DATABASE_URL!, tool);
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/not empty/);
  }, 60_000);
});
