import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound, redirect } from 'next/navigation';
import { localeOf, signInPath } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';
import { localized } from '@/lib/i18n/localized';
import { getJoinPreview } from '@/lib/teams/join-preview';
import { JoinForm } from './join-form';

type Props = { params: Promise<{ locale: string; slug: string; code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'teams.join' });
  return { title: t('heading') };
}

/**
 * Where an invite link leads. Signing in comes first (and returns here); the page then shows the team and
 * either the join button or why joining is not possible. An unknown code is "not found".
 */
export default async function JoinPage({ params }: Props) {
  const { slug, code, locale: rawLocale } = await params;
  const locale = localeOf(rawLocale);
  setRequestLocale(locale);
  const actor = await getActor();
  if (!actor) redirect(signInPath(locale, `/${locale}/events/${slug}/join/${encodeURIComponent(code)}`));
  const preview = await getJoinPreview(actor, slug, decodeURIComponent(code));
  if (!preview) notFound();
  const t = await getTranslations('teams');
  const { event, team, blocker } = preview;
  const track = team.trackZh || team.trackEn ? localized(locale, team.trackZh, team.trackEn) : null;

  return (
    <>
      <p>
        <Link href={`/events/${event.slug}`}>{t('backToEvent', { event: localized(locale, event.titleZh, event.titleEn) })}</Link>
      </p>
      <h1>{t('joinPage.title', { team: team.name })}</h1>
      <p>{t('joinPage.members', { count: team.memberCount, max: event.teamSizeMax })}</p>
      {track && <p>{t('joinPage.track', { track })}</p>}
      {team.pitch && <p>{team.pitch}</p>}
      {blocker ? (
        <>
          <p className="notice">{t(`joinPage.blocker.${blocker}`)}</p>
          {(blocker === 'alreadyInThisTeam' || blocker === 'alreadyInTeam') && (
            <p>
              <Link href={`/events/${event.slug}/team`}>{t('joinPage.goToTeam')}</Link>
            </p>
          )}
          {blocker === 'notRegistered' && (
            <p>
              <Link href={`/events/${event.slug}`}>{t('registerLink')}</Link>
            </p>
          )}
        </>
      ) : (
        <JoinForm locale={locale} slug={event.slug} eventId={event.id} code={preview.code} label={t('joinPage.submit', { team: team.name })} />
      )}
    </>
  );
}
