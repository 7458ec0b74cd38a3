import type { Tx } from '../client';
import { conflictsOfInterest, judgeAssignments, judgingRounds, rubricCriteria, scores, scoreSheets } from '../schema';
import type { SeededTeam } from './teams';
import { hoursFrom, type Random } from './random';

type Criterion = {
  key: string;
  nameZh: string;
  nameEn: string;
  guidanceZh: string;
  guidanceEn: string;
  weight: number;
  isBonus?: boolean;
  children?: Criterion[];
};

/* CodeFest Taipei's published rubrics: the preliminary splits "service application" into two halves. */
const PRELIMINARY: Criterion[] = [
  {
    key: 'application',
    nameZh: '服務應用',
    nameEn: 'Service application',
    guidanceZh: '作品是否真正解決議題所描述的市民需求。',
    guidanceEn: 'Does the project truly meet the residents’ need the challenge describes?',
    weight: 40,
    children: [
      { key: 'creativity', nameZh: '創意', nameEn: 'Creativity', guidanceZh: '想法新穎，與現有服務有所區隔。', guidanceEn: 'A fresh idea, distinct from existing services.', weight: 20 },
      { key: 'fit', nameZh: '切題', nameEn: 'Fit to the challenge', guidanceZh: '緊扣提案局處的議題與資料。', guidanceEn: "Close to the proposing department's challenge and data.", weight: 20 },
    ],
  },
  { key: 'visual', nameZh: '視覺設計', nameEn: 'Visual design', guidanceZh: '介面清楚、易用、符合無障礙。', guidanceEn: 'Clear, usable, accessible interface.', weight: 30 },
  { key: 'technical', nameZh: '技術完整度', nameEn: 'Technical completeness', guidanceZh: '功能可運作，程式碼可維護。', guidanceEn: 'Features work; the code is maintainable.', weight: 30 },
];

const FINAL: Criterion[] = [
  { key: 'application', nameZh: '服務應用', nameEn: 'Service application', guidanceZh: '對市民與市府的實際價值。', guidanceEn: 'Real value to residents and the city.', weight: 25 },
  { key: 'completeness', nameZh: '完整度', nameEn: 'Completeness', guidanceZh: '現場展示的功能是否完整。', guidanceEn: 'How complete the live demo is.', weight: 25 },
  { key: 'stability', nameZh: '穩定度', nameEn: 'Stability', guidanceZh: '現場展示是否穩定、可上線維運。', guidanceEn: 'Is it stable enough to run in production?', weight: 20 },
  { key: 'visual', nameZh: '視覺設計', nameEn: 'Visual design', guidanceZh: '介面與簡報的呈現。', guidanceEn: 'Presentation of the interface and the pitch.', weight: 20 },
  { key: 'bonus', nameZh: '加分項目', nameEn: 'Bonus', guidanceZh: '例如：已與局處驗證、開放授權完整。', guidanceEn: 'E.g. validated with the department, complete open licensing.', weight: 10, isBonus: true },
];

async function insertRubric(tx: Tx, roundId: string, criteria: Criterion[], parentId: string | null = null): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [position, c] of criteria.entries()) {
    const [row] = await tx
      .insert(rubricCriteria)
      .values({
        roundId,
        parentId,
        nameZh: c.nameZh,
        nameEn: c.nameEn,
        guidanceZh: c.guidanceZh,
        guidanceEn: c.guidanceEn,
        weight: c.weight,
        scaleMax: 10,
        isBonus: c.isBonus ?? false,
        position: position + 1,
      })
      .returning({ id: rubricCriteria.id });
    ids.set(c.key, row!.id);
    // Sub-criteria need their parent's id, so a rubric is written level by level (a handful of rows).
    if (c.children) for (const [key, id] of await insertRubric(tx, roundId, c.children, row!.id)) ids.set(key, id);
  }
  return ids;
}

/**
 * The autumn judging set-up mid-event: the preliminary round is open with three judges per project, a
 * judge has declared a conflict (and is kept off that team), judge 1 has started two score sheets, and
 * the final round is still a draft.
 */
export async function seedAutumnJudging(
  tx: Tx,
  input: { eventId: string; now: Date; judgeIds: string[]; teams: SeededTeam[]; organizerId: string; random: Random },
): Promise<void> {
  const { eventId, now, judgeIds, teams, organizerId, random } = input;
  const [preliminary, final] = await tx
    .insert(judgingRounds)
    .values([
      {
        eventId,
        kind: 'preliminary',
        nameZh: '初賽書面審查',
        nameEn: 'Preliminary review',
        position: 1,
        status: 'open',
        assignmentMode: 'k_judges',
        judgesPerProject: 3,
        assignmentSeed: 20261,
        rankingMethod: 'z_score',
        advanceCount: 3,
        opensAt: hoursFrom(now, -2),
        closesAt: hoursFrom(now, 72),
      },
      {
        eventId,
        kind: 'final',
        nameZh: '決賽現場簡報',
        nameEn: 'Final pitches',
        position: 2,
        status: 'draft',
        assignmentMode: 'all',
        rankingMethod: 'rank_sum',
        presentationSeconds: 300,
        qaSeconds: 180,
      },
    ])
    .returning({ id: judgingRounds.id });
  const criteria = await insertRubric(tx, preliminary!.id, PRELIMINARY);
  await insertRubric(tx, final!.id, FINAL);

  // 王淑芬 (judge 4) supervises a member of 銀髮守護者 at university and said so before judging began.
  const conflicted = { judgeId: judgeIds[3]!, team: teams.find((t) => t.name === '銀髮守護者')! };
  await tx.insert(conflictsOfInterest).values({
    eventId,
    judgeId: conflicted.judgeId,
    teamId: conflicted.team.id,
    reason: '指導該隊成員的大學專題 / Supervises a team member’s university capstone project',
    source: 'declared',
  });

  // Round-robin over the judges, skipping a conflicted judge, so every submitted project gets three.
  const submitted = teams.filter((t) => t.submission?.status === 'submitted');
  const assignments: { judgeId: string; submissionId: string }[] = [];
  let cursor = 0;
  for (const team of submitted) {
    const chosen: string[] = [];
    while (chosen.length < 3) {
      const judgeId = judgeIds[cursor++ % judgeIds.length]!;
      if (chosen.includes(judgeId) || (judgeId === conflicted.judgeId && team.id === conflicted.team.id)) continue;
      chosen.push(judgeId);
    }
    for (const judgeId of chosen) assignments.push({ judgeId, submissionId: team.submission!.id });
  }
  await tx.insert(judgeAssignments).values(
    assignments.map((a) => ({ roundId: preliminary!.id, ...a, assignedBy: organizerId, createdAt: hoursFrom(now, -2) })),
  );

  // Judge 1 has started on two projects: draft sheets, leaf criteria only (a parent's points are its children's).
  const started = assignments.filter((a) => a.judgeId === judgeIds[0]).slice(0, 2);
  if (started.length === 0) return;
  const sheets = await tx
    .insert(scoreSheets)
    .values(
      started.map((a, i) => ({
        roundId: preliminary!.id,
        judgeId: a.judgeId,
        submissionId: a.submissionId,
        status: 'draft' as const,
        privateNote: i === 0 ? '資料整合做得紮實，介面還可以再簡化。' : 'Promising; check the demo runs without the dev server.',
        updatedAt: hoursFrom(now, -1),
      })),
    )
    .returning({ id: scoreSheets.id });
  const leaves = ['creativity', 'fit', 'visual', 'technical'];
  await tx.insert(scores).values(
    sheets.flatMap((sheet, i) =>
      // The second sheet is half done, as a judge interrupted mid-review would leave it.
      leaves.slice(0, i === 0 ? 4 : 2).map((key) => ({ sheetId: sheet.id, criterionId: criteria.get(key)!, value: random.int(12, 19) / 2 })),
    ),
  );
}
