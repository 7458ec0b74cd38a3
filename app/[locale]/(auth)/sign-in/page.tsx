import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { localeOf, safeCallbackUrl } from '@/lib/auth/callback-url';
import { oidcDisplayName } from '@/lib/auth/oidc';
import { Link } from '@/lib/i18n/navigation';
import { signInWithSso } from './actions';
import { SignInForm } from './sign-in-form';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'auth' });
  return { title: t('signIn.title') };
}

/** Auth.js sends SSO failures back here with ?error=<type>. */
function ssoErrorKey(error: string | undefined): string | null {
  if (!error) return null;
  if (error === 'OAuthAccountNotLinked') return 'signIn.ssoNotLinked';
  if (error === 'CredentialsSignin') return 'signIn.failed';
  return 'signIn.ssoFailed';
}

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = localeOf((await params).locale);
  setRequestLocale(locale);
  const query = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const callbackUrl = safeCallbackUrl(first(query.callbackUrl), locale);
  const t = await getTranslations({ locale, namespace: 'auth' });
  const ssoName = oidcDisplayName();
  const errorKey = ssoErrorKey(first(query.error));

  return (
    <>
      <h1>{t('signIn.title')}</h1>
      {first(query.registered) && (
        <p className="notice" role="status">
          {t('signIn.registered')}
        </p>
      )}
      {first(query.reset) && (
        <p className="notice" role="status">
          {t('signIn.passwordWasReset')}
        </p>
      )}
      {errorKey && (
        <p className="alert" role="alert">
          {t(errorKey)}
        </p>
      )}
      <SignInForm locale={locale} callbackUrl={callbackUrl} />
      <p>
        <Link href="/forgot-password">{t('signIn.forgotPassword')}</Link>
      </p>
      {ssoName && (
        <>
          <p>{t('signIn.or')}</p>
          <form action={signInWithSso}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="callbackUrl" value={callbackUrl} />
            <button type="submit" className="button secondary">
              {t('signIn.ssoButton', { provider: ssoName })}
            </button>
          </form>
        </>
      )}
      <p>
        {t('signIn.noAccount')} <Link href="/sign-up">{t('signIn.signUpLink')}</Link>
      </p>
    </>
  );
}
