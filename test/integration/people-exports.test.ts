import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { submissions } from '@/db/schema';
import { exportDataset } from '@/lib/exports/datasets';
import { insertSubmission } from './helpers/domain-rows';
import { actorOf, organizedEvent, registerPerson, teamOfPeople } from './helpers/people-fixture';

/** A small RFC 4180 reader for the test: quoted cells, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

async function both(actor: Awaited<ReturnType<typeof actorOf>>, slug: string, dataset: string) {
  const csv = await exportDataset(actor, slug, { dataset, format: 'csv' });
  const json = await exportDataset(actor, slug, { dataset, format: 'json' });
  if (!csv.ok || !json.ok) throw new Error('export refused');
  return { csv: csv.data, json: json.data };
}

describe('exports', () => {
  it('registrations CSV: BOM, CRLF, quoting, Chinese round-trips, times in the event zone (labelled); JSON has the same rows', async () => {
    const { event, organizer } = await organizedEvent({ timeZone: 'Asia/Taipei' });
    await registerPerson(event.id, { displayName: '陳, "阿明"', affiliation: '第一行\n第二行', createdAt: new Date('2026-11-23T16:30:00Z') });
    await registerPerson(event.id, { displayName: '=HYPERLINK("x")', createdAt: new Date('2026-11-24T00:00:00Z') });
    const { csv, json } = await both(organizer, event.slug, 'registrations');
    expect(csv.filename).toBe(`${event.slug}-registrations.csv`);
    expect(csv.contentType).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(csv.body, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.body.endsWith('\r\n')).toBe(true);
    expect(csv.body).toContain('"陳, ""阿明"""');
    expect(csv.body).toContain('"第一行\n第二行"');
    // A typed formula is defused with an apostrophe.
    expect(csv.body).toContain(`"'=HYPERLINK(""x"")"`);

    const table = parseCsv(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    const [header, ...rows] = table;
    expect(header).toContain('registered_at (Asia/Taipei)');
    const parsed = JSON.parse(json.body) as { timeZone: string; columns: string[]; rows: Record<string, string>[] };
    expect(parsed.timeZone).toBe('Asia/Taipei');
    expect(parsed.columns).toEqual(header);
    expect(rows[0]![header!.indexOf('registered_at (Asia/Taipei)')]).toBe('2026-11-24 00:30');
    // Row for row, cell for cell, the JSON is the CSV (except the formula guard's apostrophe).
    expect(rows.map((r) => r.map((cell) => cell.replace(/^'(?=[=+\-@])/, '')))).toEqual(parsed.rows.map((r) => header!.map((h) => r[h])));
    expect(parsed.rows[0]!.name).toBe('陳, "阿明"');
  });

  it('teams and submissions', async () => {
    const { event, organizer } = await organizedEvent();
    const people = [await registerPerson(event.id, { displayName: '林隊長' }), await registerPerson(event.id, { displayName: 'Member' })];
    const team = await teamOfPeople(event.id, people, { name: '臺北隊', secondContactId: people[1]!.user.id });
    const sub = await insertSubmission(team);
    await db.update(submissions).set({ title: '智慧公車, 即時' }).where(eq(submissions.id, sub.id));
    const teamsExport = await both(organizer, event.slug, 'teams');
    const teamRows = JSON.parse(teamsExport.json.body).rows;
    expect(teamRows).toEqual([expect.objectContaining({ team: '臺北隊', captain: '林隊長', second_contact: 'Member', members: '林隊長; Member', member_count: '2', submission: 'draft' })]);
    const subs = await both(organizer, event.slug, 'submissions');
    expect(subs.csv.body).toContain('"智慧公車, 即時"');
    expect(JSON.parse(subs.json.body).rows[0]).toMatchObject({ team: '臺北隊', title: '智慧公車, 即時', status: 'draft' });
  });

  it('is not found for a participant, another event’s organizer, the anonymous and an unknown dataset', async () => {
    const { event, organizer } = await organizedEvent();
    const participant = await registerPerson(event.id);
    const { organizer: other } = await organizedEvent();
    for (const actor of [await actorOf(participant.user.id), other, null]) {
      const result = await exportDataset(actor, event.slug, { dataset: 'registrations', format: 'csv' });
      expect(result.ok).toBe(false);
    }
    expect(await exportDataset(organizer, event.slug, { dataset: 'passwords', format: 'csv' })).toEqual({ ok: false, error: { code: 'not_found' } });
  });
});
