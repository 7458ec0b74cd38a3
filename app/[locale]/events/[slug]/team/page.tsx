import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound, redirect } from 'next/navigation';
import { localeOf, signInPath } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';
import { localized, pick } from '@/lib/i18n/localized';
import { getTeamWorkspace } from '@/lib/teams/workspace';
import { AdmissionPanel } from './admission-panel';
import { NoTeamView } from './no-team-view';
import { TeamView } from './team-view';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'teams' });
  return { title: t('title') };
}

/** The participant's team workspace: create or join a team, or manage the one they are in. */
export default async function TeamPage({ params }: Props) {
  const { slug, locale: rawLocale } = await params;
  const locale = localeOf(rawLocale);
  setRequestLocale(locale);
  const actor = await getActor();
  if (!actor) redirect(signInPath(locale, `/${locale}/events/${slug}/team`));
  const workspace = await getTeamWorkspace(actor, slug);
  if (!workspace) notFound();
  const t = await getTranslations('teams');
  const { event } = workspace;
  const tracks = workspace.tracks.map((track) => ({ id: track.id, name: pick(track, 'name', locale) }));
  const page = { locale, slug: event.slug, eventId: event.id };

  return (
    <>
      <p>
        <Link href={`/events/${event.slug}`}>{t('backToEvent', { event: localized(locale, event.titleZh, event.titleEn) })}</Link>
      </p>
      <h1>{t('title')}</h1>
      {workspace.team && <AdmissionPanel locale={locale} eventId={event.id} teamId={workspace.team.id} />}
      {!workspace.standing.isEligible ? (
        <p className="notice">
          {t('notRegistered')} <Link href={`/events/${event.slug}/register`}>{t('registerLink')}</Link>
        </p>
      ) : workspace.team ? (
        <TeamView page={page} team={workspace.team} tracks={tracks} actorId={actor.userId} event={event} />
      ) : (
        <NoTeamView page={page} workspace={workspace} tracks={tracks} />
      )}
    </>
  );
}
