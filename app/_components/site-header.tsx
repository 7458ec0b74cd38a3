import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { getActor } from '@/lib/auth/session';
import { hasAnyRole } from '@/lib/auth/guards';
import { Link } from '@/lib/i18n/navigation';
import { LanguageSwitcher } from './language-switcher';
import { ShowcaseNavLinks } from './showcase-nav-links';
import { SignOutButton } from './sign-out-button';

export async function SiteHeader() {
  const t = await getTranslations('common');
  const actor = await getActor();
  const [isJudge, isOrganizer] = actor
    ? await Promise.all([hasAnyRole(actor, 'judge'), hasAnyRole(actor, 'organizer')])
    : [false, false];
  return (
    <header className="site-header">
      <div className="container">
        <Link href="/" className="brand">
          {t('siteName')}
        </Link>
        <nav aria-label={t('nav.label')}>
          <ul className="nav-list">
            <li>
              <Link href="/">{t('nav.home')}</Link>
            </li>
            <ShowcaseNavLinks />
            {actor ? (
              <>
                <li>
                  <Link href="/dashboard">{t('nav.dashboard')}</Link>
                </li>
                {isJudge && (
                  <li>
                    <Link href="/judge">{t('nav.judge')}</Link>
                  </li>
                )}
                {isOrganizer && (
                  <li>
                    <Link href="/admin">{t('nav.admin')}</Link>
                  </li>
                )}
                <li>
                  <Link href="/account">{t('nav.account')}</Link>
                </li>
                <li>
                  <SignOutButton />
                </li>
              </>
            ) : (
              <>
                <li>
                  <Link href="/sign-in">{t('nav.signIn')}</Link>
                </li>
                <li>
                  <Link href="/sign-up">{t('nav.signUp')}</Link>
                </li>
              </>
            )}
          </ul>
        </nav>
        <Suspense>
          <LanguageSwitcher />
        </Suspense>
      </div>
    </header>
  );
}
