'use server';

import { redirect } from 'next/navigation';
import { formStateFromResult, type FormState } from '@/app/_components/form/form-state';
import { localeOf, signInPath } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';
import { registerForEvent, updateRegistration } from '@/lib/registrations/register';
import { withdrawRegistration } from '@/lib/registrations/withdraw';
import { answersFromFormData } from '@/lib/validation/custom-answers';

/** What the form sends back on an error: the typed text, plus the ticked boxes (several per name). */
export type RegistrationFormState = FormState & { lists?: Record<string, string[]> };

const TEXT_FIELDS = ['displayName', 'affiliation', 'skills', 'dateOfBirth', 'guardianName', 'guardianContact'] as const;

function echo(formData: FormData): { values: Record<string, string>; lists: Record<string, string[]> } {
  const values: Record<string, string> = {};
  const lists: Record<string, string[]> = {};
  for (const name of new Set(formData.keys())) {
    if (name.startsWith('$') || name === 'locale' || name === 'eventId' || name === 'slug') continue;
    const all = formData.getAll(name).map(String);
    values[name] = all[0] ?? '';
    lists[name] = all;
  }
  return { values, lists };
}

function readForm(formData: FormData) {
  const text = Object.fromEntries(TEXT_FIELDS.map((name) => [name, String(formData.get(name) ?? '')]));
  return {
    ...text,
    consentRules: formData.get('consentRules'),
    consentData: formData.get('consentData'),
    guardianConsent: formData.get('guardianConsent'),
    answers: answersFromFormData(formData),
    version: formData.get('version'),
  };
}

/*
 * Server actions are public POST endpoints: each reads the actor itself and lib/registrations checks
 * everything again (window, capacity, consent) against the database. On success the page is reloaded so it
 * shows the new status from the database rather than from the form.
 */
async function submit(formData: FormData, mode: 'register' | 'update'): Promise<RegistrationFormState> {
  const locale = localeOf(formData.get('locale'));
  const slug = String(formData.get('slug') ?? '');
  const eventId = String(formData.get('eventId') ?? '');
  const here = `/${locale}/events/${encodeURIComponent(slug)}/register`;
  const input = readForm(formData);
  const result = mode === 'register' ? await registerForEvent(await getActor(), eventId, input) : await updateRegistration(await getActor(), eventId, input);
  if (!result.ok && result.error.code === 'unauthenticated') redirect(signInPath(locale, here));
  if (result.ok) redirect(`${here}?done=${mode === 'register' ? 'registered' : 'saved'}`);
  const { values, lists } = echo(formData);
  return { ...formStateFromResult(result, values), lists };
}

export async function registerAction(_previous: RegistrationFormState, formData: FormData): Promise<RegistrationFormState> {
  return submit(formData, 'register');
}

export async function updateRegistrationAction(_previous: RegistrationFormState, formData: FormData): Promise<RegistrationFormState> {
  return submit(formData, 'update');
}

export async function withdrawAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData.get('locale'));
  const slug = String(formData.get('slug') ?? '');
  const here = `/${locale}/events/${encodeURIComponent(slug)}/register`;
  const result = await withdrawRegistration(await getActor(), String(formData.get('eventId') ?? ''));
  if (!result.ok && result.error.code === 'unauthenticated') redirect(signInPath(locale, here));
  if (result.ok) redirect(`${here}?done=withdrawn`);
  return formStateFromResult(result, {});
}
