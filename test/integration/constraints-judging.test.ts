import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { conflictsOfInterest, rubricCriteria, scores } from '@/db/schema';
import { isCheckViolation, isUniqueViolation } from '@/lib/db-errors';
import { expectRefusal, insertSheet, insertSubmission, insertTeam, insertUser, judgingFixture } from './helpers/domain-rows';

describe('judging: the database says no', () => {
  it('keeps one submission per team', async () => {
    const { team } = await judgingFixture();
    const error = await expectRefusal(insertSubmission(team), 'submissions_one_per_team');
    expect(isUniqueViolation(error)).toBe(true);
  });

  it('keeps one score sheet per (round, judge, submission)', async () => {
    const { round, judge, submission } = await judgingFixture();
    await insertSheet(round.id, judge.id, submission.id);
    await expectRefusal(insertSheet(round.id, judge.id, submission.id), 'score_sheets_unique');
    // Another judge on the same project is fine.
    await expect(insertSheet(round.id, (await insertUser()).id, submission.id)).resolves.toBeDefined();
  });

  it('keeps one score per (sheet, criterion)', async () => {
    const { round, judge, submission, criterion } = await judgingFixture();
    const sheet = await insertSheet(round.id, judge.id, submission.id);
    await db.insert(scores).values({ sheetId: sheet.id, criterionId: criterion.id, value: 7 });
    await expectRefusal(
      db.insert(scores).values({ sheetId: sheet.id, criterionId: criterion.id, value: 8 }),
      'scores_sheet_criterion_unique',
    );
  });

  it("refuses a score above the criterion's scale, on insert and on update (trigger)", async () => {
    const { round, judge, submission, criterion } = await judgingFixture();
    const sheet = await insertSheet(round.id, judge.id, submission.id);
    const [score] = await db.insert(scores).values({ sheetId: sheet.id, criterionId: criterion.id, value: 10 }).returning();
    const error = await expectRefusal(
      db.insert(scores).values({ sheetId: (await insertSheet(round.id, (await insertUser()).id, submission.id)).id, criterionId: criterion.id, value: 10.5 }),
      'scores_value_within_scale',
    );
    expect(isCheckViolation(error)).toBe(true);
    await expectRefusal(db.update(scores).set({ value: 11 }).where(eq(scores.id, score!.id)), 'scores_value_within_scale');
  });

  it('refuses a negative score', async () => {
    const { round, judge, submission, criterion } = await judgingFixture();
    const sheet = await insertSheet(round.id, judge.id, submission.id);
    await db.insert(scores).values({ sheetId: sheet.id, criterionId: criterion.id, value: 0 });
    const other = await insertSheet(round.id, (await insertUser()).id, submission.id);
    await expectRefusal(db.insert(scores).values({ sheetId: other.id, criterionId: criterion.id, value: -0.5 }), 'scores_value_nonneg');
  });

  it('refuses a score on a criterion of another round (trigger)', async () => {
    const a = await judgingFixture();
    const b = await judgingFixture();
    const sheet = await insertSheet(a.round.id, a.judge.id, a.submission.id);
    await expectRefusal(db.insert(scores).values({ sheetId: sheet.id, criterionId: b.criterion.id, value: 5 }), 'scores_criterion_in_round');
  });

  it.each([0, -5, 100.5, 250])('refuses a criterion weight of %d (must be in (0, 100])', async (weight) => {
    const { round } = await judgingFixture();
    await db.insert(rubricCriteria).values({ roundId: round.id, nameEn: 'Whole round', weight: 100 });
    await expectRefusal(db.insert(rubricCriteria).values({ roundId: round.id, nameEn: 'Bad', weight }), 'rubric_criteria_weight_range');
  });

  it('refuses a sub-criterion nested two levels deep (trigger)', async () => {
    const { round, criterion } = await judgingFixture();
    const [child] = await db
      .insert(rubricCriteria)
      .values({ roundId: round.id, parentId: criterion.id, nameEn: 'Creativity', weight: 20 })
      .returning();
    await expectRefusal(
      db.insert(rubricCriteria).values({ roundId: round.id, parentId: child!.id, nameEn: 'Too deep', weight: 10 }),
      'rubric_criteria_parent_valid',
    );
  });

  it('refuses a conflict of interest that names neither a team nor an affiliation', async () => {
    const { event, judge, team } = await judgingFixture();
    await db.insert(conflictsOfInterest).values({ eventId: event.id, judgeId: judge.id, teamId: team.id });
    await db.insert(conflictsOfInterest).values({ eventId: event.id, judgeId: judge.id, affiliation: '國立臺灣大學' });
    await expectRefusal(
      db.insert(conflictsOfInterest).values({ eventId: event.id, judgeId: judge.id, affiliation: '   ' }),
      'conflicts_target_present',
    );
    await expectRefusal(db.insert(conflictsOfInterest).values({ eventId: event.id, judgeId: judge.id }), 'conflicts_target_present');
  });

  it('lets a team of the event own the submission only (composite foreign key)', async () => {
    const a = await judgingFixture();
    const b = await judgingFixture();
    const team = await insertTeam(a.event.id, (await insertUser()).id);
    await expectRefusal(insertSubmission({ id: team.id, eventId: b.event.id }), 'submissions_team_id_event_id_teams_id_event_id_fk');
  });
});
