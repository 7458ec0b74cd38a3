import { requestPasswordReset } from '@/lib/accounts/password-reset';
import { changePassword, updateProfile } from '@/lib/accounts/profile';
import { signUp } from '@/lib/accounts/sign-up';
import { applyForAdmission, withdrawTeam } from '@/lib/admission/team-actions';
import { declareSplit, linkPullRequest } from '@/lib/adoption/team';
import { getBannerForViewer } from '@/lib/events/banner';
import { getPublicEventBySlug } from '@/lib/events/queries';
import { checkHealth } from '@/lib/health';
import { eq, inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import { resultsSettings, teams, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { registerForEvent, updateRegistration } from '@/lib/registrations/register';
import { withdrawRegistration } from '@/lib/registrations/withdraw';
import { castVote } from '@/lib/results/votes';
import { openDataResponse } from '@/lib/showcase/open-data-response';
import { setNameVisibility, setProjectListed } from '@/lib/showcase/choices';
import { deleteSubmissionFile, getFileForViewer, uploadSubmissionFile } from '@/lib/submissions/files';
import { resolveConflict, saveSubmission } from '@/lib/submissions/save';
import { submitProject, unsubmitProject } from '@/lib/submissions/status';
import { setLookingForTeam } from '@/lib/teams/finder';
import { createTeam, regenerateInviteCode, updateTeam } from '@/lib/teams/manage-team';
import { joinTeamByCode, leaveTeam, removeMember, setSecondContact, transferCaptaincy } from '@/lib/teams/membership';
import { inviteToTeam, requestToJoin, respondToRequest } from '@/lib/teams/requests';
import { PNG, type ActorKind, type Fixture } from './authorization-fixture';
import type { MatrixRow, Outcome } from './authorization-table';

/* The participant's and the public side: registration, teams, submissions, votes, accounts, public routes. */
const SIGNED_IN = ['participant', 'otherTeam', 'judge', 'conflictedJudge', 'otherOrganizer', 'organizer', 'siteAdmin'] as const satisfies readonly ActorKind[];
const EVERYONE = ['anonymous', ...SIGNED_IN] as const;
/** Registered for this event: the captains of teams A and B. */
const REGISTERED = ['participant', 'otherTeam'] as const;
const E = 'app/[locale]/events/[slug]';
const T = `${E}/team/actions.ts`;

/** A viewer function answers null for "may not see it"; the matrix reads that as not_found. */
const seen = async (value: unknown): Promise<Outcome> => (value ? { ok: true } : { ok: false, error: { code: 'not_found' } });
/** A public function that takes no actor: every actor is allowed, by construction. */
const publicCall = async (run: () => Promise<unknown>): Promise<Outcome> => {
  await run();
  return { ok: true };
};

const KNOWN_PASSWORD = 'the-current-password-2026';
let hash: Promise<string> | undefined;
/** Argon2 is slow on purpose: hash the fixture users' password once per file. */
const knownHash = () => (hash ??= hashPassword(KNOWN_PASSWORD));

const project = (f: Fixture) => ({
  fields: { title: 'Bus stop finder', tagline: 'Find the bus', description: 'A map', trackId: f.trackA.id, repositoryUrl: '', demoUrl: '', videoUrl: '', slidesUrl: '', technologies: '' },
  answers: {},
  compliance: [],
  version: '1',
});
const registration = { displayName: 'New Person', affiliation: '', skills: '', dateOfBirth: '1990-05-01', guardianName: '', guardianContact: '', consentRules: 'on', consentData: 'on', guardianConsent: null, answers: {}, version: '1' };

export const PARTICIPANT_ROWS: readonly MatrixRow[] = [
  // ── registration ──
  { entry: `${E}/register/actions.ts#registerAction`, domain: 'registerForEvent', allow: SIGNED_IN, alsoAllowed: ['topicOwner'], phase: 'registration', note: 'any signed-in account; the two captains are already registered, so theirs is refused as a conflict', call: (a, f) => registerForEvent(a, f.event.id, registration) },
  { entry: `${E}/register/actions.ts#updateRegistrationAction`, domain: 'updateRegistration', allow: REGISTERED, phase: 'registration', note: 'each registered person edits only their own registration', call: (a, f) => updateRegistration(a, f.event.id, { ...registration, displayName: 'Renamed' }) },
  { entry: `${E}/register/actions.ts#withdrawAction`, domain: 'withdrawRegistration', allow: REGISTERED, alsoAllowed: ['loner'], note: 'own registration; a team member must leave the team first (a conflict)', phase: 'registration', call: (a, f) => withdrawRegistration(a, f.event.id) },
  // ── teams ──
  { entry: `${T}#createTeamAction`, domain: 'createTeam', allow: REGISTERED, alsoAllowed: ['loner'], note: 'a registered person without a team; both captains already lead one, so theirs is refused as a conflict', call: (a, f) => createTeam(a, f.event.id, { name: `New team ${f.event.slug}`, trackId: '', pitch: '' }) },
  { entry: `${T}#joinTeamAction`, domain: 'joinTeamByCode', allow: REGISTERED, alsoAllowed: ['loner'], note: 'a registered person without a team holding the code', call: (a, f) => joinTeamByCode(a, f.event.id, f.teamA.inviteCode) },
  { entry: `${E}/join/[code]/actions.ts#joinByLinkAction`, domain: 'joinTeamByCode', allow: REGISTERED, alsoAllowed: ['loner'], call: (a, f) => joinTeamByCode(a, f.event.id, f.teamB.inviteCode) },
  { entry: `${T}#updateTeamAction`, domain: 'updateTeam', allow: ['participant'], note: "team A's captain", call: (a, f) => updateTeam(a, f.teamA.id, { name: `Team A renamed ${f.event.slug}`, trackId: f.trackA.id, pitch: '', isLookingForMembers: false, rolesNeeded: '', version: String(f.teamA.version) }) },
  { entry: `${T}#memberAction`, domain: 'removeMember', allow: ['participant'], call: (a, f) => removeMember(a, f.teamA.id, f.users.teammate.id) },
  { entry: `${T}#memberAction`, domain: 'transferCaptaincy', allow: ['participant'], call: (a, f) => transferCaptaincy(a, f.teamA.id, f.users.teammate.id) },
  { entry: `${T}#memberAction`, domain: 'setSecondContact', allow: ['participant'], call: (a, f) => setSecondContact(a, f.teamA.id, f.users.teammate.id) },
  { entry: `${T}#memberAction`, domain: 'leaveTeam', allow: ['participant'], alsoAllowed: ['teammate'], note: 'a member of team A (the captain must hand over first, so theirs is refused as a conflict)', call: (a, f) => leaveTeam(a, f.teamA.id) },
  { entry: `${T}#memberAction`, domain: 'regenerateInviteCode', allow: ['participant'], call: (a, f) => regenerateInviteCode(a, f.teamA.id) },
  { entry: `${T}#respondAction`, domain: 'respondToRequest', allow: ['participant'], note: "the loner's request to join team A is answered by A's captain", call: (a, f) => respondToRequest(a, f.joinRequest.id, 'accept') },
  { entry: `${E}/team-finder/actions.ts#requestToJoinAction`, domain: 'requestToJoin', allow: REGISTERED, alsoAllowed: ['loner'], note: 'a registered person without a team; the captains are on teams, so theirs is refused as a conflict', call: (a, f) => requestToJoin(a, f.teamB.id, 'Hello') },
  { entry: `${E}/team-finder/actions.ts#inviteAction`, domain: 'inviteToTeam', allow: ['participant'], note: "team A's captain invites the loner", call: (a, f) => inviteToTeam(a, f.teamA.id, f.users.loner.id, 'Join us') },
  { entry: `${E}/team-finder/actions.ts#listingAction`, domain: 'setLookingForTeam', allow: REGISTERED, alsoAllowed: ['loner'], call: (a, f) => setLookingForTeam(a, f.event.id, { note: 'Designer', isLooking: true }) },
  { entry: `${E}/team/admission-actions.ts#applyAdmissionAction`, domain: 'applyForAdmission', allow: ['participant'], phase: 'registration', setup: (f) => db.update(teams).set({ status: 'forming' }).where(eq(teams.id, f.teamA.id)), call: (a, f) => applyForAdmission(a, f.teamA.id) },
  { entry: `${E}/team/admission-actions.ts#withdrawTeamAction`, domain: 'withdrawTeam', allow: ['participant'], phase: 'registration', call: (a, f) => withdrawTeam(a, f.teamA.id) },
  // ── submissions ──
  { entry: `${E}/submission/actions.ts#saveSubmissionAction`, domain: 'saveSubmission', allow: REGISTERED, note: "each member saves their own team's project (the event id names no team)", call: (a, f) => saveSubmission(a, f.event.id, project(f)) },
  { entry: `${E}/submission/actions.ts#changeStatusAction`, domain: 'submitProject', allow: ['participant'], call: (a, f) => submitProject(a, f.subA.id, '1') },
  { entry: `${E}/submission/actions.ts#changeStatusAction`, domain: 'unsubmitProject', allow: ['participant'], note: 'a draft, so an allowed call is refused as a conflict', call: (a, f) => unsubmitProject(a, f.subA.id, '1') },
  { entry: `${E}/submission/actions.ts#resolveConflictAction`, domain: 'resolveConflict', allow: ['participant'], call: (a, f) => resolveConflict(a, f.submissionConflict.id, 'theirs', '1') },
  { entry: `${E}/submission/actions.ts#uploadFileAction`, domain: 'uploadSubmissionFile', allow: ['participant'], call: (a, f) => uploadSubmissionFile(a, f.subA.id, { kind: 'screenshot', altText: 'Map', file: new Blob([PNG], { type: 'image/png' }) }) },
  { entry: `${E}/submission/actions.ts#deleteFileAction`, domain: 'deleteSubmissionFile', allow: ['participant'], call: (a, f) => deleteSubmissionFile(a, f.fileA.id) },
  { entry: 'app/api/files/[id]/route.ts#GET', domain: 'getFileForViewer', allow: ['participant', 'judge', 'organizer', 'siteAdmin'], note: "a draft project's image: its team, the judges assigned to it and the event's organizers (not the conflicted judge, who is not assigned to A)", call: (a, f) => getFileForViewer(a, f.fileA.id).then(seen) },
  // ── results, votes, adoption, showcase ──
  { entry: `${E}/vote/actions.ts#castVoteAction`, domain: 'castVote', allow: ['otherTeam', 'judge', 'conflictedJudge', 'otherOrganizer', 'organizer', 'siteAdmin'], phase: 'judging', note: "anyone signed in, once, for a project not their own team's (the participant's own team is A)",
    setup: (f) => db.insert(resultsSettings).values({ eventId: f.event.id, voteOpensAt: new Date(Date.now() - 3600 * 1000), voteClosesAt: new Date(Date.now() + 3600 * 1000) }),
    call: (a, f) => castVote(a, f.event.slug, { submissionId: f.subA.id }) },
  { entry: `${E}/award/actions.ts#linkPullRequestAction`, domain: 'linkPullRequest', allow: ['participant'], phase: 'results', note: "the winning team's captain", call: (a, f) => linkPullRequest(a, f.award!.id, { pullRequestUrl: 'https://github.com/city/app/pull/1', version: '1' }) },
  { entry: `${E}/award/actions.ts#declareSplitAction`, domain: 'declareSplit', allow: ['participant'], phase: 'results', call: (a, f) => declareSplit(a, f.award!.id, { [`share_${f.users.participant.id}`]: '25000', [`share_${f.users.teammate.id}`]: '25000' }) },
  { entry: 'app/[locale]/account/showcase-actions.ts#setNameVisibilityAction', domain: 'setNameVisibility', allow: SIGNED_IN, note: 'everyone chooses for their own name', call: (a) => setNameVisibility(a, { isNamePublic: 'on' }) },
  { entry: 'app/[locale]/account/showcase-actions.ts#setProjectListedAction', domain: 'setProjectListed', allow: ['participant'], phase: 'results', call: (a, f) => setProjectListed(a, { submissionId: f.subA.id, listed: 'false' }) },
  // ── accounts ──
  { entry: 'app/[locale]/account/actions.ts#updateProfileAction', domain: 'updateProfile', allow: SIGNED_IN, call: (a) => updateProfile(a, { name: 'New Name', preferredLocale: 'en' }) },
  { entry: 'app/[locale]/account/actions.ts#changePasswordAction', domain: 'changePassword', allow: SIGNED_IN, note: 'everyone changes their own password, proving the current one',
    setup: async (f) => db.update(users).set({ passwordHash: await knownHash() }).where(inArray(users.id, Object.values(f.users).map((u) => u.id))),
    call: (a) => changePassword(a, { currentPassword: KNOWN_PASSWORD, newPassword: 'a-long-new-password-2026' }) },
  { entry: 'app/[locale]/(auth)/sign-up/actions.ts#signUpAction', domain: 'signUp', allow: EVERYONE, note: 'takes no actor', call: (_a, f) => publicCall(() => signUp({ name: 'New', email: `signup-${f.event.slug}-${Math.random().toString(36).slice(2)}@authz.example`, password: 'a-long-password-2026', preferredLocale: 'en' }, { ip: '198.51.100.7' })) },
  { entry: 'app/[locale]/(auth)/forgot-password/actions.ts#requestPasswordResetAction', domain: 'requestPasswordReset', allow: EVERYONE, note: 'takes no actor', call: (_a, f) => publicCall(() => requestPasswordReset({ email: f.users.loner.email }, { ip: '198.51.100.8', origin: 'http://localhost' })) },
  { entry: 'app/[locale]/(auth)/reset-password/actions.ts#resetPasswordAction', domain: 'resetPassword', allow: EVERYONE, pending: 'takes no actor; the token is the authority (covered by accounts-password-reset.test.ts)' },
  { entry: 'app/[locale]/(auth)/sign-in/actions.ts#signInWithPassword', domain: 'signIn', allow: EVERYONE, pending: 'Auth.js signIn needs a request context; the credentials check is covered by auth-credentials.test.ts' },
  { entry: 'app/[locale]/(auth)/sign-in/actions.ts#signInWithSso', domain: 'signIn', allow: EVERYONE, pending: 'Auth.js redirect to the identity provider; no actor' },
  { entry: 'app/_components/sign-out-button.tsx#signOutAction', domain: 'signOut', allow: EVERYONE, pending: 'Auth.js signOut needs a request context; it only ends the caller\'s own session' },
  // ── public route handlers ──
  { entry: 'app/api/auth/[...nextauth]/route.ts#GET', domain: 'handlers', allow: EVERYONE, pending: 'Auth.js endpoints (session, csrf, providers): no domain actor' },
  { entry: 'app/api/auth/[...nextauth]/route.ts#POST', domain: 'handlers', allow: EVERYONE, pending: 'Auth.js endpoints (sign-in, sign-out callbacks): no domain actor' },
  { entry: 'app/api/health/route.ts#GET', domain: 'checkHealth', allow: EVERYONE, note: 'takes no actor', call: () => publicCall(() => checkHealth(db)) },
  { entry: 'app/api/open-data/[file]/route.ts#GET', domain: 'openDataResponse', allow: EVERYONE, note: 'takes no actor', call: () => publicCall(() => openDataResponse('results.json', null)) },
  { entry: 'app/api/events/[slug]/calendar.ics/route.ts#GET', domain: 'getPublicEventBySlug', allow: EVERYONE, note: 'takes no actor; a published event', call: (_a, f) => getPublicEventBySlug(f.event.slug).then(seen) },
  { entry: 'app/api/events/[slug]/banner/route.ts#GET', domain: 'getBannerForViewer', allow: EVERYONE, note: "a published event's banner is public", call: (a, f) => getBannerForViewer(a, f.event.slug).then(seen) },
];
