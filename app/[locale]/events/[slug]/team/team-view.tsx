import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { TeamEvent } from '@/lib/teams/event-context';
import type { WorkspaceTeam } from '@/lib/teams/workspace';
import { ActionButton } from './action-button';
import { memberAction, respondAction } from './actions';
import { InvitePanel } from './invite-panel';
import { MembersList } from './members-list';
import { TeamDetailsForm } from './team-details-form';
import styles from './team.module.css';

type Props = {
  page: { locale: string; slug: string; eventId: string };
  team: WorkspaceTeam;
  tracks: { id: string; name: string }[];
  actorId: string;
  event: TeamEvent;
};

/** The actor's team: size status, members, details, invite link, requests, leaving. */
export async function TeamView({ page, team, tracks, actorId, event }: Props) {
  const t = await getTranslations('teams');
  const hidden = { locale: page.locale, slug: page.slug };
  const size = team.size;
  const trackName = tracks.find((track) => track.id === team.trackId)?.name;
  const memberCount = team.members.length;

  return (
    <>
      <h2 id="team-heading">{team.name}</h2>
      {team.isFrozen && <p className="notice">{t('frozenNotice')}</p>}
      <p className={size.kind === 'below_minimum' ? 'alert' : undefined} role="status">
        {size.kind === 'below_minimum'
          ? t('size.belowMinimum', { count: size.missing, min: event.teamSizeMin })
          : size.kind === 'full'
            ? t('size.full', { max: event.teamSizeMax })
            : t('size.ok', { count: memberCount, max: event.teamSizeMax, open: size.openPlaces })}
      </p>

      <section aria-labelledby="members-heading">
        <h2 id="members-heading">{t('members.heading')}</h2>
        <MembersList team={team} actorId={actorId} hidden={hidden} />
      </section>

      <section aria-labelledby="details-heading">
        <h2 id="details-heading">{t('details.heading')}</h2>
        {team.isCaptain && !team.isFrozen ? (
          <TeamDetailsForm locale={page.locale} slug={page.slug} tracks={tracks} team={team} />
        ) : (
          <dl className="facts">
            {trackName && (
              <>
                <dt>{t('create.track')}</dt>
                <dd>{trackName}</dd>
              </>
            )}
            {team.pitch && (
              <>
                <dt>{t('create.pitch')}</dt>
                <dd>{team.pitch}</dd>
              </>
            )}
            {team.isLookingForMembers && (
              <>
                <dt>{t('details.rolesNeeded')}</dt>
                <dd>{team.rolesNeeded || '—'}</dd>
              </>
            )}
          </dl>
        )}
        {!team.isCaptain && !team.isFrozen && <p className="muted">{t('details.captainOnly')}</p>}
      </section>

      {!team.isFrozen && (
        <section aria-labelledby="invite-heading">
          <h2 id="invite-heading">{t('invite.heading')}</h2>
          <InvitePanel path={`/${page.locale}/events/${page.slug}/join/${team.inviteCode}`} code={team.inviteCode} />
          {team.isCaptain && (
            <>
              <p className="field-hint">{t('invite.regenerateHint')}</p>
              <ActionButton action={memberAction} hidden={{ ...hidden, teamId: team.id, op: 'regenerate' }} label={t('invite.regenerate')} secondary />
            </>
          )}
          <p>
            <Link href={`/events/${page.slug}/team-finder`}>{t('findTeammates')}</Link>
          </p>
        </section>
      )}

      {team.isCaptain && !team.isFrozen && (
        <section aria-labelledby="requests-heading">
          <h2 id="requests-heading">{t('requests.heading')}</h2>
          {team.requests.length === 0 ? (
            <p className="muted">{t('requests.none')}</p>
          ) : (
            <ul className={styles.list}>
              {team.requests.map((request) => (
                <li key={request.id} className="card">
                  <p>{t('requests.from', { name: request.name })}</p>
                  {request.skills.length > 0 && <p className="muted">{t('members.skills', { skills: request.skills.join(', ') })}</p>}
                  {request.message && <blockquote>{request.message}</blockquote>}
                  <div className={styles.buttons}>
                    <ActionButton action={respondAction} hidden={{ ...hidden, requestId: request.id, decision: 'accept' }} label={t('requests.accept', { name: request.name })} />
                    <ActionButton action={respondAction} hidden={{ ...hidden, requestId: request.id, decision: 'decline' }} label={t('requests.decline', { name: request.name })} secondary />
                  </div>
                </li>
              ))}
            </ul>
          )}
          {team.invitationsSent.length > 0 && <p className="muted">{t('requests.invitationsSent', { names: team.invitationsSent.map((i) => i.name).join(', ') })}</p>}
        </section>
      )}

      {!team.isFrozen && (
        <section aria-labelledby="leave-heading">
          <h2 id="leave-heading">{t('leave.heading')}</h2>
          {memberCount === 1 ? (
            <p>{t('leave.lastMemberHint')}</p>
          ) : (
            team.isCaptain && <p>{t('leave.captainHint')}</p>
          )}
          {(!team.isCaptain || memberCount === 1) && (
            <ActionButton action={memberAction} hidden={{ ...hidden, teamId: team.id, op: 'leave' }} label={t('leave.submit')} secondary />
          )}
        </section>
      )}
    </>
  );
}
