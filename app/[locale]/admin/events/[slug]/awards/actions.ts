'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formStateFromResult, type FormState } from '@/app/_components/form/form-state';
import { localeOf, signInPath } from '@/lib/auth/callback-url';
import type { Actor } from '@/lib/auth/actor';
import { getActor } from '@/lib/auth/session';
import { saveAwards } from '@/lib/results/awards';
import { publishResults, unpublishResults } from '@/lib/results/publication';
import { saveResultsSettings } from '@/lib/results/settings';
import type { Result } from '@/lib/result';

/*
 * The awards page's actions. Each is a public POST endpoint: lib/results decides from the event id whether
 * the caller organizes the event; the slug only builds the paths to revalidate.
 */
async function run(formData: FormData, call: (actor: Actor | null, eventId: string, input: Record<string, string>) => Promise<Result<unknown>>, success: string): Promise<FormState> {
  const locale = localeOf(formData.get('locale'));
  const slug = String(formData.get('slug') ?? '').replace(/[^a-z0-9-]/g, '');
  const path = `/${locale}/admin/events/${slug}/awards`;
  const input: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === 'string' && !key.startsWith('$ACTION')) input[key] = value;
  const result = await call(await getActor(), String(formData.get('eventId') ?? ''), input);
  if (!result.ok && result.error.code === 'unauthenticated') redirect(signInPath(locale, path));
  if (result.ok) {
    for (const l of ['zh-TW', 'en']) {
      revalidatePath(`/${l}/admin/events/${slug}/awards`);
      revalidatePath(`/${l}/events/${slug}`, 'layout');
    }
  }
  return formStateFromResult(result, input, success);
}

export async function saveAwardsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return run(formData, (actor, eventId, input) => saveAwards(actor, eventId, input), 'results.awards.saved');
}

export async function publishNowAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return run(formData, (actor, eventId) => publishResults(actor, eventId, { mode: 'now' }), 'results.publication.published');
}

export async function scheduleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return run(formData, (actor, eventId, input) => publishResults(actor, eventId, { mode: 'schedule', at: input.at ?? '' }), 'results.publication.scheduled');
}

export async function unpublishAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return run(formData, (actor, eventId, input) => unpublishResults(actor, eventId, { reason: input.reason ?? '' }), 'results.publication.unpublished');
}

export async function saveSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return run(formData, (actor, eventId, input) => saveResultsSettings(actor, eventId, input), 'results.settings.saved');
}
