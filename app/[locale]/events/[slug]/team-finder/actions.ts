'use server';

import { formStateFromResult, echoValues, type FormState } from '@/app/_components/form/form-state';
import { getActor } from '@/lib/auth/session';
import { setLookingForTeam } from '@/lib/teams/finder';
import { inviteToTeam, requestToJoin } from '@/lib/teams/requests';
import { field, settle } from '../team/action-helpers';

/*
 * The team finder's server actions: public POST endpoints like any other; lib/teams re-checks the actor's
 * registration, team and captaincy in the transaction.
 */

export async function requestToJoinAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await requestToJoin(await getActor(), field(formData, 'teamId'), field(formData, 'message'));
  settle(result, formData);
  return formStateFromResult(result, {}, 'teams.finder.teams.sent');
}

export async function inviteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await inviteToTeam(await getActor(), field(formData, 'teamId'), field(formData, 'userId'), field(formData, 'message'));
  settle(result, formData);
  return formStateFromResult(result, {}, 'teams.finder.people.sent');
}

export async function listingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = echoValues(formData, ['note']);
  const input = { note: values.note, isLooking: formData.get('isLooking') === 'on' };
  const result = await setLookingForTeam(await getActor(), field(formData, 'eventId'), input);
  settle(result, formData);
  return formStateFromResult(result, { ...values, isLooking: input.isLooking ? 'on' : '' }, 'teams.finder.listing.saved');
}
