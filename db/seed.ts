import { sql } from 'drizzle-orm';
import { hashPassword } from '../lib/auth/password';
import type { Db, Tx } from './client';
import { announcements, eventRoles, events, prizes, tracks, users } from './schema';
import { AUTUMN_PRIZES, AUTUMN_TRACKS, autumnEvent } from './seed/autumn-event';
import { AUTUMN_TEAMS } from './seed/autumn-teams';
import { seedAutumnJudging } from './seed/judging';
import { seedAutumnScores } from './seed/judging-scores';
import { DEMO_EMAILS, DEMO_PARTICIPANT, DEMO_PASSWORD, generateParticipants, JUDGES, STAFF, type PersonSeed } from './seed/people';
import { seedOpenEvent } from './seed/open-event';
import { createRandom, daysFrom } from './seed/random';
import { SPRING_TEAMS, SPRING_TRACKS, springEvent } from './seed/spring-event';
import { seedSpringJudging } from './seed/spring-judging';
import { seedSpringResults } from './seed/spring-results';
import { seedSubmissionExtras } from './seed/submission-extras';
import { insertRegistrations, insertTeams, type SeededUser } from './seed/teams';

/*
 * The demo: a CodeFest Taipei autumn event in full swing (tracks from four city departments, ~20 teams,
 * projects, an open preliminary round) and a spring event whose results and adoption are published.
 *
 * It only ever seeds an EMPTY database, in one transaction: a database with any user or event is left
 * untouched, so pointing the seed at production by mistake does nothing. An advisory lock makes a second,
 * concurrent seeder wait and then see the first one's rows. No audit rows are written: the seed is not
 * an actor's mutation, and an audit log that opens with a thousand synthetic entries would bury real ones.
 */
export type SeedLogin = { role: string; email: string; password: string };
export type SeedResult = { seeded: boolean; logins: SeedLogin[] };

const SEED_LOCK = 'codefest:seed-demo';
const PARTICIPANT_COUNT = 80;

async function hasData(executor: Db | Tx): Promise<boolean> {
  const [row] = await executor.execute<{ hasData: boolean }>(
    sql`select exists(select 1 from ${users}) or exists(select 1 from ${events}) as "hasData"`,
  );
  return Boolean(row?.hasData);
}

export async function seedDemo(db: Db): Promise<SeedResult> {
  // Checked before hashing too, so restarting an already-seeded app does not pay for argon2.
  if (await hasData(db)) return { seeded: false, logins: [] };
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const seeded = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${SEED_LOCK}))`);
    if (await hasData(tx)) return false;
    await seedInto(tx, passwordHash);
    return true;
  });
  if (!seeded) return { seeded: false, logins: [] };
  return {
    seeded: true,
    logins: [
      { role: 'site admin', email: DEMO_EMAILS.admin, password: DEMO_PASSWORD },
      { role: 'organizer', email: DEMO_EMAILS.organizer, password: DEMO_PASSWORD },
      { role: 'judge', email: DEMO_EMAILS.judge(1), password: DEMO_PASSWORD },
      { role: 'participant (team captain)', email: DEMO_EMAILS.participant, password: DEMO_PASSWORD },
    ],
  };
}

async function seedInto(tx: Tx, passwordHash: string): Promise<void> {
  /*
   * The demo holds history: a past event's teams and projects, written after their deadline. The
   * deadline and team-freeze triggers (migrations 0006, 0007) refuse such writes unless this
   * transaction-local switch is on; set_config(..., true) ends with the seed's transaction, and the
   * application never sets it.
   */
  await tx.execute(sql`select set_config('codefest.allow_late_project_writes', 'on', true)`);
  // The database's clock, so the autumn event is "current" by the same clock the deadlines use.
  const [clock] = await tx.execute<{ now: string }>(sql`select statement_timestamp() as now`);
  const now = new Date(clock!.now);
  const random = createRandom(20261017);

  const participants = generateParticipants(random, PARTICIPANT_COUNT, now);
  const people = [...STAFF, ...JUDGES, DEMO_PARTICIPANT, ...participants];
  const userRows = await tx
    .insert(users)
    .values(
      people.map((p) => ({
        email: p.email,
        name: p.name,
        passwordHash,
        emailVerified: daysFrom(now, -40),
        isSiteAdmin: p.isSiteAdmin ?? false,
        preferredLocale: p.preferredLocale,
      })),
    )
    .returning({ id: users.id, email: users.email });
  const idOf = new Map(userRows.map((u) => [u.email, u.id]));
  const withId = (p: PersonSeed): SeededUser => ({ ...p, id: idOf.get(p.email)! });
  const adminId = idOf.get(DEMO_EMAILS.admin)!;
  const organizerId = idOf.get(DEMO_EMAILS.organizer)!;
  const judgeIds = JUDGES.map((j) => idOf.get(j.email)!);

  /* Autumn: current. */
  const [autumn] = await tx.insert(events).values(autumnEvent(now, adminId)).returning();
  await seedSubmissionExtras(tx, autumn!.id);
  const autumnTracks = await tx
    .insert(tracks)
    .values(AUTUMN_TRACKS.map((t) => ({ ...t, eventId: autumn!.id })))
    .returning({ id: tracks.id, slug: tracks.slug });
  const autumnTrackIds = new Map(autumnTracks.map((t) => [t.slug, t.id]));
  await tx.insert(prizes).values(
    AUTUMN_PRIZES.map(({ trackSlug, ...prize }) => ({
      ...prize,
      eventId: autumn!.id,
      trackId: trackSlug ? autumnTrackIds.get(trackSlug)! : null,
    })),
  );
  await tx.insert(eventRoles).values([
    { eventId: autumn!.id, userId: organizerId, role: 'organizer', grantedBy: adminId },
    ...judgeIds.map((userId) => ({ eventId: autumn!.id, userId, role: 'judge' as const, grantedBy: organizerId })),
  ]);

  // The demo participant goes first, so they captain the first team.
  const autumnPool = [DEMO_PARTICIPANT, ...participants].map(withId);
  const autumnTeams = await insertTeams(tx, {
    event: autumn!,
    now,
    trackIds: autumnTrackIds,
    teams: AUTUMN_TEAMS,
    pool: autumnPool,
    random,
  });
  // The rest registered too: most are admitted and still looking for a team, the last few wait-listed.
  const solos = autumnPool.slice(autumnTeams.reduce((n, t) => n + t.memberIds.length, 0));
  await insertRegistrations(tx, autumn!, solos.slice(0, -3), random, { lookingForTeam: true });
  await insertRegistrations(tx, autumn!, solos.slice(-3), random, { status: 'waitlisted' });
  await seedAutumnJudging(tx, { eventId: autumn!.id, now, judgeIds, teams: autumnTeams, organizerId, random });
  await seedAutumnScores(tx, { eventId: autumn!.id, now, judgeIds });

  /* Spring: past, results published. */
  const [spring] = await tx.insert(events).values(springEvent(now, adminId)).returning();
  const springTracks = await tx
    .insert(tracks)
    .values(SPRING_TRACKS.map((t) => ({ ...t, datasetLinks: [...t.datasetLinks], eventId: spring!.id })))
    .returning({ id: tracks.id, slug: tracks.slug });
  const springTrackIds = new Map(springTracks.map((t) => [t.slug, t.id]));
  await tx.insert(eventRoles).values([
    { eventId: spring!.id, userId: organizerId, role: 'organizer', grantedBy: adminId },
    ...judgeIds.slice(0, 3).map((userId) => ({ eventId: spring!.id, userId, role: 'judge' as const, grantedBy: organizerId })),
  ]);
  const springTeams = await insertTeams(tx, {
    event: spring!,
    now,
    trackIds: springTrackIds,
    teams: SPRING_TEAMS,
    pool: random.shuffle(participants).map(withId),
    random,
  });
  await seedSpringResults(tx, { eventId: spring!.id, now, trackIds: springTrackIds, teams: springTeams, organizerId });
  await seedSpringJudging(tx, { eventId: spring!.id, now, judgeIds: judgeIds.slice(0, 3), teams: springTeams });

  /* Spring 2027: registration open, reviewed admission under way. */
  await seedOpenEvent(tx, { now, adminId, organizerId, pool: participants.map(withId) });

  await tx.insert(announcements).values([
    {
      eventId: autumn!.id,
      audience: 'public',
      titleZh: '秋季黑客松正式開跑！',
      titleEn: 'The autumn hackathon has begun!',
      bodyZh: '20 支隊伍已在市政大樓就位。決賽將於評審結束後公布入圍名單，敬請期待。',
      bodyEn: 'Twenty teams are at work in City Hall. Finalists will be announced once the preliminary review ends.',
      publishedAt: autumn!.hackingStartsAt,
      createdBy: organizerId,
    },
    {
      eventId: autumn!.id,
      audience: 'participants',
      titleZh: '提醒：作品繳交截止前 6 小時',
      titleEn: 'Reminder: six hours to the submission deadline',
      bodyZh: '請確認 GitHub 儲存庫已公開、README 已說明使用的開放資料，並按下「繳交」。截止後將無法修改。',
      bodyEn: 'Make sure your GitHub repository is public, your README names the open data you used, and press "Submit". Projects cannot be edited after the deadline.',
      publishedAt: now,
      createdBy: organizerId,
    },
    {
      eventId: autumn!.id,
      audience: 'judges',
      titleZh: '初賽評分說明會（草稿）',
      titleEn: 'Preliminary judging briefing (draft)',
      bodyZh: '評審請於截止後 72 小時內完成初賽評分。',
      bodyEn: 'Judges: please finish the preliminary scores within 72 hours of the deadline.',
      publishedAt: null,
      createdBy: organizerId,
    },
    {
      eventId: spring!.id,
      audience: 'public',
      titleZh: '春季黑客松得獎名單公布',
      titleEn: 'Spring hackathon winners announced',
      bodyZh: '恭喜「公園探險隊」以「公園好好玩」獲得金獎！所有得獎作品請見成果頁。',
      bodyEn: 'Congratulations to 公園探險隊 (Park Explorers), whose Park Finder wins gold! See every winner on the results page.',
      publishedAt: spring!.resultsPublishedAt,
      createdBy: organizerId,
    },
  ]);
}
