import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { db, sql } from '@/db/client';
import { seedDemo } from '@/db/seed';
import { exportEvent, importEvent, ImportRefused, type EventExport } from '@/lib/portability/event-export';
import { createDatabase, dropDatabase, withDatabase } from '../../scripts/lib/database';

/*
 * An event exported from a seeded database, imported into an EMPTY (migrated) database, exported again:
 * the two exports must be identical, table by table and row by row, so nothing the event owns is lost or
 * altered on the way. The seed has no files or audit rows, so the test adds one of each (and a file's
 * bytes, which must survive as bytes).
 */
const SLUG = 'codefest-taipei-2026-spring';
const serverUrl = inject('testServerUrl');
const emptyName = `${inject('templateDatabase').replace('codefest_tpl', 'codefest_t')}_empty_${Math.random().toString(36).slice(2, 8)}`;
let target: postgres.Sql;
let original: EventExport;

const withoutTimestamp = ({ exportedAt: _, ...rest }: EventExport) => rest;

beforeAll(async () => {
  await seedDemo(db);
  const [submission] = await sql<{ id: string; eventId: string; teamId: string }[]>`
    select s.id, t.event_id as "eventId", s.team_id as "teamId" from submissions s join teams t on t.id = s.team_id
    join events e on e.id = t.event_id where e.slug = ${SLUG} limit 1`;
  // The event is past its deadline, which the files trigger enforces; this is fixture history, not an edit.
  await sql.begin(async (tx) => {
    await tx`set local session_replication_role = replica`;
    await tx`insert into submission_files (submission_id, kind, content_type, byte_size, sha256, data, alt_text)
      values (${submission!.id}, 'cover', 'image/png', 4, 'abcd', ${Buffer.from([0, 1, 254, 255])}, '封面 cover')`;
  });
  await sql`insert into audit_log (event_id, action, entity_type, entity_id, data)
    values (${submission!.eventId}, 'test.exported', 'submission', ${submission!.id}, ${JSON.stringify({ note: '<b>x</b> ✓', n: 1.5 })}::jsonb)`;
  original = (await exportEvent(sql, SLUG))!;
  await createDatabase(serverUrl, emptyName, inject('templateDatabase'));
  target = postgres(withDatabase(serverUrl, emptyName), { max: 2, onnotice: () => {} });
}, 120_000);

afterAll(async () => {
  await target?.end({ timeout: 5 });
  await dropDatabase(serverUrl, emptyName);
});

describe('event export and import', () => {
  it('exports every table the event owns, with the rows of this event only', () => {
    const counts = Object.fromEntries(Object.entries(original.tables).map(([t, rows]) => [t, rows.length]));
    for (const table of ['events', 'tracks', 'prizes', 'registrations', 'teams', 'team_members', 'submissions', 'submission_revisions', 'submission_files', 'judging_rounds', 'rubric_criteria', 'judge_assignments', 'score_sheets', 'scores', 'awards', 'audit_log', 'users']) {
      expect(counts[table], table).toBeGreaterThan(0);
    }
    // Tables that exist but hold nothing for this event are still listed (an empty database must take them).
    expect(Object.keys(original.tables)).toEqual(expect.arrayContaining(['custom_questions', 'compliance_items', 'votes']));
    expect(original.tables.events).toHaveLength(1);
    const eventId = original.tables.events![0]!.id;
    for (const [table, rows] of Object.entries(original.tables)) {
      for (const row of rows) if ('event_id' in row && table !== 'users') expect(row.event_id, table).toBe(eventId);
    }
  });

  it('leaves password hashes out', () => {
    expect(original.tables.users!.every((u) => u.password_hash === null)).toBe(true);
  });

  it('re-imports into an empty database and exports identically (all rows, all values)', async () => {
    const { rows } = await importEvent(target, original);
    expect(rows).toBe(Object.values(original.tables).reduce((n, t) => n + t.length, 0));
    const again = (await exportEvent(target, SLUG))!;
    expect(withoutTimestamp(again)).toEqual(withoutTimestamp(original));
    const [file] = await target<{ data: Buffer }[]>`select data from submission_files`;
    expect([...file!.data]).toEqual([0, 1, 254, 255]);
    // Sequences continue past the imported ids: a new audit row does not collide.
    await target`insert into audit_log (action, entity_type) values ('test.after', 'x')`;
  });

  it('refuses to import an event that is already there, changing nothing', async () => {
    const before = await target<{ n: number }[]>`select count(*)::int as n from registrations`;
    await expect(importEvent(target, original)).rejects.toBeInstanceOf(ImportRefused);
    expect(await target<{ n: number }[]>`select count(*)::int as n from registrations`).toEqual(before);
  });

  it('refuses a file that is not an export, and answers null for an unknown slug', async () => {
    await expect(importEvent(target, { format: 'something-else' } as unknown as EventExport)).rejects.toBeInstanceOf(ImportRefused);
    expect(await exportEvent(sql, 'no-such-event')).toBeNull();
  });
});
