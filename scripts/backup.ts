import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { restoreLogicalBackup, RestoreRefused, writeLogicalBackup } from '../lib/portability/backup';
import { connect, main } from './backup-connect';

/*
 * npm run db:backup [-- <file>]     dump the whole database (default: backups/codefest-<timestamp>.dump)
 * npm run db:restore -- <file>      load a dump into an EMPTY database (DATABASE_URL, or the embedded one)
 *
 * pg_dump's custom format when a pg_dump at least as new as the server is found (PG_BIN, then PATH);
 * otherwise (the embedded Postgres ships no pg_dump) the built-in logical format of lib/portability/backup.
 * BACKUP_TOOL=builtin forces the latter. Restore recognises either file by its first bytes.
 */
type Tool = { dump: string; restore: string };

function pgTool(name: string): string {
  return process.env.PG_BIN ? path.join(process.env.PG_BIN, name) : name;
}

function majorOf(versionText: string): number {
  return Number(/(\d+)(?:\.\d+)?/.exec(versionText)?.[1] ?? 0);
}

function findPgDump(serverMajor: number): Tool | null {
  if (process.env.BACKUP_TOOL === 'builtin') return null;
  const probe = spawnSync(pgTool('pg_dump'), ['--version'], { encoding: 'utf8' });
  if (probe.status !== 0) return null;
  const major = majorOf(probe.stdout.replace(/^\D+/, ''));
  // pg_dump refuses servers newer than itself; a newer pg_dump reads older servers fine.
  return major >= serverMajor ? { dump: pgTool('pg_dump'), restore: pgTool('pg_restore') } : null;
}

function isPgDumpFile(file: string): boolean {
  const fd = openSync(file, 'r');
  const magic = Buffer.alloc(5);
  readSync(fd, magic, 0, 5, 0);
  closeSync(fd);
  return magic.toString('latin1') === 'PGDMP';
}

async function backup(file: string) {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = await connect();
  try {
    const [{ server_version_num: num }] = (await db.sql`show server_version_num`) as unknown as [{ server_version_num: string }];
    const tool = findPgDump(Math.floor(Number(num) / 10000));
    if (tool) {
      const run = spawnSync(tool.dump, ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${db.url}`], { stdio: 'inherit' });
      if (run.status !== 0) throw new Error(`pg_dump failed (exit ${run.status})`);
      console.log(`Backup written with pg_dump: ${file}`);
    } else {
      const { tables, rows } = await writeLogicalBackup(db.sql, file);
      console.log(`Backup written (built-in format, ${tables} tables, ${rows} rows): ${file}`);
    }
  } finally {
    await db.close();
  }
}

async function restore(file: string) {
  const db = await connect();
  try {
    if (isPgDumpFile(file)) {
      const [row] = await db.sql`select count(*)::int as n from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r'`;
      if (row!.n > 0) throw new RestoreRefused('the target database is not empty; restore into a new database');
      const run = spawnSync(pgTool('pg_restore'), ['--no-owner', '--no-privileges', '--exit-on-error', `--dbname=${db.url}`, file], { stdio: 'inherit' });
      if (run.status !== 0) throw new Error(`pg_restore failed (exit ${run.status})`);
      console.log(`Restored with pg_restore from ${file}`);
    } else {
      const { rows } = await restoreLogicalBackup(db.sql, file, db.migrate);
      console.log(`Restored ${rows} rows from ${file}`);
    }
  } finally {
    await db.close();
  }
}

const [command, fileArg] = process.argv.slice(2);
await main(async () => {
  if (command === 'backup') {
    await backup(fileArg ?? path.join('backups', `codefest-${new Date().toISOString().replace(/[:.]/g, '-')}.dump`));
  } else if (command === 'restore' && fileArg) {
    await restore(fileArg);
  } else {
    throw new RestoreRefused('usage: backup.ts backup [file] | restore <file>');
  }
});
