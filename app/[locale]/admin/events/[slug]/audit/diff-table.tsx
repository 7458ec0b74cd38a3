import { getTranslations } from 'next-intl/server';
import { auditDiff } from '@/lib/audit-viewer/diff';

/** One audit row's before/after as a small table inside a disclosure; changed fields first. */
export async function DiffTable({ id, data }: { id: number; data: unknown }) {
  const t = await getTranslations('adoption.audit');
  const rows = auditDiff(data);
  if (rows.length === 0) return <span>{t('showChanges', { count: 0 })}</span>;
  return (
    <details>
      <summary>{t('showChanges', { count: rows.length })}</summary>
      <table>
        <caption className="visually-hidden">{t('changes')} #{id}</caption>
        <thead>
          <tr>
            <th scope="col">{t('field')}</th>
            <th scope="col">{t('before')}</th>
            <th scope="col">{t('after')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field}>
              <th scope="row">{row.field}</th>
              <td>{row.before === null ? '' : <code>{clip(row.before)}</code>}</td>
              <td>
                {row.after === null ? '' : <code>{clip(row.after)}</code>}
                {!row.isChanged && row.before !== null && <span className="muted"> ({t('unchanged')})</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** Very long values (a whole description) are cut for the table; the row id leads to the rest in the database. */
const clip = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}…` : text);
