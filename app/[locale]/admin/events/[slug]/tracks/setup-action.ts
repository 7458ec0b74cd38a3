import 'server-only';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formStateFromResult, type FormState } from '@/app/_components/form/form-state';
import { localeOf, signInPath } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';
import type { Actor } from '@/lib/auth/actor';
import type { Result } from '@/lib/result';

/*
 * The shared shape of the event-setup list pages' actions (tracks, prizes, questions, organizers). They are
 * public POST endpoints: the domain function decides from the ids whether the caller organizes the event;
 * the slug the form sent only builds paths to revalidate.
 */
export async function runSetupAction(
  formData: FormData,
  page: string,
  run: (actor: Actor | null, input: Record<string, string>, ids: { eventId: string; id: string }) => Promise<Result<unknown>>,
  options: { fields: readonly string[]; success: string; redirectOnSuccess?: boolean },
): Promise<FormState> {
  const locale = localeOf(formData.get('locale'));
  const slug = String(formData.get('slug') ?? '').replace(/[^a-z0-9-]/g, '');
  const path = `/${locale}/admin/events/${slug}/${page}`;
  const input = Object.fromEntries(options.fields.map((name) => [name, String(formData.get(name) ?? '')]));
  // Checkboxes are absent when unticked; keep that absence rather than the string "".
  for (const name of options.fields) if (formData.get(name) === null) delete input[name];
  const result = await run(await getActor(), input, { eventId: String(formData.get('eventId') ?? ''), id: String(formData.get('id') ?? '') });
  if (!result.ok && result.error.code === 'unauthenticated') redirect(signInPath(locale, path));
  if (result.ok) {
    revalidatePath(path);
    revalidatePath(`/${locale}/admin/events/${slug}`);
    for (const l of ['zh-TW', 'en']) revalidatePath(`/${l}/events/${slug}`);
    // The row (or the edit form) the user acted from is gone: the list page says what happened.
    if (options.redirectOnSuccess) redirect(`${path}?done=${options.success.split('.').pop()}`);
  }
  return formStateFromResult(result, result.ok ? {} : input, options.success);
}
