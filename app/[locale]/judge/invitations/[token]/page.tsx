import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { localeOf } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';
import { localized } from '@/lib/i18n/localized';
import { previewInvitation } from '@/lib/judging/invitations';
import { AcceptForm } from './accept-form';

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'judgingSetup' }))('accept.title') };
}

/*
 * The e-mailed link lands here. Anyone holding the link may see which event invites which address (the link
 * was sent to that address); accepting needs that account signed in. Not under requireArea('judge'): the
 * invitee is not a judge yet.
 */
export default async function AcceptInvitationPage({ params }: Props) {
  const { locale: raw, token: encoded } = await params;
  const locale = localeOf(raw);
  setRequestLocale(locale);
  const token = decodeURIComponent(encoded);
  const preview = await previewInvitation(token);
  if (!preview) notFound();
  const [t, actor] = await Promise.all([getTranslations('judgingSetup'), getActor()]);
  const here = `/${locale}/judge/invitations/${encodeURIComponent(token)}`;
  return (
    <>
      <h1>{t('accept.title')}</h1>
      <p>{t('accept.intro', { event: localized(locale, preview.event.titleZh, preview.event.titleEn), role: t(`roles.${preview.role}`) })}</p>
      <p>{t('accept.addressedTo', { email: preview.email })}</p>
      {preview.state !== 'valid' ? (
        <p className="alert" role="alert">
          {t(`accept.${preview.state}`)}
        </p>
      ) : actor ? (
        <AcceptForm locale={locale} token={token} />
      ) : (
        <>
          <p>{t('accept.signInFirst')}</p>
          <p>
            <Link className="button" href={{ pathname: '/sign-in', query: { callbackUrl: here } }}>
              {t('accept.signIn')}
            </Link>{' '}
            <Link className="button secondary" href="/sign-up">
              {t('accept.signUp')}
            </Link>
          </p>
        </>
      )}
    </>
  );
}
