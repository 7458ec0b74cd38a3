import type { ReactNode } from 'react';

/*
 * Shared frame of the overview's charts: a heading, the SVG (role="img" with its own title and a one-line
 * description that states the key numbers), and the full numbers as a table in a disclosure, which is what
 * a screen reader or keyboard user reads instead of the picture.
 */
export function ChartFrame({ id, title, description, tableNote, svg, table, footer }: { id: string; title: string; description: string; tableNote: string; svg: ReactNode; table: ReactNode; footer?: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="card">
      <h3 id={`${id}-heading`}>{title}</h3>
      <p>{description}</p>
      {svg}
      {footer}
      <details>
        <summary>{tableNote}</summary>
        {table}
      </details>
    </section>
  );
}

export const CHART = { width: 640, ink: '#111827', grid: '#d1d5db', bar: '#1d4ed8', muted: '#4b5563', done: '#047857' } as const;

export type Bar = { key: string; label: string; fraction: number; text: string; color?: string };

/** Horizontal bars, one row each: label on the left, bar, the value in words after it. */
export function BarsSvg({ id, title, description, bars }: { id: string; title: string; description: string; bars: Bar[] }) {
  const row = 30;
  const left = 180;
  const span = CHART.width - left - 90;
  const height = bars.length * row + 10;
  return (
    <svg viewBox={`0 0 ${CHART.width} ${height}`} role="img" aria-labelledby={`${id}-svg-title ${id}-svg-desc`} style={{ maxWidth: '100%', height: 'auto' }}>
      <title id={`${id}-svg-title`}>{title}</title>
      <desc id={`${id}-svg-desc`}>{description}</desc>
      <line x1={left} x2={left} y1={0} y2={height} stroke={CHART.grid} />
      {bars.map((bar, i) => {
        const y = i * row + 8;
        const width = Math.max(0, Math.min(1, bar.fraction)) * span;
        return (
          <g key={bar.key}>
            <text x={left - 8} y={y + 14} fontSize="13" textAnchor="end" fill={CHART.ink}>
              {bar.label}
            </text>
            <rect x={left} y={y} width={Math.max(width, 1)} height={20} fill={bar.color ?? CHART.bar} />
            <text x={left + width + 6} y={y + 14} fontSize="13" fill={CHART.ink}>
              {bar.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
