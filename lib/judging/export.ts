import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import type { Actor } from '@/lib/auth/actor';
import { csvDocument } from '@/lib/csv';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { requireRoundAccess } from './results-access';

/*
 * Every raw score of a round as CSV, one row per judge × project × criterion, for the organizers' own
 * audit and spreadsheets (judge names included: organizers only, as the rest of the console). Encoding
 * rules (BOM, CRLF, quoting, formula guard) live in lib/csv.ts.
 */
const HEADER = [
  'round',
  'judge_name',
  'judge_email',
  'project',
  'team',
  'track',
  'criterion_zh',
  'criterion_en',
  'parent_criterion_en',
  'is_bonus',
  'weight',
  'scale_max',
  'value',
  'sheet_status',
  'is_absent',
  'submitted_at',
];

export async function exportRawScores(actor: Actor | null, slug: string, requestedRound: unknown): Promise<Result<{ filename: string; body: string; rows: number }>> {
  return runDomain(async () => {
    const { event, round } = await requireRoundAccess(actor, slug, requestedRound);
    if (!round) throw new DomainFailure('not_found');
    const rows = await db.execute<Record<string, unknown>>(sql`
      select coalesce(nullif(r.name_en, ''), r.name_zh) as round, coalesce(u.name, u.email) as judge_name, u.email as judge_email,
             sub.title as project, t.name as team, coalesce(nullif(tr.name_en, ''), tr.name_zh) as track,
             c.name_zh as criterion_zh, c.name_en as criterion_en, p.name_en as parent_criterion_en, c.is_bonus, c.weight, c.scale_max,
             s.value, sh.status as sheet_status, sh.is_absent, to_char(sh.submitted_at at time zone ${event.timeZone}, 'YYYY-MM-DD HH24:MI:SS') as submitted_at
      from scores s
      join score_sheets sh on sh.id = s.sheet_id
      join judging_rounds r on r.id = sh.round_id
      join users u on u.id = sh.judge_id
      join submissions sub on sub.id = sh.submission_id
      join teams t on t.id = sub.team_id
      left join tracks tr on tr.id = sub.track_id
      join rubric_criteria c on c.id = s.criterion_id
      left join rubric_criteria p on p.id = c.parent_id
      where sh.round_id = ${round.id}
      order by u.email, sub.title, c.position, c.id`);
    return { filename: `${slug}-${round.kind}-${round.position}-scores.csv`, body: csvDocument(HEADER, rows), rows: rows.length };
  });
}
