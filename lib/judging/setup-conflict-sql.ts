import 'server-only';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';

/*
 * Automatic conflicts, as SQL over the current rows. A judge is conflicted with a team when they are a
 * member of it, or when an affiliation they declared equals a member's registration affiliation. The
 * comparison ignores case and every kind of white space ("National Taiwan University" = "national
 * taiwan  university"), the same normalisation the assignment trigger (0009) applies, so what the page
 * shows and what the database refuses agree.
 */
export const normalizeAffiliation = (value: string) => value.toLowerCase().replace(/\s+/g, '');

/**
 * Replaces the event's automatic conflict rows (of one judge, or of every judge) with what the data says
 * now. Called whenever a conflict is declared or removed, a judge accepts, and before every assignment run:
 * registrations and team memberships change in other engineers' code paths, so the run is the moment that
 * must be right.
 */
export async function recomputeAutomaticConflicts(tx: DbOrTx, eventId: string, judgeId?: string): Promise<number> {
  const judgeFilter = judgeId ? sql`and r.user_id = ${judgeId}` : sql``;
  await tx.execute(sql`
    delete from conflicts_of_interest c
    where c.event_id = ${eventId} and c.source = 'automatic' ${judgeId ? sql`and c.judge_id = ${judgeId}` : sql``}`);
  const inserted = await tx.execute(sql`
    insert into conflicts_of_interest (event_id, judge_id, team_id, reason, source)
    select distinct ${eventId}::uuid, pairs.judge_id, pairs.team_id, pairs.reason, 'automatic'::conflict_source
    from (
      select r.user_id as judge_id, tm.team_id, 'member' as reason
      from event_roles r
      join team_members tm on tm.user_id = r.user_id and tm.event_id = r.event_id
      where r.event_id = ${eventId} and r.role = 'judge' ${judgeFilter}
      union
      select r.user_id, tm.team_id, 'affiliation:' || min(reg.affiliation)
      from event_roles r
      join conflicts_of_interest c on c.event_id = r.event_id and c.judge_id = r.user_id and c.affiliation is not null and c.source <> 'automatic'
      join registrations reg on reg.event_id = r.event_id
        and lower(regexp_replace(reg.affiliation, '\\s', '', 'g')) = lower(regexp_replace(c.affiliation, '\\s', '', 'g'))
        and length(trim(reg.affiliation)) > 0
      join team_members tm on tm.user_id = reg.user_id and tm.event_id = reg.event_id
      where r.event_id = ${eventId} and r.role = 'judge' ${judgeFilter}
      group by r.user_id, tm.team_id
    ) pairs
    where not exists (
      select 1 from conflicts_of_interest d
      where d.event_id = ${eventId} and d.judge_id = pairs.judge_id and d.team_id = pairs.team_id
    )
    returning id`);
  return inserted.length;
}

/**
 * Every (judge, submission) pair of the round that must never be assigned: team conflicts of any source,
 * affiliation conflicts expanded over the members' registrations, and membership itself (so the answer is
 * right even before a recompute has run).
 */
export async function conflictedPairs(tx: DbOrTx, roundId: string): Promise<{ judgeId: string; projectId: string }[]> {
  const rows = await tx.execute<{ judge_id: string; submission_id: string }>(sql`
    select distinct pairs.judge_id, s.id as submission_id
    from judging_rounds jr
    join submissions s on s.event_id = jr.event_id
    join lateral (
      select c.judge_id from conflicts_of_interest c where c.event_id = jr.event_id and c.team_id = s.team_id
      union
      select c.judge_id from conflicts_of_interest c
        join registrations reg on reg.event_id = c.event_id
          and lower(regexp_replace(reg.affiliation, '\\s', '', 'g')) = lower(regexp_replace(c.affiliation, '\\s', '', 'g'))
        join team_members tm on tm.user_id = reg.user_id and tm.team_id = s.team_id
        where c.event_id = jr.event_id and c.affiliation is not null
      union
      select tm.user_id from team_members tm where tm.team_id = s.team_id
    ) pairs on true
    where jr.id = ${roundId}`);
  return rows.map((r) => ({ judgeId: r.judge_id, projectId: r.submission_id }));
}
