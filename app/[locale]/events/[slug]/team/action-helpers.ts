import 'server-only';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { localeOf, signInPath } from '@/lib/auth/callback-url';
import type { Result } from '@/lib/result';

/* Shared by the team page's and the team finder's server actions. */

export function pages(formData: FormData) {
  const locale = localeOf(formData.get('locale'));
  const slug = String(formData.get('slug') ?? '').replace(/[^a-z0-9-]/g, '');
  const eventPath = `/${locale}/events/${slug}`;
  return { locale, team: `${eventPath}/team`, finder: `${eventPath}/team-finder`, returnTo: String(formData.get('returnTo') ?? '') === 'finder' ? 'finder' : 'team' };
}

/** Signs a signed-out caller in (coming back here); refreshes both team pages after a change. */
export function settle(result: Result<unknown>, formData: FormData): void {
  const p = pages(formData);
  if (!result.ok && result.error.code === 'unauthenticated') redirect(signInPath(p.locale, p.returnTo === 'finder' ? p.finder : p.team));
  revalidatePath(p.team);
  revalidatePath(p.finder);
}

export const field = (formData: FormData, name: string) => String(formData.get(name) ?? '');
