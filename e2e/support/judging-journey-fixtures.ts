import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { E2E_ENV } from './env';
import { createUser, e2eDatabase } from './users';

const DAY = 24 * 3600 * 1000;

/**
 * A fresh event for the whole judging journey (so the spec runs beside the others): submissions closed,
 * three teams with a submitted project each, an organizer, one judge already on the panel (Kai), and a
 * draft preliminary round in "every judge scores every project" mode whose rubric is already written
 * (Application 60 + Technical 40, both on 0..10). Rows are set up in SQL with the historical-write switch
 * the seed uses; inviting, accepting, conflicts, opening, assigning and scoring are the journey.
 */
export async function journeyEvent() {
  const sql = e2eDatabase();
  const tag = randomUUID().slice(0, 8);
  const slug = `judging-journey-${tag}`;
  const organizer = await createUser('Olivia Organizer');
  const kai = await createUser('Kai Judge');
  const participant = await createUser('Pat Participant');
  const titles = { alpha: `Project Alpha ${tag}`, beta: `Project Beta ${tag}`, gamma: `Project Gamma ${tag}` };
  const captains = [await createUser('Alpha captain'), await createUser('Beta captain'), await createUser('Gamma captain')];
  const now = Date.now();
  let roundId = '';
  const projectIds: string[] = [];
  await sql.begin(async (tx) => {
    await tx`select set_config('codefest.allow_late_project_writes', 'on', true)`;
    const [event] = await tx<{ id: string }[]>`
      insert into events (slug, title_zh, title_en, is_published, registration_opens_at, registration_closes_at, hacking_starts_at, submission_deadline, judging_ends_at)
      values (${slug}, ${'評審全程 ' + tag}, ${'Judging journey ' + tag}, true, ${new Date(now - 10 * DAY)}, ${new Date(now - 5 * DAY)}, ${new Date(now - 3 * DAY)}, ${new Date(now - DAY)}, ${new Date(now + 5 * DAY)})
      returning id`;
    await tx`insert into event_roles (event_id, user_id, role) values (${event!.id}, ${organizer.id}, 'organizer'), (${event!.id}, ${kai.id}, 'judge')`;
    const [round] = await tx<{ id: string }[]>`
      insert into judging_rounds (event_id, kind, name_zh, name_en, position, assignment_mode, ranking_method)
      values (${event!.id}, 'preliminary', '初賽', 'Preliminary', 1, 'all', 'raw_mean') returning id`;
    roundId = round!.id;
    await tx`
      insert into rubric_criteria (round_id, name_zh, name_en, weight, scale_max, position) values
        (${round!.id}, '服務應用', 'Application', 60, 10, 1),
        (${round!.id}, '技術完整度', 'Technical', 40, 10, 2)`;
    for (const [i, name] of ['Alpha', 'Beta', 'Gamma'].entries()) {
      const captain = captains[i]!;
      const [team] = await tx<{ id: string }[]>`
        insert into teams (event_id, captain_id, name, invite_code, status) values (${event!.id}, ${captain.id}, ${`Team ${name}`}, ${`j${i}${tag}`}, 'admitted') returning id`;
      await tx`insert into team_members (team_id, event_id, user_id, role) values (${team!.id}, ${event!.id}, ${captain.id}, 'captain')`;
      const [submission] = await tx<{ id: string }[]>`
        insert into submissions (team_id, event_id, slug, title, tagline, status, submitted_at)
        values (${team!.id}, ${event!.id}, ${`${name.toLowerCase()}-${tag}`}, ${Object.values(titles)[i]!}, 'Tagline', 'submitted', ${new Date(now - 2 * DAY)}) returning id`;
      projectIds.push(submission!.id);
    }
  });
  return { slug, roundId, organizer, kai, participant, titles, alphaId: projectIds[0]! };
}

/** The invitation link in the newest mail to `address` (in `locale`), or null while none has arrived. */
export async function invitationLink(address: string, locale: 'en' | 'zh-TW' = 'en'): Promise<string | null> {
  const files = (await readdir(E2E_ENV.MAIL_DIR).catch(() => [] as string[])).filter((f) => f.endsWith('.json')).sort().reverse();
  for (const file of files) {
    const mail = JSON.parse(await readFile(path.join(E2E_ENV.MAIL_DIR, file), 'utf8')) as { to: string; text: string };
    if (mail.to === address) return mail.text.match(new RegExp(`https?://\\S+/${locale}/judge/invitations/[\\w-]+`))?.[0] ?? null;
  }
  return null;
}
