import { describe, expect, it } from 'vitest';
import { csvCell } from '@/lib/csv';
import { exportRawScores } from '@/lib/judging/export';
import { expectOk, refusal } from './helpers/teams-fixtures';
import { asActor, judgedEvent, sheet } from './helpers/judging-results-fixture';

describe('raw-score CSV export', () => {
  it('starts with a UTF-8 BOM and has one row per judge × project × criterion, drafts included and marked', async () => {
    const fx = await judgedEvent({ judges: 2, projects: [{ title: '公車轉乘通', track: 'A' }, { title: '=HYPERLINK("x")', track: 'B' }] });
    const [a, b] = fx.judges;
    const [bus, formula] = fx.projects;
    await sheet(fx, a!.id, bus!.id, [7, 8]);
    await sheet(fx, a!.id, formula!.id, [5, 5]);
    await sheet(fx, b!.id, bus!.id, [6.5, 9], { status: 'draft' });
    const csv = expectOk(await exportRawScores(asActor(fx.organizer), fx.event.slug, fx.round.id));
    expect(csv.body.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.body.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('round,judge_name,judge_email,project,team,track,criterion_zh,criterion_en,parent_criterion_en,is_bonus,weight,scale_max,value,sheet_status,is_absent,submitted_at');
    // 3 sheets × 2 criteria.
    expect(csv.rows).toBe(6);
    expect(lines).toHaveLength(7);
    const busRows = lines.filter((l) => l.includes('公車轉乘通') && l.includes(a!.email));
    expect(busRows.map((l) => l.split(',')[12])).toEqual(['7.00', '8.00']);
    expect(lines.filter((l) => l.includes(b!.email)).every((l) => l.includes(',draft,'))).toBe(true);
    // A participant-typed title that a spreadsheet would run as a formula is neutralised.
    expect(lines.some((l) => l.includes(`"'=HYPERLINK(""x"")"`))).toBe(true);
  });

  it('is refused to a judge of the event and to a participant', async () => {
    const fx = await judgedEvent({ judges: 1, projects: [{ title: 'Only', track: 'A' }] });
    await sheet(fx, fx.judges[0]!.id, fx.projects[0]!.id, 50);
    expect(refusal(await exportRawScores(asActor(fx.judges[0]!), fx.event.slug, fx.round.id))).toEqual({ code: 'not_found' });
    expect(refusal(await exportRawScores(asActor(fx.projects[0]!.captain), fx.event.slug, fx.round.id))).toEqual({ code: 'not_found' });
  });

  it('quotes commas, quotes and newlines', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell('@sum')).toBe("'@sum");
  });
});
