/*
 * The physical limit of a judge's autosave: the statements saveSheetAction makes the database run
 * (getActor's account read, then lib/judging/sheets.ts saveSheet's transaction), issued straight through
 * postgres.js, with no Next, no HTTP, no React. Statement for statement, in order:
 *   loadActor:              select the account                                    (outside the transaction)
 *   loadJudgeSheetContext:  the round; the event and the judge's roles (requireEventCapability); the
 *                           assignment; the submission's team and the conflict-of-interest test (hasConflict);
 *                           the rubric; the judge's sheet; its scores
 *   writeSheetRow:          UPDATE score_sheets ... WHERE id AND version (the writable trigger fires)
 *   writeScores:            the five scores as one upsert (the score trigger fires per row)
 *   writeAudit:             the audit row
 * Validation (zod) and the weighted total are left out: they are CPU in Node, not database work.
 */
import type postgres from 'postgres';
import { sheetPayload, type JudgingFixture } from './load-fixture-judging';

export async function saveSheetDirect(
  sql: postgres.Sql,
  fixture: JudgingFixture,
  j: number,
  sheetIndex: number,
  n: number,
  version: number,
): Promise<{ saved: boolean; version: number }> {
  const judgeId = fixture.judges[j]!.userId;
  const { submissionId } = fixture.judges[j]!.sheets[sheetIndex]!;
  const payload = sheetPayload(fixture, j, n, version);
  const [actor] = await sql`select id, email, name, is_site_admin, disabled_at, session_version from users where id = ${judgeId} limit 1`;
  if (!actor) throw new Error('no actor');
  return sql.begin(async (tx) => {
    const [round] = await tx`select * from judging_rounds where id = ${fixture.roundId}`;
    await tx`select * from events where id = ${round!.event_id} limit 1`;
    await tx`select role from event_roles where event_id = ${round!.event_id} and user_id = ${judgeId} and revoked_at is null`;
    const [assignment] = await tx`select id from judge_assignments where round_id = ${fixture.roundId} and judge_id = ${judgeId} and submission_id = ${submissionId}`;
    if (!assignment) throw new Error('not assigned');
    const [project] = await tx`select team_id from submissions where id = ${submissionId}`;
    await tx`
      select exists (select 1 from team_members m where m.team_id = ${project!.team_id} and m.user_id = ${judgeId})
          or exists (
            select 1 from conflicts_of_interest c
            where c.event_id = ${round!.event_id} and c.judge_id = ${judgeId}
              and (c.team_id = ${project!.team_id}
                   or (length(trim(coalesce(c.affiliation, ''))) > 0 and exists (
                         select 1 from team_members m
                         join registrations g on g.event_id = ${round!.event_id} and g.user_id = m.user_id
                         where m.team_id = ${project!.team_id} and lower(trim(g.affiliation)) = lower(trim(c.affiliation)))))
          ) as conflicted`;
    await tx`select * from rubric_criteria where round_id = ${fixture.roundId} order by position`;
    const [sheet] = await tx`select * from score_sheets where round_id = ${fixture.roundId} and judge_id = ${judgeId} and submission_id = ${submissionId}`;
    await tx`select criterion_id, value from scores where sheet_id = ${sheet!.id}`;
    const [updated] = await tx<{ id: string; version: number }[]>`
      update score_sheets set private_note = ${payload.privateNote}, feedback = ${payload.feedback}, version = version + 1, updated_at = statement_timestamp()
      where id = ${sheet!.id} and version = ${version}
      returning id, version, updated_at, status`;
    if (!updated) return { saved: false, version };
    const criteria = Object.keys(payload.scores);
    const values = criteria.map((id) => Number(payload.scores[id]));
    await tx`
      insert into scores (sheet_id, criterion_id, value)
      select ${updated.id}, c, v from unnest(${criteria}::uuid[], ${values}::numeric[]) as x(c, v)
      on conflict (sheet_id, criterion_id) do update set value = excluded.value, updated_at = statement_timestamp()
      where scores.value is distinct from excluded.value`;
    await tx`
      insert into audit_log (actor_id, event_id, action, entity_type, entity_id, data)
      values (${judgeId}, ${fixture.eventId}, 'judging.sheet_save', 'score_sheet', ${updated.id},
        ${tx.json({ roundId: fixture.roundId, submissionId, version: updated.version, scored: criteria.length, of: criteria.length })})`;
    return { saved: true, version: updated.version };
  });
}
