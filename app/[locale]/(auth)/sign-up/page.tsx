import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { localeOf } from '@/lib/auth/callback-url';
import { Link } from '@/lib/i18n/navigation';
import { SignUpForm } from './sign-up-form';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'auth' });
  return { title: t('signUp.title') };
}

export default async function SignUpPage({ params }: Props) {
  const locale = localeOf((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'auth' });
  return (
    <>
      <h1>{t('signUp.title')}</h1>
      <SignUpForm locale={locale} />
      <p>
        {t('signUp.haveAccount')} <Link href="/sign-in">{t('signUp.signInLink')}</Link>
      </p>
    </>
  );
}
