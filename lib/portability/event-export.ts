import type { Sql } from 'postgres';
import { insertJsonRows, loadGraph, ownedTables, quoteIdent, resetSequences, type Graph } from './graph';

/*
 * A whole event as one JSON document: the `events` row and every row that hangs below it through foreign
 * keys (tracks, prizes, questions, registrations, teams and members, submissions with their file metadata
 * and revisions, judging rounds, rubric, sheets and scores, awards, votes, announcements, the event's audit
 * trail ... whatever the schema holds today), plus the rows those point up to outside the event (the
 * people involved). Rows are serialised by Postgres (to_jsonb) and read back by Postgres
 * (jsonb_populate_recordset), so every type round-trips exactly: numerics, timestamps, jsonb, arrays.
 *
 * What is left out on purpose: password hashes (a file that travels must not carry credentials; people
 * reset their password on the new instance) and sign-in material (sessions, OAuth accounts, tokens),
 * which belong to no event.
 */
export const EXPORT_FORMAT = 'codefest-event-export';
export const EXPORT_VERSION = 1;
const REDACTED_COLUMNS: Record<string, string[]> = { users: ['password_hash'] };

export type EventExport = {
  format: typeof EXPORT_FORMAT;
  version: number;
  slug: string;
  exportedAt: string;
  /** Rows per table, every table of the event (possibly empty) and the outside rows they reference. */
  tables: Record<string, Record<string, unknown>[]>;
};

type Row = Record<string, unknown>;

export async function exportEvent(sql: Sql, slug: string): Promise<EventExport | null> {
  const graph = await loadGraph(sql);
  const owned = new Set(ownedTables(graph));
  const rows = new Map<string, Map<string, Row>>(graph.tables.filter((t) => owned.has(t)).map((t) => [t, new Map()]));

  const [event] = await sql<{ row: Row }[]>`select to_jsonb(e) as row from events e where e.slug = ${slug}`;
  if (!event) return null;
  rows.get('events')!.set(String(event.row.id), event.row);

  // Walk down the foreign keys until no table gains a row (a fixpoint: some tables hang below two parents).
  for (let grew = true; grew; ) {
    grew = false;
    for (const fk of graph.foreignKeys) {
      if (!owned.has(fk.table) || !owned.has(fk.refTable) || fk.table === 'events') continue;
      const parentKeys = [...rows.get(fk.refTable)!.values()].map((r) => tupleKey(r, fk.refColumns)).filter((v) => v !== null);
      if (parentKeys.length === 0) continue;
      const found = await selectWhereIn(sql, fk.table, fk.columns, parentKeys);
      for (const row of found) {
        const key = rowKey(row);
        if (!rows.get(fk.table)!.has(key)) {
          rows.get(fk.table)!.set(key, row);
          grew = true;
        }
      }
    }
  }

  // Then up: the people (and anything else outside the event) those rows point at, so an empty database can take them.
  const outside = new Map<string, Map<string, Row>>();
  const pending = [...rows.entries()];
  while (pending.length > 0) {
    const [table, tableRows] = pending.pop()!;
    for (const fk of graph.foreignKeys.filter((f) => f.table === table && !owned.has(f.refTable))) {
      const have = outside.get(fk.refTable) ?? new Map<string, Row>();
      outside.set(fk.refTable, have);
      const wanted = [...new Set([...tableRows.values()].map((r) => tupleKey(r, fk.columns)).filter((v) => v !== null))];
      if (wanted.length === 0) continue;
      const found = new Map((await selectWhereIn(sql, fk.refTable, fk.refColumns, wanted)).map((r) => [rowKey(r), redact(fk.refTable, r)]));
      for (const k of [...found.keys()]) if (have.has(k)) found.delete(k);
      for (const [k, r] of found) have.set(k, r);
      pending.push([fk.refTable, found]);
    }
  }

  const tables: EventExport['tables'] = {};
  for (const [table, tableRows] of [...outside.entries(), ...rows.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    tables[table] = [...tableRows.values()].sort((a, b) => rowKey(a).localeCompare(rowKey(b)));
  }
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, slug, exportedAt: new Date().toISOString(), tables };
}

export class ImportRefused extends Error {}

/**
 * Loads an export into this database in one transaction. Ids are kept, so the target must not hold the
 * event already; people already present (same id) are kept as they are. Constraint triggers (deadlines,
 * judge conflicts) guard live edits, not history, so they are switched off for the load with
 * session_replication_role, which needs a superuser (the embedded Postgres and the test server are).
 */
export async function importEvent(sql: Sql, data: EventExport): Promise<{ rows: number }> {
  if (data?.format !== EXPORT_FORMAT || data.version !== EXPORT_VERSION) throw new ImportRefused('not a CodeFest event export (format/version)');
  const graph = await loadGraph(sql);
  const owned = new Set(ownedTables(graph));
  const unknown = Object.keys(data.tables).filter((t) => !graph.columns.has(t));
  if (unknown.length) throw new ImportRefused(`the export has tables this database lacks (migrate first?): ${unknown.join(', ')}`);
  return sql.begin(async (tx) => {
    await tx`set local session_replication_role = replica`;
    const [existing] = await tx`select 1 from events where slug = ${data.slug} or id = ${String(data.tables.events?.[0]?.id)}`;
    if (existing) throw new ImportRefused(`event ${data.slug} already exists in this database`);
    let count = 0;
    for (const table of graph.tables.filter((t) => !owned.has(t) && data.tables[t])) {
      count += await insertJsonRows(tx as unknown as Sql, graph, table, data.tables[table]!, 'on conflict do nothing');
    }
    for (const table of graph.tables.filter((t) => owned.has(t) && data.tables[t])) {
      count += await insertJsonRows(tx as unknown as Sql, graph, table, data.tables[table]!);
    }
    await resetSequences(tx as unknown as Sql);
    return { rows: count };
  });
}

/** The rows of `table` whose key columns, joined as text, are among `keys` (single or composite keys alike). */
async function selectWhereIn(sql: Sql, table: string, columns: string[], keys: string[]): Promise<Row[]> {
  const out: Row[] = [];
  const joined = columns.map((c) => `t.${quoteIdent(c)}::text`).join(`, `);
  for (let i = 0; i < keys.length; i += 5000) {
    const found = await sql.unsafe<{ row: Row }[]>(
      `select to_jsonb(t) as row from ${quoteIdent(table)} t where concat_ws(chr(31), ${joined}) = any($1::text[])`,
      [keys.slice(i, i + 5000)],
    );
    out.push(...found.map((r) => r.row));
  }
  return out;
}

/** A row's values in `columns` joined like selectWhereIn joins them; null when any is null (no reference). */
function tupleKey(row: Row, columns: string[]): string | null {
  const values = columns.map((c) => row[c]);
  return values.some((v) => v == null) ? null : values.map(String).join('\u001f');
}

/** A row's identity: its id when it has one, else the whole row (join tables keyed by their columns). */
const rowKey = (row: Row) => (row.id != null ? String(row.id) : JSON.stringify(row));
const redact = (table: string, row: Row) => {
  const copy = { ...row };
  for (const column of REDACTED_COLUMNS[table] ?? []) if (column in copy) copy[column] = null;
  return copy;
};

export type { Graph };
