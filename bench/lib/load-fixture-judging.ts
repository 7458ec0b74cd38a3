/*
 * The judging-autosave fixture, written straight in SQL (set-based, well under a second) rather than
 * through lib/ domain functions, leaving what they would: an event past its submission deadline with
 * `projects` submitted projects (one captain per team; the submissions inserted with the seed's
 * `codefest.allow_late_project_writes` escape hatch, since the deadline has passed), one open preliminary
 * round with five leaf criteria (weight 20, scale 0–10), `judges` judges holding the judge role, each
 * assigned `perJudge` projects (round robin, every project judged by judges × perJudge / projects judges),
 * and each of those sheets already a draft at version 1 (opened once), so every save is an autosave.
 */
import type postgres from 'postgres';

export type JudgeSheet = { sheetId: string; submissionId: string };
export type JudgingFixture = {
  eventId: string;
  slug: string;
  roundId: string;
  criterionIds: string[];
  judges: { userId: string; sheets: JudgeSheet[] }[];
};

export async function createJudgingFixture(sql: postgres.Sql, o: { judges: number; projects: number; perJudge: number }): Promise<JudgingFixture> {
  const tag = Date.now().toString(36);
  const slug = `bench-judging-${tag}`;
  return sql.begin(async (tx) => {
    await tx`select set_config('codefest.allow_late_project_writes', 'on', true)`;
    const [event] = await tx<{ id: string }[]>`
      insert into events (slug, title_zh, title_en, registration_opens_at, registration_closes_at, hacking_starts_at,
        submission_deadline, judging_ends_at, team_size_min, team_size_max, is_published)
      values (${slug}, '評審自動儲存壓測', 'Judging autosave benchmark', now() - interval '30 days', now() - interval '10 days',
        now() - interval '3 days', now() - interval '1 day', now() + interval '3 days', 1, 5, true)
      returning id`;
    const eventId = event!.id;
    const people = await tx<{ id: string; email: string }[]>`
      insert into users (name, email, email_verified)
      select case when n <= ${o.judges} then 'Bench judge ' || n else 'Bench captain ' || n end,
             case when n <= ${o.judges} then 'judge-' else 'captain-' end || ${tag} || '-' || n || '@bench.example', now()
      from generate_series(1, ${o.judges + o.projects}) n
      returning id, email`;
    const num = (email: string) => Number(/-(\d+)@/.exec(email)![1]);
    people.sort((a, b) => num(a.email) - num(b.email));
    const judgeIds = people.slice(0, o.judges).map((p) => p.id);
    const captainIds = people.slice(o.judges).map((p) => p.id);
    await tx`
      insert into event_roles (event_id, user_id, role) select ${eventId}, u, 'judge' from unnest(${judgeIds}::uuid[]) u`;
    await tx`
      insert into registrations (event_id, user_id, status, display_name, consent_rules_at, consent_data_at)
      select ${eventId}, u, 'admitted', 'Bench captain', now(), now() from unnest(${captainIds}::uuid[]) u`;
    await tx`
      insert into teams (event_id, name, captain_id, invite_code, status)
      select ${eventId}, 'Judged team ' || ord, u, 'JUDGE' || ${tag} || ord, 'admitted'
      from unnest(${captainIds}::uuid[]) with ordinality as x(u, ord)`;
    await tx`insert into team_members (team_id, event_id, user_id, role) select id, event_id, captain_id, 'captain' from teams where event_id = ${eventId}`;
    const projects = await tx<{ id: string }[]>`
      insert into submissions (team_id, event_id, slug, title, description, status, submitted_at, updated_by)
      select id, event_id, 'judged-' || substr(id::text, 1, 8), 'Project of ' || name, 'A project to score.', 'submitted', now() - interval '1 day', captain_id
      from teams where event_id = ${eventId} order by name
      returning id`;
    const [round] = await tx<{ id: string }[]>`
      insert into judging_rounds (event_id, kind, name_zh, name_en, status, assignment_mode, judges_per_project)
      values (${eventId}, 'preliminary', '初賽', 'Preliminary', 'open', 'k_judges', ${Math.max(1, Math.round((o.judges * o.perJudge) / o.projects))})
      returning id`;
    const roundId = round!.id;
    const criteria = await tx<{ id: string }[]>`
      insert into rubric_criteria (round_id, name_zh, name_en, weight, scale_max, position)
      select ${roundId}, '評分項目 ' || n, 'Criterion ' || n, 20, 10, n from generate_series(1, 5) n
      returning id, position`;
    const pairs: { judge: string; submission: string }[] = [];
    for (let j = 0; j < o.judges; j++) {
      for (let k = 0; k < o.perJudge; k++) pairs.push({ judge: judgeIds[j]!, submission: projects[(j * o.perJudge + k) % projects.length]!.id });
    }
    await tx`
      insert into judge_assignments (round_id, judge_id, submission_id)
      select ${roundId}, j, s from unnest(${pairs.map((p) => p.judge)}::uuid[], ${pairs.map((p) => p.submission)}::uuid[]) as x(j, s)`;
    const sheets = await tx<{ id: string; judgeId: string; submissionId: string }[]>`
      insert into score_sheets (round_id, judge_id, submission_id)
      select ${roundId}, j, s from unnest(${pairs.map((p) => p.judge)}::uuid[], ${pairs.map((p) => p.submission)}::uuid[]) as x(j, s)
      returning id, judge_id as "judgeId", submission_id as "submissionId"`;
    const sheetOf = new Map(sheets.map((s) => [`${s.judgeId}:${s.submissionId}`, s.id]));
    return {
      eventId,
      slug,
      roundId,
      criterionIds: criteria.map((c) => c.id),
      judges: judgeIds.map((userId, j) => ({
        userId,
        sheets: pairs.slice(j * o.perJudge, (j + 1) * o.perJudge).map((p) => ({ sheetId: sheetOf.get(`${userId}:${p.submission}`)!, submissionId: p.submission })),
      })),
    };
  });
}

/** Judge `j`'s autosave number `n` of one sheet: every criterion scored, a note and feedback being typed. */
export function sheetPayload(fixture: JudgingFixture, j: number, n: number, version: number) {
  return {
    version,
    privateNote: `Strong data work; check the accessibility claims. (autosave ${n})`,
    feedback: `Clear problem statement and a working demo. Consider the ${n % 2 ? 'elderly' : 'visually impaired'} riders. Autosave ${n} of judge ${j}.`,
    scores: Object.fromEntries(fixture.criterionIds.map((id, k) => [id, String((j + n + k) % 11)])),
  };
}
