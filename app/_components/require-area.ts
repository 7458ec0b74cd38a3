import { getLocale } from 'next-intl/server';
import { forbidden } from 'next/navigation';
import { areaAccess, type Area } from '@/lib/auth/areas';
import type { Actor } from '@/lib/auth/actor';
import { getActor } from '@/lib/auth/session';
import { redirect } from '@/lib/i18n/navigation';

/** For a role area's page: the actor, or a redirect to sign-in (anonymous), or the 403 page (wrong role). */
export async function requireArea(area: Area): Promise<Actor> {
  const actor = await getActor();
  const access = await areaAccess(actor, area);
  const locale = await getLocale();
  if (access === 'unauthenticated' || !actor) {
    return redirect({ href: { pathname: '/sign-in', query: { callbackUrl: `/${locale}/${area}` } }, locale });
  }
  if (access === 'forbidden') forbidden();
  return actor;
}
