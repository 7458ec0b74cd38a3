import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../client';
import { judgeAssignments, judgingRounds, rubricCriteria, scores, scoreSheets, submissions } from '../schema';
import { createRandom, hoursFrom } from './random';

/**
 * Submitted score sheets for the autumn preliminary, so the organizer's console shows a real ranking: every
 * judge but judge 1 (the demo judge, whose queue is left to the demo: two drafts, the rest to do) has
 * submitted their assigned sheets. Projects one of whose judges is judge 1 therefore have 2 of 3 sheets and
 * show as short, as they would mid-round. Emily Huang (judge 2) scores about 2 points per criterion above
 * her colleagues and 李俊宏 (judge 5) about 2 below (against ±0.5 of noise). With four sheets each the flags
 * hang on which projects a judge shares with whom, so sheets are seeded in a fixed order (see below): before
 * that, uuid order made Emily lenient on some seeds and not on others., so the distribution chart has a lenient and a harsh
 * judge to flag and the raw mean and z-score rankings disagree somewhere.
 *
 * Its own random stream, so adding it does not shift the data seeded after it.
 */
export async function seedAutumnScores(tx: Tx, input: { eventId: string; now: Date; judgeIds: string[] }): Promise<void> {
  const { eventId, now, judgeIds } = input;
  const random = createRandom(20261109);
  const [round] = await tx
    .select({ id: judgingRounds.id })
    .from(judgingRounds)
    .where(and(eq(judgingRounds.eventId, eventId), eq(judgingRounds.kind, 'preliminary')))
    .limit(1);
  if (!round) return;
  const criteria = await tx.select().from(rubricCriteria).where(eq(rubricCriteria.roundId, round.id)).orderBy(asc(rubricCriteria.position));
  const parents = new Set(criteria.map((c) => c.parentId).filter(Boolean));
  const leaves = criteria.filter((c) => !parents.has(c.id));
  const scorers = judgeIds.slice(1);
  const assignments = await tx
    .select({ judgeId: judgeAssignments.judgeId, submissionId: judgeAssignments.submissionId, slug: submissions.slug })
    .from(judgeAssignments)
    .innerJoin(submissions, eq(submissions.id, judgeAssignments.submissionId))
    .where(and(eq(judgeAssignments.roundId, round.id), inArray(judgeAssignments.judgeId, scorers)))
    // By slug and judge order, not by uuid: ids differ on every seed, and the random stream must meet the
    // same sheets in the same order for the demo (and the specs that read it) to be the same everywhere.
    .then((rows) => rows.sort((a, b) => a.slug.localeCompare(b.slug) || judgeIds.indexOf(a.judgeId) - judgeIds.indexOf(b.judgeId)));
  if (assignments.length === 0) return;

  const quality = new Map<string, number>();
  for (const a of assignments) if (!quality.has(a.submissionId)) quality.set(a.submissionId, 4 + random.next() * 3.5);
  const bias = new Map([
    [judgeIds[1], 2],
    [judgeIds[4], -2],
  ]);
  const sheets = await tx
    .insert(scoreSheets)
    .values(
      assignments.map((a, i) => ({
        roundId: round.id,
        judgeId: a.judgeId,
        submissionId: a.submissionId,
        status: 'submitted' as const,
        submittedAt: hoursFrom(now, -1 - (i % 5) / 10),
        feedback: i % 4 === 0 ? '資料應用扎實，建議補上無障礙測試。 Solid use of the data; add accessibility testing.' : '',
        updatedAt: hoursFrom(now, -1 - (i % 5) / 10),
      })),
    )
    .returning({ id: scoreSheets.id, judgeId: scoreSheets.judgeId, submissionId: scoreSheets.submissionId });
  await tx.insert(scores).values(
    sheets.flatMap((sheet) =>
      leaves.map((leaf) => {
        const raw = quality.get(sheet.submissionId)! + (bias.get(sheet.judgeId) ?? 0) + (random.next() - 0.5);
        const value = Math.min(leaf.scaleMax, Math.max(0, Math.round(raw * 2) / 2));
        return { sheetId: sheet.id, criterionId: leaf.id, value };
      }),
    ),
  );
}
