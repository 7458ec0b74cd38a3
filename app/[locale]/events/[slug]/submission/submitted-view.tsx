import { getTranslations } from 'next-intl/server';
import { DateTime } from '@/app/_components/date-time';
import { Markdown } from '@/app/_components/markdown';
import type { SubmissionWorkspace } from '@/lib/submissions/queries';
import { FileGallery, type FileView } from './file-gallery';
import { formContentOf, type ChecklistItemView, type QuestionView } from './form-fields';

type Props = {
  submission: NonNullable<SubmissionWorkspace['submission']>;
  files: FileView[];
  questions: QuestionView[];
  checklist: ChecklistItemView[];
  trackName: (id: string) => string;
  timeZone: string;
};

const LINKS = ['repositoryUrl', 'demoUrl', 'videoUrl', 'slidesUrl'] as const;

/**
 * After the deadline: exactly the stored project (the row judges read, equal to its latest revision), read-only.
 * A draft that was never submitted is shown as such, so the team is not misled into thinking it competes.
 */
export async function SubmittedView({ submission, files, questions, checklist, trackName, timeZone }: Props) {
  const t = await getTranslations('submissions');
  const content = formContentOf(submission);
  const isSubmitted = submission.status === 'submitted';
  return (
    <section aria-labelledby="read-only-heading">
      <h2 id="read-only-heading">{t('readOnly.heading')}</h2>
      <p className={isSubmitted ? 'notice' : 'alert'}>
        {isSubmitted ? t('readOnly.intro', { version: submission.version }) : t('readOnly.notSubmitted', { version: submission.version })}{' '}
        {t('readOnly.savedAt')} <DateTime value={submission.updatedAt} timeZone={timeZone} />
      </p>
      <h3>{submission.title}</h3>
      {submission.tagline && <p>{submission.tagline}</p>}
      <Markdown source={submission.description} />
      <dl>
        <dt>{t('readOnly.track')}</dt>
        <dd>{submission.trackId ? trackName(submission.trackId) : t('form.trackNone')}</dd>
        <dt>{t('readOnly.technologies')}</dt>
        <dd>{submission.technologies.join(', ') || '—'}</dd>
        {LINKS.filter((name) => submission[name]).map((name) => (
          <div key={name}>
            <dt>{t(`form.${name}`)}</dt>
            <dd>
              <a href={submission[name]!} rel="noopener noreferrer nofollow">
                {submission[name]}
              </a>
            </dd>
          </div>
        ))}
        {questions.map((q) => {
          const values = content.answers[q.id] ?? [];
          const shown =
            q.kind === 'checkbox'
              ? values.includes('on')
                ? t('readOnly.yes')
                : t('readOnly.no')
              : values.map((v) => q.options.find((o) => o.value === v)?.label ?? v).join(', ');
          return (
            <div key={q.id}>
              <dt>{q.label}</dt>
              <dd>{shown || '—'}</dd>
            </div>
          );
        })}
      </dl>
      {checklist.length > 0 && (
        <>
          <h3>{t('readOnly.compliance')}</h3>
          <ul>
            {checklist.map((item) => (
              <li key={item.id}>
                {item.label}: {content.compliance.includes(item.id) ? t('readOnly.confirmed') : t('readOnly.notConfirmed')}
              </li>
            ))}
          </ul>
        </>
      )}
      <FileGallery files={files} />
    </section>
  );
}
