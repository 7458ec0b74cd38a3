export type ScoreBin = { from: number; to: number; count: number };

/** Bins of whole points up to a 10-point scale; ten equal bins above that, so a chart stays readable. */
export function binScores(scaleMax: number, values: { value: number; n: number }[]): ScoreBin[] {
  const binCount = scaleMax <= 10 ? scaleMax + 1 : 10;
  const width = scaleMax <= 10 ? 1 : scaleMax / 10;
  const bins = Array.from({ length: binCount }, (_, i) => ({
    from: scaleMax <= 10 ? i : Math.round(i * width * 100) / 100,
    to: scaleMax <= 10 ? i : Math.round((i + 1) * width * 100) / 100,
    count: 0,
  }));
  for (const { value, n } of values) {
    const index = scaleMax <= 10 ? Math.min(binCount - 1, Math.floor(value)) : Math.min(binCount - 1, Math.floor(value / width));
    bins[Math.max(0, index)]!.count += n;
  }
  return bins;
}
