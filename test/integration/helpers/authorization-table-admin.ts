import { advanceToFinal } from '@/lib/judging/advance';
import { moveAssignment, runAssignment } from '@/lib/judging/assignments';
import { setCalibrationSample } from '@/lib/judging/calibration';
import { addConflict, declareConflict, removeConflict } from '@/lib/judging/conflicts';
import { exportRawScores } from '@/lib/judging/export';
import { acceptInvitation, inviteJudge, withdrawInvitation } from '@/lib/judging/invitations';
import { removeEventRole } from '@/lib/judging/judges';
import { initStageQueue, markAbsent, moveStageSlot, setStage } from '@/lib/judging/presentation';
import { createRound, setRoundStatus, updateRound } from '@/lib/judging/rounds';
import { saveRubric } from '@/lib/judging/rubric';
import { reopenSheet, saveSheet, submitSheet } from '@/lib/judging/sheets';
import { saveTieBreakLadder } from '@/lib/judging/tie-break-ladder';
import { recordTieDecision } from '@/lib/judging/tie-decisions';
import { saveTopicFeedback } from '@/lib/judging/topic-owner';
import { createAnnouncement, deleteAnnouncement, updateAnnouncement } from '@/lib/announcements/manage';
import { decideAdmission, markNoShow, reviewDocuments, saveReviewNote, scheduleInterview } from '@/lib/admission/review';
import { addFollowup, markPaid, updateAdoption } from '@/lib/adoption/organizer';
import { checkIn, undoCheckIn } from '@/lib/checkin/check-in';
import { checkInCounts } from '@/lib/checkin/queries';
import { removeEventBanner, setEventBanner } from '@/lib/events/banner';
import { createComplianceItem, deleteComplianceItem } from '@/lib/events/compliance';
import { createEvent, setEventPublished, updateEventSettings } from '@/lib/events/manage';
import { grantOrganizer, revokeOrganizer } from '@/lib/events/organizers';
import { createPrize, deletePrize, updatePrize } from '@/lib/events/prizes';
import { createQuestion, deleteQuestion, updateQuestion } from '@/lib/events/questions';
import { createTrack, deleteTrack, updateTrack } from '@/lib/events/tracks';
import { exportDataset } from '@/lib/exports/datasets';
import { exportPayoutsCsv, updatePayoutSettings } from '@/lib/payouts/payouts';
import { reviewRegistrations } from '@/lib/people/review';
import { reinstateTeam, removeTeam } from '@/lib/people/team-status';
import { saveAwards } from '@/lib/results/awards';
import { publishResults, unpublishResults } from '@/lib/results/publication';
import { saveResultsSettings } from '@/lib/results/settings';
import { grantExtension, revokeExtension } from '@/lib/submissions/extensions';
import { asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { conflictsOfInterest, judgingRounds, registrations, resultsSettings, teamRemovals, teams } from '@/db/schema';
import { stageSlots } from '@/db/schema/judging-stage';
import { PNG, type Fixture } from './authorization-fixture';
import type { MatrixRow, Outcome } from './authorization-table';
import type { Actor } from '@/lib/auth/actor';

/* The organizer's side: event set-up, people, judging set-up and console, results, adoption, exports. */
const ORG = ['organizer', 'siteAdmin'] as const;
const A = 'app/[locale]/admin/events/[slug]';
const J = `${A}/judging`;

/** A wall-clock "YYYY-MM-DDTHH:mm" in Asia/Taipei, `days` from now (the event forms' format). */
export function wallClock(days: number): string {
  const d = new Date(Date.now() + days * 24 * 3600 * 1000 + 8 * 3600 * 1000);
  return d.toISOString().slice(0, 16);
}

function eventForm(f: Fixture, slug = f.event.slug) {
  return {
    slug,
    titleZh: '測試活動',
    titleEn: 'Test event',
    timeZone: 'Asia/Taipei',
    registrationOpensAt: wallClock(-10),
    registrationClosesAt: wallClock(-2),
    withdrawalDeadline: '',
    hackingStartsAt: wallClock(-0.5),
    submissionDeadline: wallClock(1),
    judgingEndsAt: wallClock(7),
    teamSizeMin: '1',
    teamSizeMax: '5',
    capacity: '',
    admissionMode: 'automatic',
    version: String(f.event.version),
  };
}

const track = { nameZh: '新組', nameEn: 'New track', descriptionZh: '', descriptionEn: '', departmentZh: '', departmentEn: '', datasets: '', position: '3' };
const prize = { nameZh: '銀獎', nameEn: 'Silver', descriptionZh: '', descriptionEn: '', trackId: '', amount: '20000', count: '1', position: '2' };
const question = { scope: 'registration', kind: 'short_text', labelZh: '問題', labelEn: 'Question', options: '', isRequired: '', position: '2' };
const round = (f: Fixture) => ({ kind: 'final', nameZh: '決賽', nameEn: 'Final', trackId: '', assignmentMode: 'all', judgesPerProject: '', assignmentSeed: '1', rankingMethod: 'raw_mean', advanceCount: '', presentationSeconds: '', qaSeconds: '', version: String(f.round.version) });
const rubric = (f: Fixture) => ({
  version: String(f.round.version),
  criteria: [
    { key: f.criteria[0].id, nameEn: 'Impact', nameZh: '影響', weight: '50', scaleMax: '10' },
    { key: f.criteria[1].id, nameEn: 'Craft', nameZh: '技術', weight: '50', scaleMax: '10' },
  ],
});
/** The round's presentation queue (A then B), set up by the organizer before anyone acts. */
const stageQueue = async (f: Fixture) => {
  const result = await initStageQueue(f.actors.organizer, f.round.id);
  if (!result.ok) throw new Error(`stage queue: ${result.error.code}`);
  const [first] = await db.select({ id: stageSlots.submissionId }).from(stageSlots).where(eq(stageSlots.roundId, f.round.id)).orderBy(asc(stageSlots.position)).limit(1);
  f.prepared.firstOnStage = first!.id;
};
/** The event's results settings row (the awards' version lives there). */
const settingsRow = (f: Fixture) => db.insert(resultsSettings).values({ eventId: f.event.id }).onConflictDoNothing();

/** Team B moved to an admission stage (or removed) before anyone acts. */
const teamBAt = (status: typeof teams.$inferSelect.status) => (f: Fixture) => db.update(teams).set({ status }).where(eq(teams.id, f.teamB.id));
const sheet = (f: Fixture) => ({ version: 0, privateNote: '', feedback: 'Good', scores: { [f.criteria[0].id]: '7', [f.criteria[1].id]: '8' } });

export const ADMIN_ROWS: readonly MatrixRow[] = [
  // ── event set-up ──
  { entry: 'app/[locale]/admin/events/new/actions.ts#createEventAction', domain: 'createEvent', allow: ['siteAdmin'], note: 'only a site admin creates events', call: (a, f) => createEvent(a, eventForm(f, `authz-new-${f.event.slug}`)) },
  { entry: `${A}/settings/actions.ts#updateSettingsAction`, domain: 'updateEventSettings', allow: ORG, call: (a, f) => updateEventSettings(a, f.event.id, eventForm(f)) },
  { entry: `${A}/settings/actions.ts#setPublishedAction`, domain: 'setEventPublished', allow: ORG, call: (a, f) => setEventPublished(a, f.event.id, false) },
  { entry: `${A}/settings/banner-actions.ts#setBannerAction`, domain: 'setEventBanner', allow: ORG, call: (a, f) => setEventBanner(a, f.event.id, { altZh: '橫幅', altEn: 'Banner', decorative: undefined, file: new Blob([PNG], { type: 'image/png' }) }) },
  { entry: `${A}/settings/banner-actions.ts#removeBannerAction`, domain: 'removeEventBanner', allow: ORG, call: (a, f) => removeEventBanner(a, f.event.id) },
  { entry: `${A}/tracks/actions.ts#createTrackAction`, domain: 'createTrack', allow: ORG, call: (a, f) => createTrack(a, f.event.id, track) },
  { entry: `${A}/tracks/actions.ts#updateTrackAction`, domain: 'updateTrack', allow: ORG, call: (a, f) => updateTrack(a, f.trackB.id, { ...track, nameEn: 'Renamed' }) },
  { entry: `${A}/tracks/actions.ts#deleteTrackAction`, domain: 'deleteTrack', allow: ORG, call: (a, f) => deleteTrack(a, f.trackC.id) },
  { entry: `${A}/prizes/actions.ts#createPrizeAction`, domain: 'createPrize', allow: ORG, call: (a, f) => createPrize(a, f.event.id, prize) },
  { entry: `${A}/prizes/actions.ts#updatePrizeAction`, domain: 'updatePrize', allow: ORG, call: (a, f) => updatePrize(a, f.prize.id, prize) },
  { entry: `${A}/prizes/actions.ts#deletePrizeAction`, domain: 'deletePrize', allow: ORG, call: (a, f) => deletePrize(a, f.prize.id) },
  { entry: `${A}/questions/actions.ts#createQuestionAction`, domain: 'createQuestion', allow: ORG, call: (a, f) => createQuestion(a, f.event.id, question) },
  { entry: `${A}/questions/actions.ts#updateQuestionAction`, domain: 'updateQuestion', allow: ORG, call: (a, f) => updateQuestion(a, f.question.id, question) },
  { entry: `${A}/questions/actions.ts#deleteQuestionAction`, domain: 'deleteQuestion', allow: ORG, call: (a, f) => deleteQuestion(a, f.question.id) },
  { entry: `${A}/questions/actions.ts#createComplianceItemAction`, domain: 'createComplianceItem', allow: ORG, call: (a, f) => createComplianceItem(a, f.event.id, { labelZh: '項目', labelEn: 'Item', position: '2' }) },
  { entry: `${A}/questions/actions.ts#deleteComplianceItemAction`, domain: 'deleteComplianceItem', allow: ORG, call: (a, f) => deleteComplianceItem(a, f.complianceItem.id) },
  { entry: `${A}/announcements/actions.ts#createAnnouncementAction`, domain: 'createAnnouncement', allow: ORG, call: (a, f) => createAnnouncement(a, f.event.id, { titleZh: '公告', titleEn: 'Notice', bodyZh: '', bodyEn: '', audience: 'public' }) },
  { entry: `${A}/announcements/actions.ts#updateAnnouncementAction`, domain: 'updateAnnouncement', allow: ORG, call: (a, f) => updateAnnouncement(a, f.announcement.id, { titleZh: '公告', titleEn: 'Changed', bodyZh: '', bodyEn: '', audience: 'public', version: '1' }) },
  { entry: `${A}/announcements/actions.ts#deleteAnnouncementAction`, domain: 'deleteAnnouncement', allow: ORG, call: (a, f) => deleteAnnouncement(a, f.announcement.id) },
  { entry: `${A}/organizers/actions.ts#grantOrganizerAction`, domain: 'grantOrganizer', allow: ORG, call: (a, f) => grantOrganizer(a, f.event.id, { email: f.users.loner.email }) },
  { entry: `${A}/organizers/actions.ts#revokeOrganizerAction`, domain: 'revokeOrganizer', allow: ORG, call: (a, f) => revokeOrganizer(a, f.event.id, f.users.coOrganizer.id), note: 'revokes the co-organizer' },
  // ── people, admission, check-in ──
  { entry: `${A}/registrations/actions.ts#reviewAction`, domain: 'reviewRegistrations', allow: ORG, phase: 'registration', call: (a, f) => reviewRegistrations(a, f.event.id, { rows: [`${f.registrations.loner.id}:${f.registrations.loner.version}`], decision: 'rejected' }) },
  { entry: `${A}/teams/actions.ts#removeTeamAction`, domain: 'removeTeam', allow: ORG, call: (a, f) => removeTeam(a, { teamId: f.teamB.id, version: String(f.teamB.version), kind: 'disqualified', reason: 'Plagiarism' }) },
  { entry: `${A}/teams/actions.ts#reinstateTeamAction`, domain: 'reinstateTeam', allow: ORG, setup: async (f) => {
      await teamBAt('disqualified')(f);
      await db.insert(teamRemovals).values({ teamId: f.teamB.id, eventId: f.event.id, kind: 'disqualified', reason: 'Plagiarism', previousStatus: 'admitted', removedBy: f.users.organizer.id });
    }, call: (a, f) => reinstateTeam(a, { teamId: f.teamB.id, version: String(f.teamB.version) }) },
  { entry: `${A}/admission/actions.ts#decideAction`, domain: 'decideAdmission', allow: ORG, phase: 'registration', setup: teamBAt('applied'), call: (a, f) => decideAdmission(a, f.event.id, { teamIds: [f.teamB.id], decision: 'admitted', note: '' }) },
  { entry: `${A}/admission/actions.ts#decideAction`, domain: 'reviewDocuments', allow: ORG, phase: 'registration', setup: teamBAt('applied'), call: (a, f) => reviewDocuments(a, f.event.id, { teamIds: [f.teamB.id], decision: 'document_passed', note: '' }) },
  { entry: `${A}/admission/actions.ts#interviewAction`, domain: 'scheduleInterview', allow: ORG, phase: 'registration', setup: teamBAt('document_passed'), call: (a, f) => scheduleInterview(a, { teamId: f.teamB.id, at: wallClock(5), location: 'Room 1' }) },
  { entry: `${A}/admission/actions.ts#noShowAction`, domain: 'markNoShow', allow: ORG, phase: 'registration', call: (a, f) => markNoShow(a, { teamId: f.teamB.id, isNoShow: 'on' }) },
  { entry: `${A}/admission/actions.ts#noteAction`, domain: 'saveReviewNote', allow: ORG, phase: 'registration', call: (a, f) => saveReviewNote(a, { teamId: f.teamB.id, note: 'Promising' }) },
  { entry: `${A}/checkin/actions.ts#checkInAction`, domain: 'checkIn', allow: ORG, call: (a, f) => checkIn(a, f.event.id, { registrationId: f.registrations.participant.id, identityChecked: 'on' }) },
  { entry: `${A}/checkin/actions.ts#undoCheckInAction`, domain: 'undoCheckIn', allow: ORG, call: (a, f) => undoCheckIn(a, f.event.id, { registrationId: f.registrations.loner.id }), setup: (f) => db.update(registrations).set({ checkedInAt: new Date(), identityCheckedAt: new Date() }).where(eq(registrations.id, f.registrations.loner.id)) },
  { entry: `${A}/extensions/actions.ts#grantExtensionAction`, domain: 'grantExtension', allow: ORG, call: (a, f) => grantExtension(a, { teamId: f.teamB.id, until: wallClock(2), reason: 'Power cut' }) },
  { entry: `${A}/extensions/actions.ts#revokeExtensionAction`, domain: 'revokeExtension', allow: ORG, setup: (f) => db.update(teams).set({ deadlineExtendedUntil: new Date(f.event.submissionDeadline.getTime() + 3600 * 1000) }).where(eq(teams.id, f.teamB.id)), call: (a, f) => revokeExtension(a, f.teamB.id) },
  // ── judging set-up ──
  { entry: `${J}/judges/actions.ts#inviteJudgeAction`, domain: 'inviteJudge', allow: ORG, call: (a, f) => inviteJudge(a, f.event.id, { email: `new-judge-${f.event.slug}@authz.example`, role: 'judge', trackId: '' }, { origin: 'http://localhost' }) },
  { entry: `${J}/judges/actions.ts#removeRoleAction`, domain: 'removeEventRole', allow: ORG, call: (a, f) => removeEventRole(a, f.event.id, { userId: f.users.conflictedJudge.id, role: 'judge' }) },
  { entry: `${J}/judges/actions.ts#addConflictAction`, domain: 'addConflict', allow: ORG, call: (a, f) => addConflict(a, f.event.id, { judgeId: f.users.judge.id, teamId: f.teamB.id, affiliation: '', reason: 'Relative' }) },
  { entry: `${J}/judges/actions.ts#removeConflictAction`, domain: 'removeConflict', allow: ['conflictedJudge', ...ORG], note: 'the judge who declared the conflict may take it back', call: (a, f) => removeConflict(a, f.conflict.id) },
  { entry: `${J}/judges/actions.ts#withdrawInvitationAction`, domain: 'withdrawInvitation', allow: ORG, call: (a, f) => withdrawInvitation(a, f.event.id, f.invitation.id) },
  { entry: `${J}/rounds/actions.ts#createRoundAction`, domain: 'createRound', allow: ORG, call: (a, f) => createRound(a, f.event.id, round(f)) },
  { entry: `${J}/rounds/actions.ts#updateRoundAction`, domain: 'updateRound', allow: ORG, call: (a, f) => updateRound(a, f.round.id, { ...round(f), kind: 'preliminary' }) },
  { entry: `${J}/rounds/actions.ts#setRoundStatusAction`, domain: 'setRoundStatus', allow: ORG, call: (a, f) => setRoundStatus(a, f.round.id, { status: 'open', version: String(f.round.version) }) },
  { entry: `${J}/rounds/actions.ts#runAssignmentAction`, domain: 'runAssignment', allow: ORG, phase: 'judging', call: (a, f) => runAssignment(a, f.round.id) },
  { entry: `${J}/rounds/actions.ts#moveAssignmentAction`, domain: 'moveAssignment', allow: ORG, call: (a, f) => moveAssignment(a, { assignmentId: f.assignmentJudgeB.id, toJudgeId: f.users.spareJudge.id }) },
  { entry: `${J}/rubric/actions.ts#saveRubricAction`, domain: 'saveRubric', allow: ORG, call: (a, f) => saveRubric(a, f.round.id, rubric(f)) },
  { entry: `${J}/tie-break/actions.ts#saveTieBreakLadderAction`, domain: 'saveTieBreakLadder', allow: ORG, call: (a, f) => saveTieBreakLadder(a, f.round.id, { version: String(f.round.version), steps: ['', '', '', ''] }) },
  // ── judging: scoring and the console ──
  { entry: 'app/[locale]/judge/events/[slug]/projects/[submissionId]/actions.ts#saveSheetAction', domain: 'saveSheet', allow: ['judge'], phase: 'judging', note: 'only a judge assigned to the project; the conflicted judge has a declared conflict on team A', call: (a, f) => saveSheet(a, f.round.id, f.subA.id, sheet(f)) },
  { entry: 'app/[locale]/judge/events/[slug]/projects/[submissionId]/actions.ts#submitSheetAction', domain: 'submitSheet', allow: ['judge'], phase: 'judging', call: (a, f) => submitSheet(a, f.round.id, f.subA.id, sheet(f)) },
  { entry: `${J}/sheets/actions.ts#reopenSheetAction`, domain: 'reopenSheet', allow: ORG, phase: 'judging', call: (a, f) => reopenSheet(a, f.sheetB!.id, { reason: 'Typo in a score' }) },
  { entry: 'app/[locale]/judge/events/[slug]/conflicts/actions.ts#declareConflictAction', domain: 'declareConflict', allow: ['judge', 'conflictedJudge'], note: 'a judge of this event declares their own conflicts', call: (a, f) => declareConflict(a, f.event.id, { teamId: f.teamB.id, affiliation: '', reason: 'Mentor' }) },
  { entry: 'app/[locale]/judge/events/[slug]/conflicts/actions.ts#removeOwnConflictAction', domain: 'removeConflict', allow: ['conflictedJudge', ...ORG], call: (a, f) => removeConflict(a, f.conflict.id) },
  {
    entry: 'app/[locale]/judge/events/[slug]/conflicts/actions.ts#removeOwnConflictAction',
    domain: 'removeConflict',
    allow: ORG,
    note: 'a conflict the organizer recorded: the judge it names may not take it back',
    setup: (f) => db.update(conflictsOfInterest).set({ source: 'organizer' }).where(eq(conflictsOfInterest.id, f.conflict.id)),
    call: (a, f) => removeConflict(a, f.conflict.id),
  },
  { entry: 'app/[locale]/judge/events/[slug]/track/actions.ts#saveTopicFeedbackAction', domain: 'saveTopicFeedback', allow: [], alsoAllowed: ['topicOwner'], phase: 'judging', note: "only the topic owner of the project's track writes the department's feedback; organizers read it, they do not write in the department's name", call: (a, f) => saveTopicFeedback(a, { submissionId: f.subA.id, body: 'Useful for the department' }) },
  { entry: 'app/[locale]/judge/invitations/[token]/actions.ts#acceptInvitationAction', domain: 'acceptInvitation', allow: [], alsoAllowed: ['loner'], note: 'only the account the invitation was sent to (the loner, none of the eight)', call: (a, f) => acceptInvitation(a, f.invitationToken) },
  { entry: `${J}/stage/actions.ts#stageCommandAction`, domain: 'initStageQueue', allow: ORG, phase: 'judging', call: (a, f) => initStageQueue(a, f.round.id) },
  { entry: `${J}/stage/actions.ts#stageCommandAction`, domain: 'moveStageSlot', allow: ORG, phase: 'judging', setup: stageQueue, call: (a, f) => moveStageSlot(a, f.round.id, f.prepared.firstOnStage!, 'down') },
  { entry: `${J}/stage/actions.ts#stageCommandAction`, domain: 'markAbsent', allow: ORG, phase: 'judging', setup: stageQueue, call: (a, f) => markAbsent(a, f.round.id, f.subA.id, true) },
  { entry: `${J}/stage/actions.ts#stageCommandAction`, domain: 'setStage', allow: ORG, phase: 'judging', setup: stageQueue, call: (a, f) => setStage(a, f.round.id, { submissionId: f.subA.id, phase: 'presentation', version: '1' }) },
  { entry: `${J}/calibration/actions.ts#setCalibrationSampleAction`, domain: 'setCalibrationSample', allow: ORG, phase: 'judging', call: (a, f) => setCalibrationSample(a, { roundId: f.round.id, submissionId: f.subA.id, version: String(f.round.version) }) },
  { entry: `${J}/advance/actions.ts#advanceAction`, domain: 'advanceToFinal', allow: ORG, phase: 'judging',
    setup: async (f) => {
      const [final] = await db.insert(judgingRounds).values({ eventId: f.event.id, kind: 'final', nameEn: 'Final', nameZh: '決賽', status: 'draft', position: 2 }).returning();
      f.prepared.finalRoundId = final!.id;
    },
    call: (a, f) => advanceToFinal(a, { mode: 'pick', fromRoundId: f.round.id, toRoundId: f.prepared.finalRoundId, submissionIds: [f.subA.id] }) },
  { entry: `${J}/results/actions.ts#recordTieDecisionAction`, domain: 'recordTieDecision', allow: ORG, phase: 'judging', note: 'the two projects are not tied, so an allowed call is refused as a conflict (notTied)', call: (a, f) => recordTieDecision(a, { roundId: f.round.id, method: 'raw_mean', places: { [f.subA.id]: '1', [f.subB.id]: '2' }, note: '' }) },
  { entry: 'app/api/admin/events/[slug]/judging/scores.csv/route.ts#GET', domain: 'exportRawScores', allow: ORG, phase: 'judging', call: (a, f) => exportRawScores(a, f.event.slug, f.round.id) },
  // ── results, awards, adoption, payouts ──
  { entry: `${A}/awards/actions.ts#saveAwardsAction`, domain: 'saveAwards', allow: ORG, phase: 'judging', setup: settingsRow, call: (a, f) => saveAwards(a, f.event.id, { version: '1', [`pick:${f.prize.id}:1`]: f.subB.id }) },
  { entry: `${A}/awards/actions.ts#publishNowAction`, domain: 'publishResults', allow: ORG, phase: 'judging', call: (a, f) => publishResults(a, f.event.id, { mode: 'now' }) },
  { entry: `${A}/awards/actions.ts#scheduleAction`, domain: 'publishResults', allow: ORG, phase: 'judging', call: (a, f) => publishResults(a, f.event.id, { mode: 'schedule', at: wallClock(10) }) },
  { entry: `${A}/awards/actions.ts#unpublishAction`, domain: 'unpublishResults', allow: ORG, phase: 'results', call: (a, f) => unpublishResults(a, f.event.id, { reason: 'A score was wrong' }) },
  { entry: `${A}/awards/actions.ts#saveSettingsAction`, domain: 'saveResultsSettings', allow: ORG, phase: 'judging', call: (a, f) => saveResultsSettings(a, f.event.id, { version: '1', voteOpensAt: '', voteClosesAt: '', showScoresToTeams: 'on', peoplesChoicePrizeId: '' }) },
  { entry: `${A}/adoption/actions.ts#updateAdoptionAction`, domain: 'updateAdoption', allow: ORG, phase: 'results', call: (a, f) => updateAdoption(a, f.award!.id, { dueAt: wallClock(30), targetRepositoryUrl: 'https://github.com/city/app', pullRequestUrl: '', status: 'pending', mergedAt: '', note: '', version: '1' }) },
  { entry: `${A}/adoption/actions.ts#markPaidAction`, domain: 'markPaid', allow: ORG, phase: 'results', note: 'not merged yet, so an allowed call is refused for that reason', call: (a, f) => markPaid(a, f.award!.id, { version: '1' }) },
  { entry: `${A}/adoption/actions.ts#addFollowupAction`, domain: 'addFollowup', allow: ORG, phase: 'results', call: (a, f) => addFollowup(a, f.award!.id, { kind: 'piloted', happenedOn: new Date().toISOString().slice(0, 10), url: '', note: '' }) },
  { entry: `${A}/payouts/actions.ts#updatePayoutSettingsAction`, domain: 'updatePayoutSettings', allow: ORG, phase: 'results', call: (a, f) => updatePayoutSettings(a, f.event.id, { ratePercent: '10', threshold: '20000', version: '0' }) },
  { entry: `${A}/payouts/csv/route.ts#GET`, domain: 'exportPayoutsCsv', allow: ORG, phase: 'results', call: (a, f) => exportPayoutsCsv(a, f.event.slug) },
  { entry: 'app/api/admin/events/[slug]/exports/[dataset]/route.ts#GET', domain: 'exportDataset', allow: ORG, call: (a, f) => exportDataset(a, f.event.slug, { dataset: 'registrations', format: 'csv' }) },
  { entry: 'app/api/admin/events/[slug]/check-ins/route.ts#GET', domain: 'checkInCounts', allow: ORG, call: (a, f) => checkInCounts(a, { slug: f.event.slug }) },
];

/*
 * Mixed ids: the organizer of ANOTHER event names their own event (where they may act) and this event's
 * records. Each must be refused (any refusal: "not in this event" may well be a field error) and change
 * nothing; the matrix runs these as the otherOrganizer only.
 */
export type CrossEventRow = { entry: string; domain: string; call: (actor: Actor | null, f: Fixture) => Promise<Outcome> };
export const CROSS_EVENT_ROWS: readonly CrossEventRow[] = [
  { entry: `${J}/judges/actions.ts#addConflictAction`, domain: 'addConflict', call: (a, f) => addConflict(a, f.otherEvent.id, { judgeId: f.users.judge.id, teamId: f.teamB.id, affiliation: '', reason: 'x' }) },
  { entry: `${J}/judges/actions.ts#removeRoleAction`, domain: 'removeEventRole', call: (a, f) => removeEventRole(a, f.otherEvent.id, { userId: f.users.conflictedJudge.id, role: 'judge' }) },
  { entry: `${J}/judges/actions.ts#withdrawInvitationAction`, domain: 'withdrawInvitation', call: (a, f) => withdrawInvitation(a, f.otherEvent.id, f.invitation.id) },
  { entry: `${A}/organizers/actions.ts#revokeOrganizerAction`, domain: 'revokeOrganizer', call: (a, f) => revokeOrganizer(a, f.otherEvent.id, f.users.coOrganizer.id) },
  { entry: `${A}/checkin/actions.ts#checkInAction`, domain: 'checkIn', call: (a, f) => checkIn(a, f.otherEvent.id, { registrationId: f.registrations.participant.id, identityChecked: 'on' }) },
  { entry: `${A}/checkin/actions.ts#undoCheckInAction`, domain: 'undoCheckIn', call: (a, f) => undoCheckIn(a, f.otherEvent.id, { registrationId: f.registrations.participant.id }) },
  // A bulk review answers per row: a foreign row comes back refused (notFound), which is this call's refusal.
  {
    entry: `${A}/registrations/actions.ts#reviewAction`,
    domain: 'reviewRegistrations',
    call: async (a, f) => {
      const result = await reviewRegistrations(a, f.otherEvent.id, { rows: [`${f.registrations.loner.id}:${f.registrations.loner.version}`], decision: 'rejected' });
      return result.ok && result.data.decided.length === 0 && result.data.refused.every((r) => r.reason === 'notFound' && r.name === '') ? { ok: false, error: { code: 'not_found' } } : result;
    },
  },
  { entry: `${A}/admission/actions.ts#decideAction`, domain: 'decideAdmission', call: (a, f) => decideAdmission(a, f.otherEvent.id, { teamIds: [f.teamB.id], decision: 'admitted', note: '' }) },
  { entry: `${A}/admission/actions.ts#decideAction`, domain: 'reviewDocuments', call: (a, f) => reviewDocuments(a, f.otherEvent.id, { teamIds: [f.teamB.id], decision: 'document_passed', note: '' }) },
  { entry: `${A}/awards/actions.ts#saveAwardsAction`, domain: 'saveAwards', call: (a, f) => saveAwards(a, f.otherEvent.id, { version: '1', [`pick:${f.prize.id}:1`]: f.subB.id }) },
  { entry: `${J}/rounds/actions.ts#createRoundAction`, domain: 'createRound', call: (a, f) => createRound(a, f.otherEvent.id, { ...round(f), trackId: f.trackA.id }) },
  { entry: `${A}/prizes/actions.ts#createPrizeAction`, domain: 'createPrize', call: (a, f) => createPrize(a, f.otherEvent.id, { ...prize, trackId: f.trackA.id }) },
  { entry: `${A}/awards/actions.ts#saveSettingsAction`, domain: 'saveResultsSettings', call: (a, f) => saveResultsSettings(a, f.otherEvent.id, { version: '1', voteOpensAt: '', voteClosesAt: '', showScoresToTeams: '', peoplesChoicePrizeId: f.prize.id }) },
  { entry: `${J}/judges/actions.ts#inviteJudgeAction`, domain: 'inviteJudge', call: (a, f) => inviteJudge(a, f.otherEvent.id, { email: `x-${f.event.slug}@authz.example`, role: 'topic_owner', trackId: f.trackA.id }, { origin: 'http://localhost' }) },
];
