import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { contentRows } from './content-rows';
import type { ChecklistItemView, FormContent, QuestionView } from './form-fields';
import { ResolveForm } from './resolve-form';
import styles from './submission.module.css';

type Props = {
  locale: string;
  slug: string;
  conflictId: string;
  latestVersion: number;
  theirs: FormContent;
  mine: FormContent;
  questions: QuestionView[];
  checklist: ChecklistItemView[];
  trackName: (id: string) => string;
};

/*
 * A save refused because another member saved first. Both versions are shown side by side (rows that
 * differ are marked in words, not only in colour); the member keeps theirs, keeps mine on top of the
 * latest, or opens mine in the form to merge by hand.
 */
export async function ConflictPanel({ locale, slug, conflictId, latestVersion, theirs, mine, questions, checklist, trackName }: Props) {
  const t = await getTranslations('submissions');
  const labels = { field: (name: string) => t(`form.${name}`), answers: t('conflict.answers'), compliance: t('conflict.compliance'), trackName };
  const theirRows = contentRows(theirs, questions, checklist, labels);
  const myRows = contentRows(mine, questions, checklist, labels);
  return (
    <section aria-labelledby="conflict-heading" className={styles.panel}>
      <h2 id="conflict-heading">{t('conflict.heading')}</h2>
      <p role="alert">{t('conflict.explanation', { version: latestVersion })}</p>
      <table className={styles.compare}>
        <caption className="visually-hidden">{t('conflict.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('conflict.field')}</th>
            <th scope="col">{t('conflict.theirs', { version: latestVersion })}</th>
            <th scope="col">{t('conflict.mine')}</th>
          </tr>
        </thead>
        <tbody>
          {theirRows.map((row, i) => {
            const differs = row.value !== myRows[i]!.value;
            return (
              <tr key={row.key} className={differs ? styles.differs : undefined}>
                <th scope="row">
                  {row.label}
                  {differs && <span> ≠</span>}
                </th>
                <td>{row.value || t('conflict.empty')}</td>
                <td>{myRows[i]!.value || t('conflict.empty')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ResolveForm locale={locale} slug={slug} conflictId={conflictId} latestVersion={latestVersion} />
      <p>
        <Link href={`/events/${slug}/submission?conflict=${conflictId}&use=mine#project-form`}>{t('conflict.merge')}</Link>
      </p>
    </section>
  );
}
