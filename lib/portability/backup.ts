import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import type { Sql } from 'postgres';
import { insertJsonRows, loadGraph, quoteIdent, resetSequences } from './graph';

/*
 * The built-in logical backup, for when no pg_dump of the server's version is at hand (the embedded
 * Postgres ships without one, and pg_dump refuses to dump a newer server). One gzipped JSON-lines file:
 * a header naming the migrations the schema was at, then every table's rows as Postgres serialises them.
 * Restoring migrates an empty database to exactly that schema and loads the rows back, so ids, numerics,
 * timestamps and jsonb come back identical. scripts/backup.ts prefers pg_dump/pg_restore when they fit.
 */
export const BACKUP_FORMAT = 'codefest-backup';
const BATCH = 1000;

type Header = { format: typeof BACKUP_FORMAT; version: 1; createdAt: string; migrations: string[]; tables: string[] };

async function appliedMigrations(sql: Sql): Promise<string[]> {
  const [exists] = await sql`select to_regclass('drizzle.__drizzle_migrations') as t`;
  if (!exists?.t) return [];
  return (await sql<{ hash: string }[]>`select hash from drizzle.__drizzle_migrations order by id`).map((r) => r.hash);
}

export async function writeLogicalBackup(sql: Sql, file: string): Promise<{ tables: number; rows: number }> {
  const graph = await loadGraph(sql);
  const gzip = createGzip();
  const out = gzip.pipe(createWriteStream(file));
  const write = async (value: unknown) => {
    if (!gzip.write(`${JSON.stringify(value)}\n`)) await once(gzip, 'drain');
  };
  let rows = 0;
  // One snapshot for the whole dump, so rows written while it runs cannot leave it inconsistent.
  await sql.begin('isolation level repeatable read read only', async (tx) => {
    const header: Header = { format: BACKUP_FORMAT, version: 1, createdAt: new Date().toISOString(), migrations: await appliedMigrations(tx as unknown as Sql), tables: graph.tables };
    await write(header);
    for (const table of graph.tables) {
      const cursor = (tx as unknown as Sql).unsafe<{ row: unknown }[]>(`select to_jsonb(t) as row from ${quoteIdent(table)} t`).cursor(BATCH);
      for await (const batch of cursor) {
        await write({ table, rows: batch.map((r) => r.row) });
        rows += batch.length;
      }
    }
  });
  gzip.end();
  await once(out, 'finish');
  return { tables: graph.tables.length, rows };
}

export class RestoreRefused extends Error {}

/**
 * Loads a logical backup into `sql`'s database, which `migrate` must bring to the backup's schema first.
 * Refuses a database that already holds data, and a backup whose migrations differ from this code's
 * (restore with the version of CodeFest that made it, then upgrade as usual).
 */
export async function restoreLogicalBackup(sql: Sql, file: string, migrate: () => Promise<void>): Promise<{ rows: number }> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = (first.done ? null : JSON.parse(first.value)) as Header | null;
  if (header?.format !== BACKUP_FORMAT) throw new RestoreRefused(`${file} is not a CodeFest backup`);

  await migrate();
  const migrations = await appliedMigrations(sql);
  if (JSON.stringify(migrations) !== JSON.stringify(header.migrations)) {
    throw new RestoreRefused(`the backup was made at ${header.migrations.length} migrations, this code has ${migrations.length}: restore with the matching CodeFest version`);
  }
  const graph = await loadGraph(sql);
  let rows = 0;
  await sql.begin(async (tx) => {
    const t = tx as unknown as Sql;
    for (const table of graph.tables) {
      const [row] = await t.unsafe(`select exists (select 1 from ${quoteIdent(table)}) as has`);
      if (row?.has) throw new RestoreRefused(`the target database is not empty (${table} has rows); restore into a new database`);
    }
    // Triggers guard live edits (deadlines, conflicts); history is loaded as it was. Needs a superuser.
    await t`set local session_replication_role = replica`;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const chunk = JSON.parse(next.value) as { table: string; rows: unknown[] };
      if (!graph.columns.has(chunk.table)) throw new RestoreRefused(`unknown table ${chunk.table} in the backup`);
      rows += await insertJsonRows(t, graph, chunk.table, chunk.rows);
    }
    await resetSequences(t);
  });
  return { rows };
}
