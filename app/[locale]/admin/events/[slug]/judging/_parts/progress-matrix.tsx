import { getTranslations } from 'next-intl/server';
import type { CellStatus, ConsoleView } from '@/lib/judging/console';
import styles from './judging.module.css';

/* Each status has a glyph for the eye and its word for a screen reader: colour is never the only cue. */
const GLYPH: Record<CellStatus, string> = { submitted: '✓', draft: '✎', not_started: '○', absent: 'A', conflicted: '✕', unassigned: '·' };
const ORDER: CellStatus[] = ['submitted', 'draft', 'not_started', 'absent', 'conflicted', 'unassigned'];

export async function ProgressMatrix({ view }: { view: ConsoleView }) {
  const t = await getTranslations('judgingResults.console');
  const data = view.data!;
  return (
    <section aria-labelledby="progress-title">
      <h2 id="progress-title">{t('matrix.title')}</h2>
      <h3 className="visually-hidden">{t('matrix.legend')}</h3>
      <ul className={styles.legend} aria-label={t('matrix.legend')}>
        {ORDER.map((status) => (
          <li key={status}>
            <span className={`${styles.cell} ${styles[status]}`} aria-hidden="true">
              {GLYPH[status]}
            </span>{' '}
            {t(`status.${status}`)}
          </li>
        ))}
      </ul>
      <p className="muted">{t('matrix.scrollHint')}</p>
      {/* A wide table scrolls inside a focusable region so a keyboard user can scroll it too. */}
      <div className={styles.scroller} role="region" aria-labelledby="progress-title" tabIndex={0}>
        <table className={styles.matrix}>
          <caption className="visually-hidden">{t('matrix.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('matrix.judge')}</th>
              <th scope="col">{t('matrix.done')}</th>
              {data.projects.map((p) => (
                <th scope="col" key={p.id}>
                  {p.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.judges.map((judge) => (
              <tr key={judge.id}>
                <th scope="row">
                  {judge.name}
                  {judge.isRevoked && ` ${t('matrix.revoked')}`}
                </th>
                <td>
                  {view.perJudge[judge.id]?.submitted ?? 0} / {view.perJudge[judge.id]?.assigned ?? 0}
                </td>
                {data.projects.map((p) => {
                  const status = view.cells[judge.id]?.[p.id] ?? 'unassigned';
                  return (
                    <td key={p.id}>
                      <span className={`${styles.cell} ${styles[status]}`} aria-hidden="true">
                        {GLYPH[status]}
                      </span>
                      <span className="visually-hidden">{t(`status.${status}`)}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
