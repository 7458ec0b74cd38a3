/*
 * The deadline-rush fixture, written straight in SQL (set-based INSERT ... SELECT over generate_series,
 * a few hundred milliseconds for 500 teams) rather than through lib/ domain functions (one transaction,
 * audit row and argon2 hash each: minutes). It builds what those functions would leave behind: an event
 * whose submission window is open (hacking began an hour ago, the deadline is in two hours), two
 * submission questions (a short text, a single choice) and one checklist item, and N participants, each
 * admitted, captain of their own admitted team, with a draft submission at version 1.
 */
import type postgres from 'postgres';

export type RushParticipant = { userId: string; teamId: string; submissionId: string };
export type RushFixture = {
  eventId: string;
  slug: string;
  shortQuestionId: string;
  choiceQuestionId: string;
  complianceItemId: string;
  participants: RushParticipant[];
};

export async function createRushFixture(sql: postgres.Sql, count: number): Promise<RushFixture> {
  const tag = Date.now().toString(36);
  const slug = `bench-rush-${tag}`;
  return sql.begin(async (tx) => {
    const [event] = await tx<{ id: string }[]>`
      insert into events (slug, title_zh, title_en, registration_opens_at, registration_closes_at, hacking_starts_at,
        submission_deadline, judging_ends_at, team_size_min, team_size_max, is_published)
      values (${slug}, '截止前衝刺壓測', 'Deadline rush benchmark', now() - interval '30 days', now() - interval '2 days',
        now() - interval '1 hour', now() + interval '2 hours', now() + interval '3 days', 1, 5, true)
      returning id`;
    const eventId = event!.id;
    const [shortQ] = await tx<{ id: string }[]>`
      insert into custom_questions (event_id, scope, kind, label_zh, label_en, position)
      values (${eventId}, 'submission', 'short_text', '使用的開放資料集', 'Open datasets used', 0) returning id`;
    const [choiceQ] = await tx<{ id: string }[]>`
      insert into custom_questions (event_id, scope, kind, label_zh, label_en, options, position)
      values (${eventId}, 'submission', 'single_choice', '專案階段', 'Project stage',
        ${tx.json([
          { value: 'prototype', labelZh: '原型', labelEn: 'Prototype' },
          { value: 'pilot', labelZh: '試行', labelEn: 'Pilot' },
        ])}, 1) returning id`;
    const [item] = await tx<{ id: string }[]>`
      insert into compliance_items (event_id, label_zh, label_en) values (${eventId}, '儲存庫已公開', 'Repository is public') returning id`;
    const users = await tx<{ id: string; n: number }[]>`
      insert into users (name, email, email_verified)
      select 'Rush participant ' || n, 'rush-' || ${tag} || '-' || n || '@bench.example', now()
      from generate_series(1, ${count}) n
      returning id, (regexp_match(email, '-(\\d+)@'))[1]::int as n`;
    users.sort((a, b) => a.n - b.n);
    const userIds = users.map((u) => u.id);
    await tx`
      insert into registrations (event_id, user_id, status, display_name, consent_rules_at, consent_data_at)
      select ${eventId}, u, 'admitted', 'Rush participant', now(), now() from unnest(${userIds}::uuid[]) u`;
    const teams = await tx<{ id: string; captainId: string }[]>`
      insert into teams (event_id, name, captain_id, invite_code, status)
      select ${eventId}, 'Rush team ' || ord, u, 'RUSH' || ${tag} || ord, 'admitted'
      from unnest(${userIds}::uuid[]) with ordinality as x(u, ord)
      returning id, captain_id as "captainId"`;
    const teamOf = new Map(teams.map((t) => [t.captainId, t.id]));
    await tx`
      insert into team_members (team_id, event_id, user_id, role)
      select id, event_id, captain_id, 'captain' from teams where event_id = ${eventId}`;
    const submissions = await tx<{ id: string; teamId: string }[]>`
      insert into submissions (team_id, event_id, slug, title, updated_by)
      select id, event_id, 'rush-project-' || substr(id::text, 1, 8), 'Draft of ' || name, captain_id
      from teams where event_id = ${eventId}
      returning id, team_id as "teamId"`;
    const submissionOf = new Map(submissions.map((s) => [s.teamId, s.id]));
    return {
      eventId,
      slug,
      shortQuestionId: shortQ!.id,
      choiceQuestionId: choiceQ!.id,
      complianceItemId: item!.id,
      participants: userIds.map((userId) => {
        const teamId = teamOf.get(userId)!;
        return { userId, teamId, submissionId: submissionOf.get(teamId)! };
      }),
    };
  });
}

/** A realistic save of participant `i`'s project, round `round`: every text field, both answers, the checklist. */
export function rushContent(fixture: RushFixture, i: number, round: number) {
  return {
    title: `Bus stop accessibility map #${i} (round ${round})`,
    tagline: 'Low-floor bus arrivals and step-free routes for every stop in the city',
    description: `## What it does\nCombines the city's real-time bus feed with the sidewalk survey so wheelchair users can plan a trip.\n\n## Data\n- Bus arrivals (TDX)\n- Sidewalk accessibility survey 2025\n\nRound ${round}, participant ${i}. `.repeat(3),
    trackId: '',
    repositoryUrl: `https://github.com/codefest-bench/project-${i}`,
    demoUrl: `https://project-${i}.example.org`,
    videoUrl: '',
    slidesUrl: '',
    technologies: 'Next.js, PostGIS, TDX API',
    answers: { [fixture.shortQuestionId]: 'TDX bus arrivals; sidewalk survey 2025', [fixture.choiceQuestionId]: i % 2 ? 'prototype' : 'pilot' },
    compliance: [fixture.complianceItemId],
  };
}
