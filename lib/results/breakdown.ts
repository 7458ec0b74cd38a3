import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import { awards, events, judgingRounds, rubricCriteria, scoreSheets, scores, submissions, teamMembers } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { requireActor } from '@/lib/auth/guards';
import { DomainFailure, runDomain } from '@/lib/result';
import { compileRubric, sheetTotal } from '@/lib/scoring/sheet-total';
import { settingsOf } from './access';
import { publishedResultsOf } from './visibility';

/*
 * A team's own results page, for its members only (anyone else: not found). Before publication it says
 * so and shows nothing; after, the team's awards, and, only if the organizer allowed it, the anonymised
 * breakdown per closed round: judges as A, B, C (by a per-round order that does not follow names), each
 * judge's total, the mean per criterion, and the comments judges wrote FOR THE TEAM (`feedback`). The
 * private note judges write for the organizers is never read here.
 */
export type JudgeLine = { label: string; total: number; byCriterion: Record<string, number> };
export type RoundBreakdown = {
  roundId: string;
  nameZh: string;
  nameEn: string;
  criteria: { id: string; nameZh: string; nameEn: string; maxPoints: number; mean: number }[];
  judges: JudgeLine[];
  meanTotal: number;
  comments: { label: string; text: string }[];
};

const letter = (i: number) => (i < 26 ? String.fromCharCode(65 + i) : `${String.fromCharCode(65 + Math.floor(i / 26) - 1)}${String.fromCharCode(65 + (i % 26))}`);
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

async function roundBreakdowns(submissionId: string, eventId: string): Promise<RoundBreakdown[]> {
  const rounds = await db.select().from(judgingRounds).where(and(eq(judgingRounds.eventId, eventId), eq(judgingRounds.status, 'closed'))).orderBy(asc(judgingRounds.position));
  const out: RoundBreakdown[] = [];
  for (const round of rounds) {
    const sheets = await db
      .select({ id: scoreSheets.id, judgeId: scoreSheets.judgeId, feedback: scoreSheets.feedback })
      .from(scoreSheets)
      .where(and(eq(scoreSheets.roundId, round.id), eq(scoreSheets.submissionId, submissionId), eq(scoreSheets.status, 'submitted'), eq(scoreSheets.isAbsent, false)))
      .orderBy(asc(scoreSheets.id));
    if (sheets.length === 0) continue;
    const criteria = await db.select().from(rubricCriteria).where(eq(rubricCriteria.roundId, round.id)).orderBy(asc(rubricCriteria.position));
    const compiled = compileRubric(criteria.map((c) => ({ id: c.id, parentId: c.parentId, weight: c.weight, scaleMax: c.scaleMax, isBonus: c.isBonus })));
    if (!compiled.ok) continue;
    const values = await db.select({ sheetId: scores.sheetId, criterionId: scores.criterionId, value: scores.value }).from(scores).where(inArray(scores.sheetId, sheets.map((s) => s.id)));
    const judges: JudgeLine[] = sheets.map((sheet, i) => {
      const own = Object.fromEntries(values.filter((v) => v.sheetId === sheet.id && compiled.rubric.leafIds.has(v.criterionId)).map((v) => [v.criterionId, Number(v.value)]));
      const t = sheetTotal(compiled.rubric, own);
      return { label: letter(i), total: t.total, byCriterion: t.byCriterion };
    });
    const top = criteria.filter((c) => c.parentId === null);
    out.push({
      roundId: round.id,
      nameZh: round.nameZh,
      nameEn: round.nameEn,
      criteria: top.map((c) => ({ id: c.id, nameZh: c.nameZh, nameEn: c.nameEn, maxPoints: c.weight, mean: mean(judges.map((j) => j.byCriterion[c.id] ?? 0)) })),
      judges,
      meanTotal: mean(judges.map((j) => j.total)),
      comments: sheets.map((s, i) => ({ label: letter(i), text: s.feedback.trim() })).filter((c) => c.text !== ''),
    });
  }
  return out;
}

export async function getTeamResults(actor: Actor | null, slug: string) {
  return runDomain(async () => {
    const a = requireActor(actor);
    if (!/^[a-z0-9-]{1,80}$/.test(slug)) throw new DomainFailure('not_found');
    const [event] = await db.select().from(events).where(eq(events.slug, slug)).limit(1);
    if (!event) throw new DomainFailure('not_found');
    const [membership] = await db.select({ teamId: teamMembers.teamId }).from(teamMembers).where(and(eq(teamMembers.eventId, event.id), eq(teamMembers.userId, a.userId)));
    if (!membership) throw new DomainFailure('not_found');
    const [submission] = await db.select({ id: submissions.id, title: submissions.title }).from(submissions).where(and(eq(submissions.teamId, membership.teamId), eq(submissions.status, 'submitted')));
    const published = await publishedResultsOf(event.id);
    if (!published || !submission) return { event, state: published ? ('no_project' as const) : ('not_published' as const), submission: submission ?? null, awards: [], rounds: [] };
    const won = await db.select({ titleZh: awards.titleZh, titleEn: awards.titleEn, placement: awards.placement }).from(awards).where(eq(awards.submissionId, submission.id));
    const settings = await settingsOf(db, event.id);
    if (!settings.showScoresToTeams) return { event, state: 'scores_hidden' as const, submission, awards: won, rounds: [] };
    return { event, state: 'visible' as const, submission, awards: won, rounds: await roundBreakdowns(submission.id, event.id) };
  });
}
