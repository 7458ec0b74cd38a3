import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { localized } from '@/lib/i18n/localized';
import { loadRoundDetail } from '@/lib/judging/setup-round-detail';
import { ButtonForm } from '../../judges/button-form';
import { SetupNav } from '../../setup-nav';
import { setupPageContext, unwrap } from '../../setup-page';
import { runAssignmentAction, setRoundStatusAction, updateRoundAction } from '../actions';
import { RoundForm } from '../round-form';
import { MoveForm } from './move-form';

type Props = { params: Promise<{ locale: string; slug: string; roundId: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'judgingSetup' }))('rounds.editHeading') };
}

const text = (value: number | null) => (value === null ? '' : String(value));

/** One round: its settings, open/close, the assignment run, and every assignment with a manual move. */
export default async function RoundPage({ params, searchParams }: Props) {
  const { locale, slug, actor } = await setupPageContext(params);
  const { roundId } = await params;
  const data = unwrap(await loadRoundDetail(actor, roundId));
  const t = await getTranslations('judgingSetup');
  const { round } = data;
  const name = localized(locale, round.nameZh, round.nameEn);
  const hidden = { locale, slug, roundId: round.id };
  const status = { ...hidden, version: String(round.version) };
  const judgeOptions = data.judges.map((j) => ({ value: j.id, label: j.name ?? j.email }));

  return (
    <>
      <h1>{name}</h1>
      <SetupNav slug={slug} current="rounds" roundId={round.id} />
      {(await searchParams).saved && (
        <p role="status" className="notice">
          {t('rounds.saved')}
        </p>
      )}
      <p>
        <span className="badge">{t('rounds.status', { status: t(`rounds.statuses.${round.status}`) })}</span>{' '}
        <Link href={`/admin/events/${slug}/judging/rubric/${round.id}`}>{t('rounds.editRubric', { name })}</Link>
        {' · '}
        <Link href={`/admin/events/${slug}/judging/tie-break/${round.id}`}>{t('ladder.edit', { name })}</Link>
      </p>
      <div>
        {round.status === 'draft' && <ButtonForm action={setRoundStatusAction} fields={{ ...status, status: 'open' }} label={t('rounds.open')} secondary={false} />}
        {round.status === 'open' && <ButtonForm action={setRoundStatusAction} fields={{ ...status, status: 'closed' }} label={t('rounds.close')} />}
        {round.status === 'closed' && <ButtonForm action={setRoundStatusAction} fields={{ ...status, status: 'open' }} label={t('rounds.reopen')} />}
      </div>

      <h2>{t('assignment.title', { name })}</h2>
      <p>{t('assignment.scope', { count: data.scopeCount })}</p>
      {round.status !== 'closed' && <ButtonForm action={runAssignmentAction} fields={hidden} label={t('assignment.run')} secondary={false} />}
      {data.judges.length > 0 && (
        <table>
          <caption>{t('assignment.loads')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('assignment.judge')}</th>
              <th scope="col">{t('assignment.loads')}</th>
            </tr>
          </thead>
          <tbody>
            {data.judges.map((j) => (
              <tr key={j.id}>
                <th scope="row">{j.name ?? j.email}</th>
                <td>{j.load}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data.assignments.length === 0 ? (
        <p>{t('assignment.none')}</p>
      ) : (
        <table>
          <caption>{t('assignment.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('assignment.project')}</th>
              <th scope="col">{t('assignment.judge')}</th>
              <th scope="col">{t('assignment.move')}</th>
            </tr>
          </thead>
          <tbody>
            {data.assignments.map((a) => (
              <tr key={a.id}>
                <th scope="row">{a.title}</th>
                <td>
                  {a.judgeName}
                  {a.isManual && <span className="muted"> · {t('assignment.manual')}</span>}
                  {a.isConflicted && <strong> · {t('errors.judgeConflicted')}</strong>}
                </td>
                <td>
                  {round.status !== 'closed' && (
                    <MoveForm hidden={hidden} assignmentId={a.id} project={a.title} judge={a.judgeName ?? ''} judges={judgeOptions.filter((j) => j.value !== a.judgeId)} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{t('rounds.editHeading')}</h2>
      {round.status === 'closed' ? (
        <p>{t('errors.roundClosed')}</p>
      ) : (
        <RoundForm
          key={round.version}
          action={updateRoundAction}
          hidden={{ ...hidden, version: String(round.version) }}
          tracks={data.tracks.map((tr) => ({ value: tr.id, label: localized(locale, tr.nameZh, tr.nameEn) }))}
          initial={{
            kind: round.kind,
            nameZh: round.nameZh,
            nameEn: round.nameEn,
            trackId: round.trackId ?? '',
            assignmentMode: round.assignmentMode,
            judgesPerProject: text(round.judgesPerProject),
            assignmentSeed: String(round.assignmentSeed),
            rankingMethod: round.rankingMethod,
            advanceCount: text(round.advanceCount),
            presentationSeconds: text(round.presentationSeconds),
            qaSeconds: text(round.qaSeconds),
          }}
          submitLabel={t('rounds.save')}
        />
      )}
    </>
  );
}
