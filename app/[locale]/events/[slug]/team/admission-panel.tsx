import { getTranslations } from 'next-intl/server';
import { DateTime } from '@/app/_components/date-time';
import { getAdmissionPanel } from '@/lib/admission/queries';
import { getActor } from '@/lib/auth/session';
import { ActionButton } from './action-button';
import { applyAdmissionAction, withdrawTeamAction } from './admission-actions';

type Props = { locale: string; eventId: string; teamId: string };

/**
 * The team's standing in a reviewed admission: its status, reserve number, interview slot, and the
 * captain's buttons to apply and to withdraw. Renders nothing for automatic admission or for someone
 * outside the team. The buttons are only offered when they can succeed; lib/admission checks again.
 */
export async function AdmissionPanel({ locale, eventId, teamId }: Props) {
  const panel = await getAdmissionPanel(await getActor(), teamId);
  if (!panel || panel.eventId !== eventId) return null;
  const t = await getTranslations({ locale, namespace: 'admission.panel' });
  const hidden = { locale, slug: panel.slug, teamId };
  return (
    <section aria-labelledby="admission-heading">
      <h2 id="admission-heading">{t('heading')}</h2>
      <p>
        <strong>{t('current', { status: t(`status.${panel.status}`) })}</strong>
      </p>
      {panel.status === 'reserve' && panel.reservePosition !== null && <p>{t('reservePosition', { position: panel.reservePosition })}</p>}
      {panel.interviewAt && ['document_passed', 'admitted', 'reserve'].includes(panel.status) && (
        <p>
          {t.rich('interview', {
            location: panel.interviewLocation,
            time: () => <DateTime value={panel.interviewAt!} timeZone={panel.timeZone} />,
          })}
        </p>
      )}
      {panel.isNoShow && <p>{t('noShow')}</p>}
      {panel.status === 'forming' && panel.memberCount < panel.teamSizeMin && (
        <p>{t('needMembers', { min: panel.teamSizeMin, count: panel.memberCount })}</p>
      )}
      {panel.status === 'forming' && !panel.isCaptain && <p>{t('captainApplies')}</p>}
      {panel.canApply && <ActionButton action={applyAdmissionAction} hidden={hidden} label={t('apply')} />}
      {panel.canWithdraw && (
        <>
          <p>{t.rich('withdrawExplain', { time: () => <DateTime value={panel.withdrawalDeadline} timeZone={panel.timeZone} /> })}</p>
          <ActionButton action={withdrawTeamAction} hidden={hidden} label={t('withdraw')} secondary />
        </>
      )}
    </section>
  );
}
