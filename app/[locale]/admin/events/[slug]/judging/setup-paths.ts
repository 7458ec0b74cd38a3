import { localeOf } from '@/lib/auth/callback-url';

/*
 * The judging set-up actions are public POST endpoints: each reads the locale and slug its form sent only
 * to build paths (revalidate, sign-in return); who may act is decided in lib/judging from the ids.
 */
export function setupPaths(formData: FormData, part: string) {
  const locale = localeOf(formData.get('locale'));
  const slug = String(formData.get('slug') ?? '').replace(/[^a-z0-9-]/g, '');
  return { locale, slug, path: `/${locale}/admin/events/${slug}/judging/${part}` };
}

/** FormData as a plain object, for the zod schemas in lib/validation (they coerce strings themselves). */
export const fieldsOf = (formData: FormData) => Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === 'string'));
