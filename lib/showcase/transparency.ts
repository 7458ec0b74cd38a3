import 'server-only';
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import { db, type DbOrTx } from '@/db/client';
import { judgingRounds, rubricCriteria, scores, scoreSheets } from '@/db/schema';
import { binScores, type ScoreBin } from './bins';
import { getPublicResultsEvent, type PublicEventHeader } from './winners';

/*
 * How the judging went, without saying who scored what: per round, how many judges submitted sheets, how
 * many sheets each project got (as a distribution, not per project), and per criterion how the submitted
 * scores spread. No judge or project is named next to a number, so nothing here can be traced back to a
 * person; only submitted sheets count (a draft or an absent mark is not a score).
 */
export type ScoreHistogram = { criterionId: string; nameZh: string; nameEn: string; scaleMax: number; weight: number; bins: ScoreBin[]; total: number };
export type RoundTransparency = {
  id: string;
  nameZh: string;
  nameEn: string;
  kind: 'preliminary' | 'final';
  rankingMethod: 'raw_mean' | 'z_score' | 'rank_sum';
  judgeCount: number;
  projectCount: number;
  /** sheets -> number of projects that got that many submitted sheets */
  sheetsPerProject: { sheets: number; projects: number }[];
  criteria: ScoreHistogram[];
};
export type Transparency = { event: PublicEventHeader; rounds: RoundTransparency[] };

export async function getTransparency(slug: string, executor: DbOrTx = db): Promise<Transparency | null> {
  const event = await getPublicResultsEvent(slug, executor);
  if (!event) return null;
  const rounds = await executor
    .select({ id: judgingRounds.id, nameZh: judgingRounds.nameZh, nameEn: judgingRounds.nameEn, kind: judgingRounds.kind, rankingMethod: judgingRounds.rankingMethod })
    .from(judgingRounds)
    .where(and(eq(judgingRounds.eventId, event.id), ne(judgingRounds.status, 'draft')))
    .orderBy(asc(judgingRounds.position));
  if (rounds.length === 0) return { event, rounds: [] };
  const roundIds = rounds.map((r) => r.id);
  const submitted = and(inArray(scoreSheets.roundId, roundIds), eq(scoreSheets.status, 'submitted'), eq(scoreSheets.isAbsent, false));

  const [perProject, judges, criteria, values] = await Promise.all([
    executor
      .select({ roundId: scoreSheets.roundId, sheets: sql<number>`count(*)::int` })
      .from(scoreSheets)
      .where(submitted)
      .groupBy(scoreSheets.roundId, scoreSheets.submissionId),
    executor
      .select({ roundId: scoreSheets.roundId, n: sql<number>`count(distinct ${scoreSheets.judgeId})::int` })
      .from(scoreSheets)
      .where(submitted)
      .groupBy(scoreSheets.roundId),
    executor
      .select({ id: rubricCriteria.id, roundId: rubricCriteria.roundId, nameZh: rubricCriteria.nameZh, nameEn: rubricCriteria.nameEn, scaleMax: rubricCriteria.scaleMax, weight: rubricCriteria.weight })
      .from(rubricCriteria)
      .where(inArray(rubricCriteria.roundId, roundIds))
      .orderBy(asc(rubricCriteria.position)),
    executor
      .select({ criterionId: scores.criterionId, value: scores.value, n: sql<number>`count(*)::int` })
      .from(scores)
      .innerJoin(scoreSheets, eq(scoreSheets.id, scores.sheetId))
      .where(submitted)
      .groupBy(scores.criterionId, scores.value),
  ]);

  return {
    event,
    rounds: rounds.map((round) => {
      const counts = new Map<number, number>();
      for (const p of perProject.filter((p) => p.roundId === round.id)) counts.set(p.sheets, (counts.get(p.sheets) ?? 0) + 1);
      return {
        ...round,
        judgeCount: judges.find((j) => j.roundId === round.id)?.n ?? 0,
        projectCount: [...counts.values()].reduce((a, b) => a + b, 0),
        sheetsPerProject: [...counts].map(([sheets, projects]) => ({ sheets, projects })).sort((a, b) => a.sheets - b.sheets),
        criteria: criteria
          .filter((c) => c.roundId === round.id)
          .map((c) => {
            const own = values.filter((v) => v.criterionId === c.id).map((v) => ({ value: Number(v.value), n: v.n }));
            return { criterionId: c.id, nameZh: c.nameZh, nameEn: c.nameEn, scaleMax: c.scaleMax, weight: c.weight, bins: binScores(c.scaleMax, own), total: own.reduce((a, v) => a + v.n, 0) };
          })
          .filter((c) => c.total > 0),
      };
    }),
  };
}
