'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { FormState } from '@/app/_components/form/form-state';
import { applyForAdmission, withdrawTeam } from '@/lib/admission/team-actions';
import { localeOf, signInPath } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';
import type { Result } from '@/lib/result';

/*
 * The admission panel's buttons. Public POST endpoints like every server action: the actor is read here
 * and lib/admission checks in its transaction that they captain this team. The specific reason for a
 * refusal (team too small, deadline passed) is the message shown beside the button.
 */
function settle(result: Result<unknown>, formData: FormData, success: string): FormState {
  const locale = localeOf(formData.get('locale'));
  const slug = String(formData.get('slug') ?? '').replace(/[^a-z0-9-]/g, '');
  const teamPage = `/${locale}/events/${slug}/team`;
  if (!result.ok && result.error.code === 'unauthenticated') redirect(signInPath(locale, teamPage));
  revalidatePath(teamPage);
  if (result.ok) return { status: 'success', message: success };
  return { status: 'error', message: result.error.fieldErrors?.form?.[0] ?? `errors.${result.error.code}` };
}

export async function applyAdmissionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return settle(await applyForAdmission(await getActor(), formData.get('teamId')), formData, 'admission.panel.applied');
}

export async function withdrawTeamAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return settle(await withdrawTeam(await getActor(), formData.get('teamId')), formData, 'admission.panel.withdrawn');
}
