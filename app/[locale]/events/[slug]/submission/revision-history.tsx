import { getTranslations } from 'next-intl/server';
import { DateTime } from '@/app/_components/date-time';
import type { RevisionEntry } from '@/lib/submissions/queries';

/** Every save of the project: who, when, which version, in which status. */
export async function RevisionHistory({ revisions, timeZone }: { revisions: RevisionEntry[]; timeZone: string }) {
  const t = await getTranslations('submissions');
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('history.heading')}</h2>
      {revisions.length === 0 ? (
        <p>{t('history.empty')}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{t('history.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('history.version')}</th>
              <th scope="col">{t('history.editor')}</th>
              <th scope="col">{t('history.when')}</th>
              <th scope="col">{t('history.status')}</th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((r) => (
              <tr key={r.version}>
                <td>{r.version}</td>
                <td>{r.editorName ?? t('history.unknownEditor')}</td>
                <td>
                  <DateTime value={r.createdAt} timeZone={timeZone} />
                </td>
                <td>{r.status === 'submitted' ? t('status.submittedShort') : t('status.draftShort')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
