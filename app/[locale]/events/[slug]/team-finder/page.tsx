import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound, redirect } from 'next/navigation';
import { localeOf, signInPath } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';
import { localized } from '@/lib/i18n/localized';
import { listTeamFinder } from '@/lib/teams/finder-queries';
import { ActionButton } from '../team/action-button';
import styles from '../team/team.module.css';
import { inviteAction, requestToJoinAction } from './actions';
import { ListingForm } from './listing-form';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'teams.finder' });
  return { title: t('title') };
}

/** People looking for a team and teams looking for members, for registered participants of the event. */
export default async function TeamFinderPage({ params }: Props) {
  const { slug, locale: rawLocale } = await params;
  const locale = localeOf(rawLocale);
  setRequestLocale(locale);
  const actor = await getActor();
  if (!actor) redirect(signInPath(locale, `/${locale}/events/${slug}/team-finder`));
  const finder = await listTeamFinder(actor, slug);
  if (!finder) notFound();
  const t = await getTranslations('teams');
  const { event, standing } = finder;
  const hidden = { locale, slug: event.slug, returnTo: 'finder' };
  const header = (
    <>
      <p>
        <Link href={`/events/${event.slug}`}>{t('backToEvent', { event: localized(locale, event.titleZh, event.titleEn) })}</Link>
      </p>
      <h1>{t('finder.title')}</h1>
    </>
  );
  if (!standing.isEligible) {
    return (
      <>
        {header}
        <p className="notice">
          {t('finder.notRegistered')} <Link href={`/events/${event.slug}`}>{t('registerLink')}</Link>
        </p>
      </>
    );
  }
  if (!finder.isWindowOpen) {
    return (
      <>
        {header}
        <p className="notice">{t('finder.closed')}</p>
      </>
    );
  }

  return (
    <>
      {header}
      <p>{t('finder.intro')}</p>
      <section aria-labelledby="listing-heading">
        <h2 id="listing-heading">{t('finder.listing.heading')}</h2>
        {standing.teamId ? (
          <p>
            {t('finder.listing.inTeam')} <Link href={`/events/${event.slug}/team`}>{t('finder.yourTeam')}</Link>
          </p>
        ) : (
          <ListingForm locale={locale} slug={event.slug} eventId={event.id} isLooking={standing.isLookingForTeam} note={standing.lookingForNote} />
        )}
      </section>

      {(!standing.teamId || finder.captainOfTeamId) && (
        <section aria-labelledby="people-heading">
          <h2 id="people-heading">{t('finder.people.heading')}</h2>
          {finder.people.length === 0 ? (
            <p className="muted">{t('finder.people.none')}</p>
          ) : (
            <ul className={styles.list}>
              {finder.people.map((person) => (
                <li key={person.userId} className="card">
                  <h3>{person.name}</h3>
                  {person.skills.length > 0 && <p className="muted">{t('finder.people.skills', { skills: person.skills.join(', ') })}</p>}
                  {person.note && <p>{person.note}</p>}
                  {finder.captainOfTeamId &&
                    (person.isInvited ? (
                      <p className="badge">{t('finder.people.invited')}</p>
                    ) : (
                      <ActionButton action={inviteAction} hidden={{ ...hidden, teamId: finder.captainOfTeamId, userId: person.userId }} label={t('finder.people.invite', { name: person.name })} />
                    ))}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {!standing.teamId && (
        <section aria-labelledby="teams-heading">
          <h2 id="teams-heading">{t('finder.teams.heading')}</h2>
          {finder.teams.length === 0 ? (
            <p className="muted">{t('finder.teams.none')}</p>
          ) : (
            <ul className={styles.list}>
              {finder.teams.map((team) => (
                <li key={team.id} className="card">
                  <h3>{team.name}</h3>
                  <p className="muted">{t('finder.teams.members', { count: team.memberCount, max: event.teamSizeMax })}</p>
                  {(team.trackZh || team.trackEn) && <p>{t('finder.teams.track', { track: localized(locale, team.trackZh, team.trackEn) })}</p>}
                  {team.rolesNeeded && <p>{t('finder.teams.rolesNeeded', { roles: team.rolesNeeded })}</p>}
                  {team.pitch && <p>{team.pitch}</p>}
                  {team.hasRequested ? (
                    <p className="badge">{t('finder.teams.requested')}</p>
                  ) : (
                    <ActionButton action={requestToJoinAction} hidden={{ ...hidden, teamId: team.id }} label={t('finder.teams.ask', { name: team.name })} />
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
