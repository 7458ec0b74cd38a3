import { randomUUID } from 'node:crypto';
import { createUser, e2eDatabase, type FixtureUser } from './users';

/*
 * A round of its own (so it runs beside the other specs): two judges who disagree exactly on two projects,
 * so every method ties them and the organizer records the panel's order. Rows are set up in SQL with the
 * historical-write switch the seed uses; the journey under test is the organizer's.
 */
export async function tiedRound(organizer: FixtureUser, options: { withFinal?: boolean; values?: number[][] } = {}) {
  const sql = e2eDatabase();
  const slug = `ties-${randomUUID().slice(0, 8)}`;
  const judges = [await createUser('評審甲'), await createUser('評審乙')];
  const captains = [await createUser('隊長一'), await createUser('隊長二')];
  await sql.begin(async (tx) => {
    await tx`select set_config('codefest.allow_late_project_writes', 'on', true)`;
    const [event] = await tx<{ id: string }[]>`
      insert into events (slug, title_zh, title_en, is_published, registration_opens_at, registration_closes_at, hacking_starts_at, submission_deadline, judging_ends_at)
      values (${slug}, '同分測試', 'Tie test', true, now() - interval '20 days', now() - interval '10 days', now() - interval '3 days', now() - interval '2 days', now() + interval '5 days')
      returning id`;
    await tx`insert into event_roles (event_id, user_id, role) values (${event!.id}, ${organizer.id}, 'organizer')`;
    for (const j of judges) await tx`insert into event_roles (event_id, user_id, role) values (${event!.id}, ${j.id}, 'judge')`;
    const [round] = await tx<{ id: string }[]>`
      insert into judging_rounds (event_id, kind, name_zh, name_en, status) values (${event!.id}, 'preliminary', '初賽', 'Preliminary', 'open') returning id`;
    if (options.withFinal) {
      await tx`insert into judging_rounds (event_id, kind, name_zh, name_en, position, status) values (${event!.id}, 'final', '決賽', 'Final', 2, 'draft')`;
    }
    const [criterion] = await tx<{ id: string }[]>`
      insert into rubric_criteria (round_id, name_en, name_zh, weight, scale_max) values (${round!.id}, 'Overall', '整體', 100, 10) returning id`;
    const titles = ['晨光巴士', '夜行地圖'];
    const projects: string[] = [];
    for (const [i, captain] of captains.entries()) {
      const [team] = await tx<{ id: string }[]>`
        insert into teams (event_id, name, captain_id, invite_code, status) values (${event!.id}, ${`${titles[i]}隊-${slug}`}, ${captain.id}, ${randomUUID().slice(0, 10)}, 'admitted') returning id`;
      const [submission] = await tx<{ id: string }[]>`
        insert into submissions (team_id, event_id, slug, title, status, submitted_at) values (${team!.id}, ${event!.id}, ${`p${i}-${slug}`}, ${titles[i]!}, 'submitted', now() - interval '2 days') returning id`;
      projects.push(submission!.id);
    }
    // Judge 甲 gives 7 and 6, judge 乙 6 and 7: every method ties the two projects.
    const values = options.values ?? [
      [7, 6],
      [6, 7],
    ];
    for (const [j, judge] of judges.entries()) {
      for (const [p, project] of projects.entries()) {
        await tx`insert into judge_assignments (round_id, judge_id, submission_id) values (${round!.id}, ${judge.id}, ${project})`;
        const [sheet] = await tx<{ id: string }[]>`
          insert into score_sheets (round_id, judge_id, submission_id, status, submitted_at) values (${round!.id}, ${judge.id}, ${project}, 'submitted', now()) returning id`;
        await tx`insert into scores (sheet_id, criterion_id, value) values (${sheet!.id}, ${criterion!.id}, ${values[j]![p]!})`;
      }
    }
  });
  return { slug };
}

