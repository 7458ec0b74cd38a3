import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { prepareAppDatabase } from './lib/app-database';
import { runMigrations } from './lib/database';

/*
 * Which database the maintenance commands (db:backup, db:restore, event:export, event:import) work on:
 * DATABASE_URL when set (production); otherwise the embedded one under .data/pg, reached on the port of
 * the running `npm start` (read from postmaster.pid) or started for the duration of the command.
 */
const root = path.resolve(import.meta.dirname, '..');
const EMBEDDED_PASSWORD = 'codefest-local';

export type Connection = { url: string; sql: postgres.Sql; migrate: () => Promise<void>; close: () => Promise<void> };

function runningEmbeddedUrl(): string | null {
  const pidFile = path.join(root, '.data', 'pg', 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const [pid, , , port] = readFileSync(pidFile, 'utf8').split('\n');
  try {
    process.kill(Number(pid), 0);
  } catch {
    return null;
  }
  return `postgres://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${port!.trim()}/codefest`;
}

export async function connect(url = process.env.DATABASE_URL): Promise<Connection> {
  let stop = async () => {};
  if (!url) url = runningEmbeddedUrl() ?? undefined;
  if (!url) {
    const database = await prepareAppDatabase(path.join(root, '.data'));
    url = database.url;
    stop = database.stop;
  }
  const sql = postgres(url, { max: 2, onnotice: () => {} });
  const target = url;
  return {
    url: target,
    sql,
    migrate: () => runMigrations(target),
    close: async () => {
      await sql.end({ timeout: 5 });
      await stop();
    },
  };
}

/** Runs a command's body, printing refusals as one line (exit 1) instead of a stack trace. */
export async function main(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    console.error(error instanceof Error && error.constructor.name.endsWith('Refused') ? `Refused: ${error.message}` : error);
    // exit() rather than exitCode: a refused restore may leave the backup file's reader open.
    process.exit(1);
  }
}
