import 'server-only';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formStateFromResult, type FormState } from '@/app/_components/form/form-state';
import type { Actor } from '@/lib/auth/actor';
import { localeOf, signInPath } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';
import type { Result } from '@/lib/result';

/*
 * The server actions of the adoption, payout and award pages. They are public POST endpoints: the domain
 * function decides from the ids whether the caller may act; the slug only builds the paths to revalidate
 * and to return to. On success the page is reloaded with ?done=<what> (the row's version changed, so a
 * fresh form is the honest one); on failure the typed values come back with each field's message, and a
 * whole-form message (stale, paid before merge) replaces the generic one.
 */
export async function runAdoptionAction(
  formData: FormData,
  options: {
    path: (locale: string, slug: string) => string;
    fields: readonly string[];
    done: string;
    run: (actor: Actor | null, input: Record<string, string>, ids: { eventId: string; awardId: string }) => Promise<Result<unknown>>;
  },
): Promise<FormState> {
  const locale = localeOf(formData.get('locale'));
  const slug = String(formData.get('slug') ?? '').replace(/[^a-z0-9-]/g, '');
  const path = options.path(locale, slug);
  const input: Record<string, string> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value === 'string' && (options.fields.includes(name) || name.startsWith('share_'))) input[name] = value;
  }
  const result = await options.run(await getActor(), input, { eventId: String(formData.get('eventId') ?? ''), awardId: String(formData.get('awardId') ?? '') });
  if (!result.ok && result.error.code === 'unauthenticated') redirect(signInPath(locale, path));
  if (result.ok) {
    revalidatePath(path);
    for (const l of ['zh-TW', 'en']) revalidatePath(`/${l}/showcase`, 'layout');
    redirect(`${path}?done=${options.done}`);
  }
  const state = formStateFromResult(result, input);
  const formMessage = result.error.fieldErrors?.form?.[0];
  return formMessage ? { ...state, message: formMessage } : state;
}
