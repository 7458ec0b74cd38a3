'use server';

import { echoValues, formStateFromResult, type FormState } from '@/app/_components/form/form-state';
import { getActor } from '@/lib/auth/session';
import type { Result } from '@/lib/result';
import { createTeam, regenerateInviteCode, updateTeam } from '@/lib/teams/manage-team';
import { joinTeamByCode, leaveTeam, removeMember, setSecondContact, transferCaptaincy } from '@/lib/teams/membership';
import { respondToRequest } from '@/lib/teams/requests';
import { field, settle } from './action-helpers';

/*
 * The team page's and the team finder's server actions. They are public POST endpoints: each reads the
 * actor, and lib/teams checks registration, membership, captaincy and the deadline again, in the
 * transaction. These only translate FormData and results, and refresh the pages that show teams.
 */

export async function createTeamAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = echoValues(formData, ['name', 'trackId', 'pitch']);
  const result = await createTeam(await getActor(), field(formData, 'eventId'), values);
  settle(result, formData);
  return formStateFromResult(result, values);
}

export async function joinTeamAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = echoValues(formData, ['code']);
  const result = await joinTeamByCode(await getActor(), field(formData, 'eventId'), values.code);
  settle(result, formData);
  return formStateFromResult(result, values);
}

export async function updateTeamAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = echoValues(formData, ['name', 'trackId', 'pitch', 'rolesNeeded', 'version']);
  const input = { ...values, isLookingForMembers: formData.get('isLookingForMembers') === 'on' };
  const result = await updateTeam(await getActor(), field(formData, 'teamId'), input);
  settle(result, formData);
  // After a save the form shows the new version, so a second save from the same form is not "stale".
  const echoed: Record<string, string> = { ...values, isLookingForMembers: input.isLookingForMembers ? 'on' : '' };
  if (result.ok) echoed.version = String(result.data.version);
  return formStateFromResult(result, echoed, 'teams.details.saved');
}

/** Captain's member management and leaving: one small form per button, told apart by `op`. */
export async function memberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const teamId = field(formData, 'teamId');
  const userId = field(formData, 'userId');
  const op = field(formData, 'op');
  const result: Result<unknown> =
    op === 'remove'
      ? await removeMember(actor, teamId, userId)
      : op === 'makeCaptain'
        ? await transferCaptaincy(actor, teamId, userId)
        : op === 'secondContact'
          ? await setSecondContact(actor, teamId, userId)
          : op === 'leave'
            ? await leaveTeam(actor, teamId)
            : op === 'regenerate'
              ? await regenerateInviteCode(actor, teamId)
              : { ok: false, error: { code: 'validation' } };
  settle(result, formData);
  return formStateFromResult(result, {}, op === 'regenerate' ? 'teams.invite.regenerated' : 'teams.members.done');
}

export async function respondAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await respondToRequest(await getActor(), field(formData, 'requestId'), field(formData, 'decision'));
  settle(result, formData);
  return formStateFromResult(result, {}, 'teams.members.done');
}
