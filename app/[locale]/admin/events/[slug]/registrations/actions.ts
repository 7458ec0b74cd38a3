'use server';

import { revalidatePath } from 'next/cache';
import { forbidden, notFound, redirect } from 'next/navigation';
import { localeOf, signInPath } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';
import { reviewRegistrations, type RefusalReason } from '@/lib/people/review';

/*
 * The review form's state: besides field errors it carries the per-row outcome, because a bulk decision
 * can go through for some rows and be refused for others (each refusal is listed with its reason).
 */
export type ReviewState = {
  status: 'idle' | 'error' | 'success';
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  decided?: number;
  refused?: { id: string; name: string; reason: RefusalReason }[];
  decision?: string;
};

/** A public POST endpoint: lib/people checks, in its transaction, that the actor organizes this event. */
export async function reviewAction(_previous: ReviewState, formData: FormData): Promise<ReviewState> {
  const locale = localeOf(formData.get('locale'));
  const slug = encodeURIComponent(String(formData.get('slug') ?? ''));
  const here = `/${locale}/admin/events/${slug}/registrations`;
  const decision = String(formData.get('decision') ?? '');
  const result = await reviewRegistrations(await getActor(), String(formData.get('eventId') ?? ''), {
    rows: formData.getAll('rows').map(String),
    decision: formData.get('decision') ?? undefined,
  });
  if (!result.ok) {
    if (result.error.code === 'unauthenticated') redirect(signInPath(locale, here));
    if (result.error.code === 'forbidden' && !result.error.fieldErrors) forbidden();
    if (result.error.code === 'not_found') notFound();
    return { status: 'error', message: `errors.${result.error.code}`, fieldErrors: result.error.fieldErrors, decision };
  }
  // The table re-renders with the new statuses and versions in this same response.
  revalidatePath(`/${locale}/admin/events/${slug}/registrations`);
  return { status: 'success', decided: result.data.decided.length, refused: result.data.refused, decision };
}
