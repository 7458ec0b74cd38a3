import type { ScoreHistogram } from '@/lib/showcase/transparency';

type Labels = { chart: string; score: string; count: string; table: string };

/*
 * A bar chart of one criterion's submitted scores as inline SVG (no chart library, no client JS). Screen
 * readers get the chart's summary as its name and the exact numbers in the table beneath; the bars carry
 * their count as text too, so nothing is told by bar length alone.
 */
export function Histogram({ histogram, labels }: { histogram: ScoreHistogram; labels: Labels }) {
  const max = Math.max(1, ...histogram.bins.map((b) => b.count));
  const barWidth = 36;
  const gap = 8;
  const height = 140;
  const width = histogram.bins.length * (barWidth + gap) + gap;
  const binLabel = (b: ScoreHistogram['bins'][number]) => (b.from === b.to ? String(b.from) : `${b.from}–${b.to}`);
  return (
    <figure>
      <svg role="img" aria-label={labels.chart} viewBox={`0 0 ${width} ${height + 40}`} width="100%" style={{ maxWidth: `${width * 1.5}px` }}>
        {histogram.bins.map((b, i) => {
          const h = Math.round((b.count / max) * height);
          const x = gap + i * (barWidth + gap);
          return (
            <g key={i}>
              <rect x={x} y={height - h + 14} width={barWidth} height={h} fill="#1f5fa8" />
              <text x={x + barWidth / 2} y={height - h + 10} textAnchor="middle" fontSize="12" fill="#1a1a1a">
                {b.count}
              </text>
              <text x={x + barWidth / 2} y={height + 32} textAnchor="middle" fontSize="12" fill="#1a1a1a">
                {binLabel(b)}
              </text>
            </g>
          );
        })}
      </svg>
      <details>
        <summary>{labels.table}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{labels.score}</th>
              <th scope="col">{labels.count}</th>
            </tr>
          </thead>
          <tbody>
            {histogram.bins.map((b, i) => (
              <tr key={i}>
                <th scope="row">{binLabel(b)}</th>
                <td>{b.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
