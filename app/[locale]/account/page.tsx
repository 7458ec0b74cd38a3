import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { getAccountOverview } from '@/lib/accounts/overview';
import { localeOf, signInPath } from '@/lib/auth/callback-url';
import { oidcDisplayName } from '@/lib/auth/oidc';
import { getActor } from '@/lib/auth/session';
import { ChangePasswordForm } from './change-password-form';
import { ProfileForm } from './profile-form';
import { ShowcaseChoices } from './showcase-choices';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'account' });
  return { title: t('title') };
}

export default async function AccountPage({ params }: Props) {
  const locale = localeOf((await params).locale);
  setRequestLocale(locale);
  const actor = await getActor();
  const overview = actor ? await getAccountOverview(actor) : null;
  if (!overview) redirect(signInPath(locale, `/${locale}/account`));

  const t = await getTranslations({ locale, namespace: 'account' });
  // Provider ids are technical ("oidc"); people know the service by its configured name.
  const providerName = (provider: string) => (provider === 'oidc' ? (oidcDisplayName() ?? provider) : provider);

  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('signedInAs', { email: overview.email })}</p>

      <section aria-labelledby="profile-heading">
        <h2 id="profile-heading">{t('profile.heading')}</h2>
        <ProfileForm locale={locale} name={overview.name ?? ''} preferredLocale={overview.preferredLocale} />
      </section>

      <section aria-labelledby="password-heading">
        <h2 id="password-heading">{t('password.heading')}</h2>
        {overview.hasPassword ? <ChangePasswordForm locale={locale} /> : <p>{t('password.ssoOnly')}</p>}
      </section>

      <ShowcaseChoices locale={locale} />

      <section aria-labelledby="linked-heading">
        <h2 id="linked-heading">{t('linked.heading')}</h2>
        {overview.linkedProviders.length > 0 ? (
          <ul>
            {overview.linkedProviders.map((provider) => (
              <li key={provider}>{providerName(provider)}</li>
            ))}
          </ul>
        ) : (
          <p>{t('linked.none')}</p>
        )}
      </section>
    </>
  );
}
