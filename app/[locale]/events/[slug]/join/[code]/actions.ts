'use server';

import { redirect } from 'next/navigation';
import { formStateFromResult, type FormState } from '@/app/_components/form/form-state';
import { getActor } from '@/lib/auth/session';
import { joinTeamByCode } from '@/lib/teams/membership';
import { field, pages, settle } from '../../team/action-helpers';

/** Joining from the invite link; on success the new member lands on the team page. */
export async function joinByLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await joinTeamByCode(await getActor(), field(formData, 'eventId'), field(formData, 'code'));
  settle(result, formData);
  if (result.ok) redirect(pages(formData).team);
  return formStateFromResult(result, {});
}
