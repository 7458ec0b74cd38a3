import { eq } from 'drizzle-orm';
import type { Tx } from '../client';
import { judgeAssignments, judgingRounds, rubricCriteria, scores, scoreSheets } from '../schema';
import { createRandom, daysFrom } from './random';
import type { SeededTeam } from './teams';

/**
 * The spring event's (closed) final: three judges scored every project on two criteria, so the public
 * transparency page has real distributions to show. Scores follow the published order (SPRING_TEAMS is in
 * ranking order) with a little per-judge noise. Written while the round is open, as the triggers require,
 * then the sheets are submitted and the round closed. Its own random stream, so nothing else shifts.
 */
export async function seedSpringJudging(tx: Tx, input: { eventId: string; now: Date; judgeIds: string[]; teams: SeededTeam[] }): Promise<void> {
  const { eventId, now, judgeIds, teams } = input;
  const random = createRandom(20260601);
  const [round] = await tx
    .insert(judgingRounds)
    .values({ eventId, kind: 'final', nameZh: '決賽', nameEn: 'Final', position: 1, status: 'open', rankingMethod: 'z_score' })
    .returning({ id: judgingRounds.id });
  const criteria = await tx
    .insert(rubricCriteria)
    .values([
      { roundId: round!.id, nameZh: '解決問題的程度', nameEn: 'Impact on the challenge', weight: 60, scaleMax: 10, position: 1 },
      { roundId: round!.id, nameZh: '技術完成度', nameEn: 'Technical completeness', weight: 40, scaleMax: 10, position: 2 },
    ])
    .returning({ id: rubricCriteria.id });
  const projects = teams.flatMap((t, rank) => (t.submission?.status === 'submitted' ? [{ id: t.submission.id, rank }] : []));
  await tx.insert(judgeAssignments).values(judgeIds.flatMap((judgeId) => projects.map((p) => ({ roundId: round!.id, judgeId, submissionId: p.id }))));
  for (const judgeId of judgeIds) {
    for (const project of projects) {
      const [sheet] = await tx.insert(scoreSheets).values({ roundId: round!.id, judgeId, submissionId: project.id }).returning({ id: scoreSheets.id });
      await tx.insert(scores).values(
        criteria.map((c) => ({
          sheetId: sheet!.id,
          criterionId: c.id,
          value: Math.max(0, Math.min(10, Math.round(9.5 - project.rank * 0.7 + (random.next() - 0.5) * 2))),
        })),
      );
      await tx.update(scoreSheets).set({ status: 'submitted', submittedAt: daysFrom(now, -151) }).where(eq(scoreSheets.id, sheet!.id));
    }
  }
  await tx.update(judgingRounds).set({ status: 'closed' }).where(eq(judgingRounds.id, round!.id));
}
