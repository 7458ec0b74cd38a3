import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound, redirect } from 'next/navigation';
import { DateTime } from '@/app/_components/date-time';
import { localeOf, signInPath } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';
import { pick } from '@/lib/i18n/localized';
import { getSubmissionWorkspace } from '@/lib/submissions/queries';
import { answerField, complianceField } from '@/lib/validation/submissions';
import { ConflictPanel } from './conflict-panel';
import { Countdown } from './countdown';
import { FileGallery } from './file-gallery';
import { formContentOf } from './form-fields';
import { RevisionHistory } from './revision-history';
import { StatusForm } from './status-form';
import { SubmissionForm } from './submission-form';
import { SubmittedView } from './submitted-view';
import { UploadForm } from './upload-form';

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<{ conflict?: string | string[]; use?: string | string[]; saved?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'submissions' }))('title') };
}

/*
 * A team member's project page. Everything on it is loaded for the signed-in member by lib/submissions;
 * someone outside the event's teams gets "not found". Whether the form is shown is decided by the
 * database clock, but the write itself is decided again by the database when it happens.
 */
export default async function SubmissionPage({ params, searchParams }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = localeOf(rawLocale);
  setRequestLocale(locale);
  const actor = await getActor();
  if (!actor) redirect(signInPath(locale, `/${locale}/events/${slug}/submission`));
  const query = await searchParams;
  const conflictId = typeof query.conflict === 'string' ? query.conflict : undefined;
  const ws = await getSubmissionWorkspace(actor, slug, conflictId);
  if (!ws) notFound();

  const t = await getTranslations('submissions');
  const { event, submission } = ws;
  const trackNames = new Map(ws.tracks.map((track) => [track.id, pick(track, 'name', locale)]));
  const trackName = (id: string) => trackNames.get(id) ?? '';
  const questions = ws.questions.map((q) => ({
    id: q.id,
    kind: q.kind,
    label: pick(q, 'label', locale),
    isRequired: q.isRequired,
    options: q.options.map((o) => ({ value: o.value, label: pick(o, 'label', locale) })),
  }));
  const checklist = ws.complianceItems.map((item) => ({ id: item.id, label: pick(item, 'label', locale) }));
  const labels = Object.fromEntries([
    ...questions.map((q) => [answerField(q.id), q.label]),
    ...checklist.map((item) => [complianceField(item.id), item.label]),
  ]);
  const latest = formContentOf(submission);
  const mine = ws.conflict ? formContentOf(ws.conflict.snapshot) : null;
  const merging = Boolean(mine && query.use === 'mine');
  const editable = { locale, slug };

  return (
    <>
      <h1>{t('title')}</h1>
      <p>
        {pick(event, 'title', locale)} · {t('team', { name: ws.team.name })} · <Link href={`/events/${slug}/team`}>{t('teamPageLink')}</Link>
      </p>

      <section aria-labelledby="deadline-heading">
        <h2 id="deadline-heading">{t('deadline.heading')}</h2>
        <p>
          <strong>{t('deadline.yours')}</strong> <DateTime value={ws.deadline} timeZone={event.timeZone} />{' '}
          {ws.team.isExtended && t('deadline.extended')}
        </p>
        <Countdown deadline={ws.deadline.toISOString()} serverNow={ws.now.toISOString()} />
      </section>

      <section aria-labelledby="status-heading">
        <h2 id="status-heading">{t('status.heading')}</h2>
        <p>
          {!submission
            ? t('status.none')
            : submission.status === 'submitted'
              ? t('status.submitted', { version: submission.version })
              : t('status.draft', { version: submission.version })}{' '}
          {submission?.submittedAt && submission.status === 'submitted' && <DateTime value={submission.submittedAt} timeZone={event.timeZone} />}
        </p>
        {ws.isTeamOut && <p className="alert">{t('status.teamOut')}</p>}
        {ws.isBeforeHacking && <p>{t('status.beforeHacking')}</p>}
        {ws.canEdit && ws.isBelowMinimum && (
          <p className="alert">{t('status.teamTooSmall', { count: ws.team.memberCount, min: event.teamSizeMin })}</p>
        )}
        {ws.canEdit && submission && (
          <>
            <p>{t('status.submitHint')}</p>
            <StatusForm locale={locale} slug={slug} submissionId={submission.id} version={submission.version} status={submission.status} labels={labels} />
          </>
        )}
      </section>

      {ws.conflict && submission && mine && ws.canEdit && !merging && (
        <ConflictPanel
          locale={locale}
          slug={slug}
          conflictId={ws.conflict.id}
          latestVersion={submission.version}
          theirs={latest}
          mine={mine}
          questions={questions}
          checklist={checklist}
          trackName={trackName}
        />
      )}

      {ws.canEdit && (
        <section aria-labelledby="form-heading" id="project-form">
          <h2 id="form-heading">{t('form.heading')}</h2>
          {submission && query.saved === String(submission.version) && (
            <p role="status" className="notice">
              {t('form.saved')}
            </p>
          )}
          <SubmissionForm
            // Keyed on the version: a form showing an older version (another member saved) starts again from the latest.
            key={`${submission?.version ?? 0}-${merging ? ws.conflict!.id : 'latest'}`}
            locale={locale}
            slug={slug}
            eventId={event.id}
            version={submission?.version ?? 0}
            content={merging ? mine! : latest}
            tracks={ws.tracks.map((track) => ({ value: track.id, label: trackName(track.id) }))}
            questions={questions}
            checklist={checklist}
            resolvesConflictId={merging ? ws.conflict!.id : undefined}
          />
        </section>
      )}

      {ws.canEdit && (
        <section aria-labelledby="files-heading">
          <h2 id="files-heading">{t('files.heading')}</h2>
          <p>{t('files.intro', { max: 5 })}</p>
          {submission ? (
            <>
              <FileGallery files={ws.files} editable={editable} />
              <UploadForm locale={locale} slug={slug} submissionId={submission.id} hasCover={ws.files.some((f) => f.kind === 'cover')} />
            </>
          ) : (
            <p>{t('files.saveFirst')}</p>
          )}
        </section>
      )}

      {ws.isPastDeadline &&
        (submission ? (
          <SubmittedView submission={submission} files={ws.files} questions={questions} checklist={checklist} trackName={trackName} timeZone={event.timeZone} />
        ) : (
          <p className="alert">{t('readOnly.noProject')}</p>
        ))}

      <RevisionHistory revisions={ws.revisions} timeZone={event.timeZone} />
    </>
  );
}
