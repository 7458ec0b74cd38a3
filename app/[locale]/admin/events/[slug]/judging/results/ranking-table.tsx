import { getFormatter, getTranslations } from 'next-intl/server';
import type { RankingView, RoundResults } from '@/lib/judging/results-compute';
import type { RankingMethod } from '@/lib/scoring/tie-break';
import styles from '../_parts/judging.module.css';

/*
 * One scope's ranking (overall or a track): rows in the chosen method's order, its place and figure first,
 * the other two methods' places and figures beside it. A row whose place differs under another method is
 * marked "differs" in words and tinted; a tied row says "tied" and shares its place.
 */
export async function RankingTable({ id, scope, rankings, results }: { id: string; scope: string; rankings: Record<RankingMethod, RankingView>; results: RoundResults }) {
  const t = await getTranslations('judgingResults.results');
  const format = await getFormatter();
  const figure = (method: RankingMethod, value: number | null) =>
    value === null ? '—' : format.number(value, { maximumFractionDigits: method === 'rank_sum' ? 2 : 1, minimumFractionDigits: method === 'rank_sum' ? 2 : 1 });
  const chosen = results.chosen;
  const others = results.methods.slice(1);
  const placeIn = Object.fromEntries(results.methods.map((m) => [m, new Map(rankings[m].entries.map((e) => [e.projectId, e.position]))])) as Record<RankingMethod, Map<string, number | null>>;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{scope}</h3>
      <table>
        <caption className="visually-hidden">{t('caption', { scope })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('position')}</th>
            <th scope="col">{t('project')}</th>
            <th scope="col">{t('sheets')}</th>
            <th scope="col">{t(`methods.${chosen}`)}</th>
            {others.map((m) => (
              <th scope="col" key={m}>
                {t(`methods.${m}`)}
              </th>
            ))}
            <th scope="col">{t('whatIf')}</th>
          </tr>
        </thead>
        <tbody>
          {rankings[chosen].entries.map((entry) => {
            const project = results.projects[entry.projectId]!;
            const differs = others.some((m) => placeIn[m].get(entry.projectId) !== entry.position);
            const tied = entry.tieGroup !== null;
            return (
              <tr key={entry.projectId} className={differs ? styles.disputed : tied ? styles.tie : undefined}>
                <td>
                  {entry.position ?? '—'}
                  {tied && <span className="badge"> {t('tied')}</span>}
                </td>
                <th scope="row">
                  {project.title}
                  <br />
                  <span className="muted">{project.teamName}</span>
                </th>
                <td>
                  {t('shortNote', { sheets: entry.sheets, expected: entry.expectedSheets })}
                  {entry.isShort && <span className="badge"> {t('short')}</span>}
                </td>
                <td>
                  {figure(chosen, entry.value)}
                  {entry.decidedBy !== null && (
                    <>
                      <br />
                      <span className="muted">{t('decidedBy', { step: entry.decidedBy + 1 })}</span>
                    </>
                  )}
                </td>
                {others.map((m) => (
                  <td key={m}>
                    {placeIn[m].get(entry.projectId) ?? '—'} ({figure(m, project.value[m])})
                  </td>
                ))}
                <td>{differs ? t('whatIf') : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
