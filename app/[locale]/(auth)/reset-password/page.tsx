import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { localeOf } from '@/lib/auth/callback-url';
import { Link } from '@/lib/i18n/navigation';
import { ResetPasswordForm } from './reset-password-form';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'auth' });
  return { title: t('resetPassword.title') };
}

/* Whether the token is still good is decided only when it is used, in one statement; checking it here
   as well would just be a second, racy answer. */
export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const locale = localeOf((await params).locale);
  setRequestLocale(locale);
  const raw = (await searchParams).token;
  const token = (Array.isArray(raw) ? raw[0] : raw) ?? '';
  const t = await getTranslations({ locale, namespace: 'auth' });
  return (
    <>
      <h1>{t('resetPassword.title')}</h1>
      {token ? (
        <ResetPasswordForm locale={locale} token={token} />
      ) : (
        <p className="alert" role="alert">
          {t('errors.resetTokenInvalid')}
        </p>
      )}
      <p>
        <Link href="/forgot-password">{t('resetPassword.requestNew')}</Link>
      </p>
    </>
  );
}
