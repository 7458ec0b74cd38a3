import { getTranslations } from 'next-intl/server';
import type { CumulativePoint } from '@/lib/dashboard/series';
import { CHART, ChartFrame } from './chart-frame';

/** Cumulative registrations as a line over the days (in the event's zone), with the first and last day marked. */
export async function RegistrationsChart({ points, timeZone }: { points: CumulativePoint[]; timeZone: string }) {
  const t = await getTranslations('dashboard');
  const id = 'chart-registrations';
  if (points.length === 0) {
    return (
      <section aria-labelledby={`${id}-heading`} className="card">
        <h3 id={`${id}-heading`}>{t('registrations.title')}</h3>
        <p>{t('registrations.empty')}</p>
      </section>
    );
  }
  const [left, right, top, bottom, height] = [50, 20, 10, 30, 220];
  const last = points.at(-1)!;
  const max = Math.max(1, last.total);
  const x = (i: number) => (points.length === 1 ? (left + CHART.width - right) / 2 : left + (i / (points.length - 1)) * (CHART.width - left - right));
  const y = (total: number) => top + (1 - total / max) * (height - top - bottom);
  const line = points.map((p, i) => `${x(i).toFixed(1)},${y(p.total).toFixed(1)}`).join(' ');
  const title = t('registrations.title');
  const description = t('registrations.description', { zone: timeZone, total: last.total, last: last.day });
  return (
    <ChartFrame
      id={id}
      title={title}
      description={description}
      tableNote={t('tableNote')}
      svg={
        <svg viewBox={`0 0 ${CHART.width} ${height}`} role="img" aria-labelledby={`${id}-svg-title ${id}-svg-desc`} style={{ maxWidth: '100%', height: 'auto' }}>
          <title id={`${id}-svg-title`}>{title}</title>
          <desc id={`${id}-svg-desc`}>{description}</desc>
          <line x1={left} x2={CHART.width - right} y1={y(0)} y2={y(0)} stroke={CHART.grid} />
          <line x1={left} x2={left} y1={top} y2={y(0)} stroke={CHART.grid} />
          <text x={left - 6} y={y(max) + 4} fontSize="12" textAnchor="end" fill={CHART.ink}>
            {max}
          </text>
          <text x={left - 6} y={y(0) + 4} fontSize="12" textAnchor="end" fill={CHART.ink}>
            0
          </text>
          <text x={x(0)} y={height - 8} fontSize="12" textAnchor={points.length === 1 ? 'middle' : 'start'} fill={CHART.ink}>
            {points[0]!.day}
          </text>
          {points.length > 1 && (
            <text x={x(points.length - 1)} y={height - 8} fontSize="12" textAnchor="end" fill={CHART.ink}>
              {last.day}
            </text>
          )}
          <polyline points={line} fill="none" stroke={CHART.bar} strokeWidth={2.5} />
          <circle cx={x(points.length - 1)} cy={y(last.total)} r={4} fill={CHART.bar} />
        </svg>
      }
      table={
        <table>
          <caption>{t('registrations.caption', { zone: timeZone })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('registrations.day')}</th>
              <th scope="col">{t('registrations.added')}</th>
              <th scope="col">{t('registrations.total')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.day}>
                <th scope="row">{p.day}</th>
                <td>{p.added}</td>
                <td>{p.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
