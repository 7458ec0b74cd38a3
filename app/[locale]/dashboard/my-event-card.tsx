import { getTranslations } from 'next-intl/server';
import { DateTime } from '@/app/_components/date-time';
import type { MyEvent } from '@/lib/events/my-events';
import { Link } from '@/lib/i18n/navigation';
import { localized } from '@/lib/i18n/localized';
import { CheckInPass } from './check-in-pass';

/** One registered event on "My events": status, team, project, and the next milestone. */
export async function MyEventCard({ entry, locale }: { entry: MyEvent; locale: string }) {
  const [t, tEvents] = await Promise.all([getTranslations('areas'), getTranslations('events')]);
  const { event, team } = entry;
  const base = `/events/${event.slug}`;
  const headingId = `my-event-${event.id}`;
  const isBeforeDeadline = entry.phase === 'registration' || entry.phase === 'hacking_soon' || entry.phase === 'hacking';
  return (
    <section aria-labelledby={headingId} className="card my-event">
      <h2 id={headingId}>
        <Link href={base}>{localized(locale, event.titleZh, event.titleEn)}</Link>{' '}
        <span className="badge">{tEvents(`phase.${entry.phase}`)}</span>
      </h2>
      <dl className="facts">
        <dt>{t('columns.registration')}</dt>
        <dd>
          {t(`registrationStatus.${entry.registrationStatus}`)} · <Link href={`${base}/register`}>{t('dashboard.viewRegistration')}</Link>
        </dd>
        <dt>{t('columns.team')}</dt>
        <dd>
          {team ? (
            <>
              <Link href={`${base}/team`}>{team.name}</Link> ({t(`teamRole.${team.role}`)})
              <ul aria-label={t('dashboard.membersOf', { team: team.name })}>
                {team.members.map((member) => (
                  <li key={member.userId}>
                    {member.name}
                    {member.isCaptain && ` · ${t('dashboard.captain')}`}
                    {member.isSecondContact && ` · ${t('dashboard.secondContact')}`}
                  </li>
                ))}
              </ul>
              {team.members.length < event.teamSizeMin && (
                <p className="field-hint">{t('dashboard.belowMinimum', { missing: event.teamSizeMin - team.members.length })}</p>
              )}
            </>
          ) : (
            <>
              {t('dashboard.noTeam')}
              {isBeforeDeadline && (
                <>
                  {' · '}
                  <Link href={`${base}/team`}>{t('dashboard.formOrJoin')}</Link>
                </>
              )}
            </>
          )}
        </dd>
        <dt>{t('columns.submission')}</dt>
        <dd>
          {t(`submissionStatus.${entry.submissionStatus ?? 'none'}`)}
          {team && (
            <>
              {' · '}
              <Link href={`${base}/submission`}>{t(isBeforeDeadline ? 'dashboard.editProject' : 'dashboard.viewProject')}</Link>
            </>
          )}
        </dd>
        <dt>{t('columns.deadline')}</dt>
        <dd>
          <DateTime value={entry.deadline} timeZone={event.timeZone} />
        </dd>
        {entry.nextMilestone?.at && (
          <>
            <dt>{t('dashboard.next')}</dt>
            <dd>
              {tEvents(`timeline.${entry.nextMilestone.key}`)}: <DateTime value={entry.nextMilestone.at} timeZone={event.timeZone} />
            </dd>
          </>
        )}
      </dl>
      {entry.checkIn && <CheckInPass checkIn={entry.checkIn} eventId={event.id} timeZone={event.timeZone} />}
    </section>
  );
}
