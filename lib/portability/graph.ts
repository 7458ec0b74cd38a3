import type { Sql } from 'postgres';

/*
 * The shape of the database as Postgres itself describes it (tables, their insertable columns, foreign
 * keys), read from the catalog at run time. Export, import and the logical backup walk this graph
 * instead of a hand-kept table list, so a table another team adds tomorrow is carried along without
 * anyone remembering to update this code.
 */
export type ForeignKey = { table: string; columns: string[]; refTable: string; refColumns: string[] };
export type Graph = { tables: string[]; columns: Map<string, string[]>; foreignKeys: ForeignKey[] };

export async function loadGraph(sql: Sql): Promise<Graph> {
  const tableRows = await sql<{ name: string }[]>`
    select c.relname as name from pg_class c
    where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') order by 1`;
  // Generated columns cannot be inserted; everything else (identity and serial included) is copied as is.
  const columnRows = await sql<{ table: string; column: string }[]>`
    select table_name as table, column_name as column from information_schema.columns
    where table_schema = 'public' and is_generated = 'NEVER' order by table_name, ordinal_position`;
  const fkRows = await sql<{ table: string; columns: string[]; refTable: string; refColumns: string[] }[]>`
    select c.conrelid::regclass::text as table, c.confrelid::regclass::text as "refTable",
      array(select a.attname::text from unnest(c.conkey) with ordinality k(n, i) join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i) as columns,
      array(select a.attname::text from unnest(c.confkey) with ordinality k(n, i) join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i) as "refColumns"
    from pg_constraint c where c.contype = 'f' and c.connamespace = 'public'::regnamespace order by 1, 2`;
  const columns = new Map<string, string[]>();
  for (const { table, column } of columnRows) columns.set(table, [...(columns.get(table) ?? []), column]);
  const foreignKeys: ForeignKey[] = fkRows.map((fk) => ({ ...fk }));
  return { tables: tableRows.map((t) => t.name), columns, foreignKeys };
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Tables that belong to an event: those with a foreign key to `events`, and tables below them, recursively. */
export function ownedTables(graph: Graph, root = 'events'): string[] {
  const owned = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const fk of graph.foreignKeys) {
      if (owned.has(fk.refTable) && !owned.has(fk.table)) {
        owned.add(fk.table);
        grew = true;
      }
    }
  }
  return graph.tables.filter((t) => owned.has(t));
}

/** Inserts `rows` (JSON objects keyed by column) into `table` through Postgres's own JSON-to-row mapping. */
export async function insertJsonRows(sql: Sql, graph: Graph, table: string, rows: unknown[], onConflict = ''): Promise<number> {
  if (rows.length === 0) return 0;
  const cols = (graph.columns.get(table) ?? []).map(quoteIdent).join(', ');
  const t = quoteIdent(table);
  let inserted = 0;
  // Batches keep each statement's parameter well under Postgres's 1 GB limit for big tables (audit, scores).
  for (let i = 0; i < rows.length; i += 2000) {
    const batch = rows.slice(i, i + 2000);
    const result = await sql.unsafe(
      `insert into ${t} (${cols}) select ${cols} from jsonb_populate_recordset(null::${t}, $1::text::jsonb) ${onConflict}`,
      [JSON.stringify(batch)],
    );
    inserted += result.count;
  }
  return inserted;
}

/** After rows were copied with their ids, serial/identity sequences must continue past them. */
export async function resetSequences(sql: Sql): Promise<void> {
  const owned = await sql<{ table: string; column: string; seq: string }[]>`
    select t.relname as table, a.attname as column, s.relname as seq
    from pg_depend d
    join pg_class s on s.oid = d.objid and s.relkind = 'S'
    join pg_class t on t.oid = d.refobjid and t.relnamespace = 'public'::regnamespace
    join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid`;
  for (const { table, column, seq } of owned) {
    await sql.unsafe(
      `select setval('public.${quoteIdent(seq)}', coalesce((select max(${quoteIdent(column)}) from ${quoteIdent(table)}), 0) + 1, false)`,
    );
  }
}
