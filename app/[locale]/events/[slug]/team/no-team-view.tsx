import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { TeamWorkspace } from '@/lib/teams/workspace';
import { ActionButton } from './action-button';
import { respondAction } from './actions';
import { CreateTeamForm } from './create-team-form';
import { JoinCodeForm } from './join-code-form';
import styles from './team.module.css';

type Props = {
  page: { locale: string; slug: string; eventId: string };
  workspace: TeamWorkspace;
  tracks: { id: string; name: string }[];
};

/** A registered participant without a team: invitations waiting for them, then create or join. */
export async function NoTeamView({ page, workspace, tracks }: Props) {
  const t = await getTranslations('teams');
  const hidden = { locale: page.locale, slug: page.slug };
  if (!workspace.isWindowOpen) {
    const beforeOpening = workspace.event.now.getTime() < workspace.event.registrationOpensAt.getTime();
    return <p className="notice">{t(beforeOpening ? 'notOpenNotice' : 'frozenNotice')}</p>;
  }
  return (
    <>
      {workspace.invitations.length > 0 && (
        <section aria-labelledby="invitations-heading">
          <h2 id="invitations-heading">{t('invitations.heading')}</h2>
          <ul className={styles.list}>
            {workspace.invitations.map((invitation) => (
              <li key={invitation.id} className="card">
                <p>{t('invitations.from', { team: invitation.teamName })}</p>
                {invitation.message && <blockquote>{invitation.message}</blockquote>}
                <div className={styles.buttons}>
                  <ActionButton action={respondAction} hidden={{ ...hidden, requestId: invitation.id, decision: 'accept' }} label={t('invitations.accept', { team: invitation.teamName })} />
                  <ActionButton action={respondAction} hidden={{ ...hidden, requestId: invitation.id, decision: 'decline' }} label={t('invitations.decline', { team: invitation.teamName })} secondary />
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      {workspace.requestsSent.length > 0 && (
        <section aria-labelledby="sent-heading">
          <h2 id="sent-heading">{t('requestsSent.heading')}</h2>
          <ul>
            {workspace.requestsSent.map((request) => (
              <li key={request.id}>{t('requestsSent.waiting', { team: request.teamName })}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="create-heading">
        <h2 id="create-heading">{t('create.heading')}</h2>
        <CreateTeamForm locale={page.locale} slug={page.slug} eventId={page.eventId} tracks={tracks} />
      </section>
      <section aria-labelledby="join-heading">
        <h2 id="join-heading">{t('join.heading')}</h2>
        <JoinCodeForm locale={page.locale} slug={page.slug} eventId={page.eventId} />
      </section>
      <p>
        <Link href={`/events/${page.slug}/team-finder`}>{t('findTeammates')}</Link>
      </p>
    </>
  );
}
