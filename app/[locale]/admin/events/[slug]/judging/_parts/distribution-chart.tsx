import { getFormatter, getTranslations } from 'next-intl/server';
import type { RoundData } from '@/lib/judging/results-load';
import type { RoundResults } from '@/lib/judging/results-compute';
import styles from './judging.module.css';

/*
 * Per-judge score distribution as inline SVG: one row per judge with the range of their totals (thin line),
 * mean ± sd (thick bar) and mean (dot), against the panel's mean (dashed). The SVG is an image with a
 * title and description; the same numbers follow in a table, which is what a screen reader user reads.
 */
const ROW = 28;
const LEFT = 150;
const WIDTH = 640;

export async function DistributionChart({ data, results }: { data: RoundData; results: RoundResults }) {
  const t = await getTranslations('judgingResults.console.chart');
  const format = await getFormatter();
  const n1 = (x: number) => format.number(x, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const names = new Map(data.judges.map((j) => [j.id, j.name]));
  const stats = results.judges.filter((j) => j.count > 0);
  if (stats.length === 0) return <p>{t('noSheets')}</p>;
  const max = Math.max(100, ...stats.map((s) => s.mean + s.sd));
  const x = (points: number) => LEFT + (Math.max(0, Math.min(points, max)) / max) * (WIDTH - LEFT - 20);
  const height = stats.length * ROW + 30;
  const flagWord = (flag: 'lenient' | 'harsh' | null) => (flag ? t(flag) : t('none'));
  return (
    <section aria-labelledby="chart-title">
      <h2 id="chart-title">{t('title')}</h2>
      <svg className={styles.chart} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="chart-svg-title chart-svg-desc">
        <title id="chart-svg-title">{t('title')}</title>
        <desc id="chart-svg-desc">{t('description', { mean: n1(results.panel.mean) })}</desc>
        {[0, 25, 50, 75, 100].map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={0} y2={height - 20} stroke="#d1d5db" />
            <text x={x(tick)} y={height - 5} fontSize="11" textAnchor="middle" fill="#374151">
              {tick}
            </text>
          </g>
        ))}
        <line x1={x(results.panel.mean)} x2={x(results.panel.mean)} y1={0} y2={height - 20} stroke="#111827" strokeDasharray="4 3" />
        {stats.map((s, i) => {
          const y = i * ROW + 16;
          const color = s.flag === 'lenient' ? '#b45309' : s.flag === 'harsh' ? '#1d4ed8' : '#374151';
          return (
            <g key={s.judgeId}>
              <text x={LEFT - 8} y={y + 4} fontSize="12" textAnchor="end" fill="#111827">
                {names.get(s.judgeId) ?? ''}
                {s.flag ? ` (${flagWord(s.flag)})` : ''}
              </text>
              <rect x={x(s.mean - s.sd)} y={y - 5} width={Math.max(2, x(s.mean + s.sd) - x(s.mean - s.sd))} height={10} fill={color} opacity={0.35} />
              <circle cx={x(s.mean)} cy={y} r={5} fill={color} />
            </g>
          );
        })}
      </svg>
      <p>{t('panel', { sheets: results.panel.sheets, mean: n1(results.panel.mean), sd: n1(results.panel.sd) })}</p>
      <table>
        <caption>{t('tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('judge')}</th>
            <th scope="col">{t('sheets')}</th>
            <th scope="col">{t('mean')}</th>
            <th scope="col">{t('sd')}</th>
            <th scope="col">{t('deviation')}</th>
            <th scope="col">{t('flag')}</th>
          </tr>
        </thead>
        <tbody>
          {stats.map((s) => (
            <tr key={s.judgeId}>
              <th scope="row">{names.get(s.judgeId)}</th>
              <td>{s.count}</td>
              <td>{n1(s.mean)}</td>
              <td>{n1(s.sd)}</td>
              <td>{s.deviation === null ? t('none') : `${s.deviation > 0 ? '+' : ''}${n1(s.deviation)}`}</td>
              <td className={s.flag ? styles.flag : undefined}>{flagWord(s.flag)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
