import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { eventRoles, judgeAssignments, judgingRounds, rubricCriteria, scores, scoreSheets, submissions } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { insertEvent, insertSubmission, insertTeam, insertTrack, insertUser } from './domain-rows';

/*
 * A judged round built from plain rows: the sheets go through the same triggers as a judge's (the round is
 * open, every judge is assigned), scores are written while the sheet is a draft and then it is submitted.
 * The rubric is C1 (60 points) and C2 (40 points), both on 0..10, so a sheet scoring v on both totals 10·v.
 */
export const asActor = (user: { id: string; email: string; name: string | null }): Actor => ({
  userId: user.id,
  email: user.email,
  name: user.name,
  isSiteAdmin: false,
});

export async function judgedEvent(options: { judges: number; projects: { title: string; track: 'A' | 'B' }[]; k?: number }) {
  const organizer = await insertUser({ name: 'Organizer' });
  const event = await insertEvent({ isPublished: true });
  await db.insert(eventRoles).values({ eventId: event.id, userId: organizer.id, role: 'organizer' });
  const trackA = await insertTrack(event.id);
  const trackB = await insertTrack(event.id);
  const judges = [];
  for (let i = 0; i < options.judges; i++) {
    const judge = await insertUser({ name: `Judge ${i + 1}` });
    await db.insert(eventRoles).values({ eventId: event.id, userId: judge.id, role: 'judge' });
    judges.push(judge);
  }
  const projects = [];
  for (const p of options.projects) {
    const captain = await insertUser();
    const trackId = p.track === 'A' ? trackA.id : trackB.id;
    const team = await insertTeam(event.id, captain.id, { name: `${p.title} team`, trackId });
    const submission = await insertSubmission(team);
    const [row] = await db
      .update(submissions)
      .set({ title: p.title, trackId, status: 'submitted', submittedAt: new Date() })
      .where(eq(submissions.id, submission.id))
      .returning();
    projects.push({ ...row!, teamName: team.name, captain });
  }
  const [round] = await db
    .insert(judgingRounds)
    .values({
      eventId: event.id,
      kind: 'preliminary',
      status: 'open',
      assignmentMode: options.k ? 'k_judges' : 'all',
      judgesPerProject: options.k ?? null,
      rankingMethod: 'z_score',
      nameEn: 'Preliminary',
    })
    .returning();
  const [c1, c2] = await db
    .insert(rubricCriteria)
    .values([
      { roundId: round!.id, nameEn: 'C1', weight: 60, scaleMax: 10, position: 1 },
      { roundId: round!.id, nameEn: 'C2', weight: 40, scaleMax: 10, position: 2 },
    ])
    .returning();
  return { organizer, event, trackA, trackB, judges, projects, round: round!, c1: c1!, c2: c2! };
}

export async function assign(roundId: string, judgeId: string, submissionId: string) {
  await db.insert(judgeAssignments).values({ roundId, judgeId, submissionId }).onConflictDoNothing();
}

/** A sheet with the given leaf values; `submitted` unless told otherwise. */
export async function sheet(
  fx: { round: { id: string }; c1: { id: string }; c2: { id: string } },
  judgeId: string,
  submissionId: string,
  values: [number, number] | number,
  options: { status?: 'draft' | 'submitted'; isAbsent?: boolean } = {},
) {
  const [v1, v2] = typeof values === 'number' ? [values / 10, values / 10] : values;
  await assign(fx.round.id, judgeId, submissionId);
  const [row] = await db.insert(scoreSheets).values({ roundId: fx.round.id, judgeId, submissionId }).returning();
  await db.insert(scores).values([
    { sheetId: row!.id, criterionId: fx.c1.id, value: v1 },
    { sheetId: row!.id, criterionId: fx.c2.id, value: v2 },
  ]);
  if ((options.status ?? 'submitted') === 'submitted' || options.isAbsent) {
    await db
      .update(scoreSheets)
      .set({ status: options.status ?? 'submitted', submittedAt: new Date(), isAbsent: options.isAbsent ?? false, version: 2 })
      .where(eq(scoreSheets.id, row!.id));
  }
  return row!;
}

export const uniqueName = () => randomUUID().slice(0, 6);
