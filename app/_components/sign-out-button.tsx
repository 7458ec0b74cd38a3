import { getLocale, getTranslations } from 'next-intl/server';
import { signOut } from '@/lib/auth/config';

/*
 * A form, not a link: signing out changes state, so it must be a POST (a prefetched or crawled GET link
 * would sign people out). Works without JavaScript. A server component: place it in server-rendered UI.
 */
export async function SignOutButton() {
  const t = await getTranslations('common');
  const locale = await getLocale();
  async function signOutAction() {
    'use server';
    await signOut({ redirectTo: `/${locale}` });
  }
  return (
    <form action={signOutAction}>
      <button type="submit" className="link-button">
        {t('nav.signOut')}
      </button>
    </form>
  );
}
