import { randomUUID } from 'node:crypto';
import { createUser, e2eDatabase, type FixtureUser } from './users';

/*
 * A fresh event of its own for the publication journey (the seeded autumn event stays unpublished for the
 * other specs): a closed preliminary round scored by two judges (港灣巡禮 first, 綠能地圖 second, 夜市導航
 * third), feedback to the teams and a private note for the organizers on every sheet, a grand prize and a
 * people's-choice prize, and the public vote open now. Rows are set up in SQL with the historical-write
 * switch the seed uses; the journeys under test are the organizer's, the team's and the voter's.
 */
export const PROJECTS = ['港灣巡禮', '綠能地圖', '夜市導航'] as const;

export async function publicationEvent(organizer: FixtureUser) {
  const sql = e2eDatabase();
  const slug = `publish-${randomUUID().slice(0, 8)}`;
  const judges = [await createUser('評審甲'), await createUser('評審乙')];
  const captains = await Promise.all(PROJECTS.map((_, i) => createUser(`隊長${i + 1}`)));
  await sql.begin(async (tx) => {
    await tx`select set_config('codefest.allow_late_project_writes', 'on', true)`;
    const [event] = await tx<{ id: string }[]>`
      insert into events (slug, title_zh, title_en, is_published, registration_opens_at, registration_closes_at, hacking_starts_at, submission_deadline, judging_ends_at)
      values (${slug}, '成績公布測試', 'Publication test', true, now() - interval '20 days', now() - interval '10 days', now() - interval '3 days', now() - interval '2 days', now() - interval '1 day')
      returning id`;
    const eventId = event!.id;
    await tx`insert into event_roles (event_id, user_id, role) values (${eventId}, ${organizer.id}, 'organizer')`;
    for (const j of judges) await tx`insert into event_roles (event_id, user_id, role) values (${eventId}, ${j.id}, 'judge')`;
    const [round] = await tx<{ id: string }[]>`
      insert into judging_rounds (event_id, kind, name_zh, name_en, status) values (${eventId}, 'preliminary', '初賽', 'Preliminary', 'closed') returning id`;
    const [criterion] = await tx<{ id: string }[]>`
      insert into rubric_criteria (round_id, name_en, name_zh, weight, scale_max) values (${round!.id}, 'Overall', '整體', 100, 10) returning id`;
    const values = [9, 7, 5];
    for (const [i, captain] of captains.entries()) {
      const [team] = await tx<{ id: string }[]>`
        insert into teams (event_id, name, captain_id, invite_code, status) values (${eventId}, ${`${PROJECTS[i]}隊-${slug}`}, ${captain.id}, ${randomUUID().slice(0, 10)}, 'admitted') returning id`;
      await tx`insert into team_members (team_id, event_id, user_id, role) values (${team!.id}, ${eventId}, ${captain.id}, 'captain')`;
      const [submission] = await tx<{ id: string }[]>`
        insert into submissions (team_id, event_id, slug, title, status, submitted_at) values (${team!.id}, ${eventId}, ${`p${i}-${slug}`}, ${PROJECTS[i]!}, 'submitted', now() - interval '2 days') returning id`;
      for (const [j, judge] of judges.entries()) {
        await tx`insert into judge_assignments (round_id, judge_id, submission_id) values (${round!.id}, ${judge.id}, ${submission!.id})`;
        const [sheet] = await tx<{ id: string }[]>`
          insert into score_sheets (round_id, judge_id, submission_id, status, submitted_at, feedback, private_note)
          values (${round!.id}, ${judge.id}, ${submission!.id}, 'submitted', now(), ${`回饋${j + 1}：資料視覺化很清楚`}, '僅供主辦：簡報超時') returning id`;
        await tx`insert into scores (sheet_id, criterion_id, value) values (${sheet!.id}, ${criterion!.id}, ${values[i]! - j})`;
      }
    }
    await tx`insert into prizes (event_id, name_zh, name_en, count, position) values (${eventId}, '首獎', 'Grand prize', 1, 1)`;
    const [peoples] = await tx<{ id: string }[]>`insert into prizes (event_id, name_zh, name_en, count, position) values (${eventId}, '人氣獎', 'People''s choice', 1, 2) returning id`;
    await tx`insert into results_settings (event_id, vote_opens_at, vote_closes_at, peoples_choice_prize_id) values (${eventId}, now() - interval '1 hour', now() + interval '1 day', ${peoples!.id})`;
  });
  return { slug, captains, judges };
}
