import { getTranslations } from 'next-intl/server';
import type { WorkspaceTeam } from '@/lib/teams/workspace';
import { ActionButton } from './action-button';
import { memberAction } from './actions';
import styles from './team.module.css';

type Props = { team: WorkspaceTeam; actorId: string; hidden: Record<string, string> };

/** Members with their roles; the captain's buttons (remove, hand over, second contact) while the team can change. */
export async function MembersList({ team, actorId, hidden }: Props) {
  const t = await getTranslations('teams.members');
  const mayManage = team.isCaptain && !team.isFrozen;
  return (
    <ul className={styles.list}>
      {team.members.map((member) => {
        const base = { ...hidden, teamId: team.id, userId: member.userId };
        return (
          <li key={member.userId} className="card">
            <p>
              <strong>{member.name}</strong> {member.userId === actorId && t('you')}{' '}
              {member.isCaptain && <span className="badge">{t('captain')}</span>}{' '}
              {member.isSecondContact && <span className="badge">{t('secondContact')}</span>}
            </p>
            {member.skills.length > 0 && <p className="muted">{t('skills', { skills: member.skills.join(', ') })}</p>}
            {mayManage && member.userId !== actorId && (
              <div className={styles.buttons}>
                <ActionButton action={memberAction} hidden={{ ...base, op: 'makeCaptain' }} label={t('makeCaptain', { name: member.name })} secondary />
                {member.isSecondContact ? (
                  <ActionButton action={memberAction} hidden={{ ...base, op: 'secondContact', userId: '' }} label={t('clearSecondContact', { name: member.name })} secondary />
                ) : (
                  <ActionButton action={memberAction} hidden={{ ...base, op: 'secondContact' }} label={t('makeSecondContact', { name: member.name })} secondary />
                )}
                <ActionButton action={memberAction} hidden={{ ...base, op: 'remove' }} label={t('remove', { name: member.name })} secondary />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
