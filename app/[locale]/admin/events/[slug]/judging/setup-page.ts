import 'server-only';
import { setRequestLocale } from 'next-intl/server';
import { forbidden, notFound } from 'next/navigation';
import { requireArea } from '@/app/_components/require-area';
import { localeOf } from '@/lib/auth/callback-url';
import { eventIdBySlug } from '@/lib/judging/setup-context';
import type { Result } from '@/lib/result';

/** The start of every judging set-up page: locale, the admin area's guard, the event id by slug. */
export async function setupPageContext(params: Promise<{ locale: string; slug: string }>) {
  const { locale: raw, slug } = await params;
  const locale = localeOf(raw);
  setRequestLocale(locale);
  const actor = await requireArea('admin');
  const eventId = await eventIdBySlug(slug);
  if (!eventId) notFound();
  return { locale, slug, actor, eventId };
}

/** A refused load answers as lib/judging decided: 403 where the event is public, else not found. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.data;
  if (result.error.code === 'forbidden') forbidden();
  notFound();
}
