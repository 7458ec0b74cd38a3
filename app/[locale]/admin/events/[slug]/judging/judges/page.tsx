import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DateTime } from '@/app/_components/date-time';
import { localized } from '@/lib/i18n/localized';
import { loadJudgesPanel } from '@/lib/judging/judges';
import { SetupNav } from '../setup-nav';
import { setupPageContext, unwrap } from '../setup-page';
import { addConflictAction, removeConflictAction, removeRoleAction, withdrawInvitationAction } from './actions';
import { ButtonForm } from './button-form';
import { ConflictForm } from './conflict-form';
import { InviteForm } from './invite-form';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'judgingSetup' }))('judges.title') };
}

/** Organizers invite and remove judges and topic owners, and record conflicts of interest. */
export default async function JudgesPage({ params }: Props) {
  const { locale, slug, actor, eventId } = await setupPageContext(params);
  const panel = unwrap(await loadJudgesPanel(actor, eventId));
  const t = await getTranslations('judgingSetup');
  const hidden = { locale, slug, eventId };
  const judges = panel.people.filter((p) => p.role === 'judge' && !p.revokedAt);
  const nameOf = (userId: string) => panel.people.find((p) => p.userId === userId)?.name ?? userId;
  const trackName = (id: string | null) => {
    const track = panel.tracks.find((tr) => tr.id === id);
    return track ? localized(locale, track.nameZh, track.nameEn) : '';
  };

  return (
    <>
      <h1>{t('judges.title')}</h1>
      <p>{localized(locale, panel.event.titleZh, panel.event.titleEn)}</p>
      <SetupNav slug={slug} current="judges" />
      <p>{t('judges.intro')}</p>

      <h2>{t('judges.inviteHeading')}</h2>
      <InviteForm locale={locale} slug={slug} eventId={eventId} tracks={panel.tracks.map((tr) => ({ value: tr.id, label: localized(locale, tr.nameZh, tr.nameEn) }))} />

      {panel.people.length === 0 ? (
        <p>{t('judges.none')}</p>
      ) : (
        <table>
          <caption>{t('judges.peopleCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('judges.name')}</th>
              <th scope="col">{t('judges.role')}</th>
              <th scope="col">{t('judges.status')}</th>
              <th scope="col">{t('judges.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {panel.people.map((person) => (
              <tr key={`${person.userId}-${person.role}`}>
                <th scope="row">
                  {person.name ?? person.email}
                  <br />
                  <span className="muted">{person.email}</span>
                </th>
                <td>
                  {t(`roles.${person.role as 'judge' | 'topic_owner'}`)}
                  {person.trackId && ` · ${trackName(person.trackId)}`}
                </td>
                <td>{person.revokedAt ? t('judges.removed') : t('judges.active')}</td>
                <td>
                  {!person.revokedAt && (
                    <ButtonForm action={removeRoleAction} fields={{ ...hidden, userId: person.userId, role: person.role }} label={t('judges.remove', { name: person.name ?? person.email })} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {panel.invitations.length > 0 && (
        <table>
          <caption>{t('judges.invitationsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('judges.email')}</th>
              <th scope="col">{t('judges.role')}</th>
              <th scope="col">{t('judges.status')}</th>
              <th scope="col">{t('judges.expires')}</th>
              <th scope="col">{t('judges.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {panel.invitations.map((inv) => (
              <tr key={inv.id}>
                <th scope="row">{inv.email}</th>
                <td>{t(`roles.${inv.role as 'judge' | 'topic_owner'}`)}</td>
                <td>{inv.revokedAt ? t('judges.withdrawnStatus') : inv.acceptedAt ? t('judges.accepted') : t('judges.pending')}</td>
                <td>
                  <DateTime value={inv.expiresAt} timeZone={panel.event.timeZone} />
                </td>
                <td>{!inv.acceptedAt && !inv.revokedAt && <ButtonForm action={withdrawInvitationAction} fields={{ ...hidden, invitationId: inv.id }} label={t('judges.withdraw', { email: inv.email })} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{t('judges.conflictsHeading')}</h2>
      {panel.conflicts.length === 0 ? (
        <p>{t('judges.noConflicts')}</p>
      ) : (
        <table>
          <caption>{t('judges.conflictsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('judges.judge')}</th>
              <th scope="col">{t('judges.target')}</th>
              <th scope="col">{t('judges.source')}</th>
              <th scope="col">{t('judges.reason')}</th>
              <th scope="col">{t('judges.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {panel.conflicts.map((c) => (
              <tr key={c.id}>
                <th scope="row">{nameOf(c.judgeId)}</th>
                <td>{c.teamName ?? c.affiliation}</td>
                <td>{t(`sources.${c.source}`)}</td>
                <td>{c.reason}</td>
                <td>{c.source !== 'automatic' && <ButtonForm action={removeConflictAction} fields={{ ...hidden, conflictId: c.id }} label={t('judges.removeConflict')} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {judges.length > 0 && (
        <>
          <h3>{t('judges.addConflictHeading')}</h3>
          <ConflictForm
            action={addConflictAction}
            hidden={hidden}
            judges={judges.map((j) => ({ value: j.userId, label: j.name ?? j.email }))}
            teams={panel.teams.map((team) => ({ value: team.id, label: team.name }))}
            submitLabel={t('judges.addConflict')}
          />
        </>
      )}
    </>
  );
}
