import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { forbidden, notFound } from 'next/navigation';
import { DateTime } from '@/app/_components/date-time';
import { requireArea } from '@/app/_components/require-area';
import { BOARD_LISTS, getAdmissionBoard, type BoardList, type BoardTeam } from '@/lib/admission/queries';
import { instantToZonedWallTime } from '@/lib/admission/wall-time';
import { localeOf } from '@/lib/auth/callback-url';
import { localized, pick } from '@/lib/i18n/localized';
import { DecisionForm } from './decision-form';
import { InterviewForm, NoShowForm, NoteForm } from './team-forms';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'admission' }))('title') };
}

/** Which decision each list offers for its ticked teams. */
const DECISIONS: Partial<Record<BoardList, { stage: 'document' | 'final'; decisions: string[] }>> = {
  applied: { stage: 'document', decisions: ['document_passed', 'reserve', 'rejected'] },
  document_passed: { stage: 'final', decisions: ['admitted', 'reserve', 'rejected'] },
  reserve: { stage: 'final', decisions: ['admitted', 'rejected'] },
};
const DONE: Record<string, string> = { decision: 'decision.done', interview: 'interview.done', noShow: 'noShow.done', note: 'note.done' };

/** Organizers of this event (and site admins) run the reviewed admission here; lib/admission decides who may. */
export default async function AdmissionPage({ params, searchParams }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = localeOf(rawLocale);
  setRequestLocale(locale);
  const actor = await requireArea('admin');
  const result = await getAdmissionBoard(actor, slug);
  if (!result.ok) {
    if (result.error.code === 'forbidden') forbidden();
    notFound();
  }
  const { event, lists, formingCount } = result.data;
  const t = await getTranslations('admission');
  const done = DONE[(await searchParams).done ?? ''];

  return (
    <>
      <h1>{t('heading', { event: pick(event, 'title', locale) })}</h1>
      {done && (
        <p role="status" className="notice">
          {t(done)}
        </p>
      )}
      {event.admissionMode !== 'reviewed' ? (
        <p>{t('notReviewed')}</p>
      ) : (
        <>
          <p>{t('intro')}</p>
          <p>{t('formingCount', { count: formingCount })}</p>
          {BOARD_LISTS.map((list) => (
            <section key={list} aria-labelledby={`list-${list}`}>
              <h2 id={`list-${list}`}>
                {t(`lists.${list}`)} ({lists[list].length})
              </h2>
              {lists[list].length === 0 ? (
                <p>{t('empty')}</p>
              ) : (
                <>
                  <TeamTable list={list} teams={lists[list]} locale={locale} slug={event.slug} timeZone={event.timeZone} selectable={Boolean(DECISIONS[list])} />
                  {DECISIONS[list] && (
                    <DecisionForm formId={`decide-${list}`} locale={locale} slug={event.slug} eventId={event.id} stage={DECISIONS[list].stage} decisions={DECISIONS[list].decisions} />
                  )}
                </>
              )}
            </section>
          ))}
        </>
      )}
    </>
  );
}

async function TeamTable({ list, teams, locale, slug, timeZone, selectable }: { list: BoardList; teams: BoardTeam[]; locale: string; slug: string; timeZone: string; selectable: boolean }) {
  const t = await getTranslations('admission');
  const showInterview = list === 'document_passed' || list === 'admitted';
  return (
    <table>
      <caption className="visually-hidden">{t(`lists.${list}`)}</caption>
      <thead>
        <tr>
          {selectable && <th scope="col">{t('table.select')}</th>}
          <th scope="col">{t('table.team')}</th>
          <th scope="col">{t('table.track')}</th>
          <th scope="col">{t('table.members')}</th>
          {list === 'reserve' && <th scope="col">{t('table.position')}</th>}
          {showInterview && <th scope="col">{t('table.interview')}</th>}
          {list === 'admitted' && <th scope="col">{t('table.noShow')}</th>}
        </tr>
      </thead>
      <tbody>
        {teams.map((team) => {
          const common = { locale, slug, teamId: team.id, teamName: team.name };
          return (
            <tr key={team.id}>
              {selectable && (
                <td>
                  {/* The box belongs to the list's decision form below the table (form attribute), not to a nested form. */}
                  <label>
                    <input type="checkbox" name="teamIds" value={team.id} form={`decide-${list}`} />
                    <span className="visually-hidden">{t('table.selectTeam', { team: team.name })}</span>
                  </label>
                </td>
              )}
              <th scope="row">
                {team.name}
                <NoteForm {...common} note={team.reviewNote} />
              </th>
              <td>{localized(locale, team.trackZh, team.trackEn)}</td>
              <td>
                <ul>
                  {team.members.map((m) => (
                    <li key={m.userId}>
                      {m.displayName}
                      {m.affiliation && <span className="muted"> · {m.affiliation}</span>}
                      {m.isCaptain && <span className="muted"> ({t('table.captain')})</span>}
                    </li>
                  ))}
                </ul>
              </td>
              {list === 'reserve' && <td>{team.reservePosition}</td>}
              {showInterview && (
                <td>
                  {team.interviewAt ? (
                    <>
                      <DateTime value={team.interviewAt} timeZone={timeZone} /> {team.interviewLocation}
                    </>
                  ) : (
                    t('table.noInterview')
                  )}
                  {list === 'document_passed' && (
                    <InterviewForm {...common} timeZone={timeZone} at={team.interviewAt ? instantToZonedWallTime(team.interviewAt, timeZone) : ''} location={team.interviewLocation} />
                  )}
                </td>
              )}
              {list === 'admitted' && (
                <td>
                  {team.isNoShow && <p>{t('table.noShow')}</p>}
                  <NoShowForm {...common} isNoShow={team.isNoShow} />
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
