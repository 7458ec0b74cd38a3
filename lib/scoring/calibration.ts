/**
 * The calibration check (issue 4 §4): before real scoring every judge scores the same sample entry, and a
 * judge far from the others is flagged to the organizer.
 *
 * Each judge is compared with the others only (leave one out): with the judge included, an outlier
 * inflates the spread it is measured against, and among 3 judges nobody could ever be more than 1.15 sd
 * away, so a threshold of 2 would never fire. `distance` = (score − mean of others) / sd of others; flagged
 * when |distance| > threshold. The others' sd is floored at `minSd` points (default 1) so that when they
 * happen to agree exactly, a judge half a point away is not infinitely far. With fewer than two other
 * judges there is nothing to compare against: status 'insufficient'.
 */
export type CalibrationScore = { judgeId: string; total: number };
export type CalibrationResult = {
  judgeId: string;
  total: number;
  othersMean: number | null;
  distance: number | null;
  status: 'ok' | 'flagged' | 'insufficient';
};

export function calibrationCheck(scores: readonly CalibrationScore[], options: { threshold: number; minSd?: number }): CalibrationResult[] {
  const minSd = options.minSd ?? 1;
  const n = scores.length;
  const sum = scores.reduce((s, x) => s + x.total, 0);
  const squares = scores.reduce((s, x) => s + x.total * x.total, 0);
  return [...scores]
    .sort((a, b) => (a.judgeId < b.judgeId ? -1 : a.judgeId > b.judgeId ? 1 : 0))
    .map(({ judgeId, total }) => {
      if (n - 1 < 2) return { judgeId, total, othersMean: null, distance: null, status: 'insufficient' as const };
      const others = n - 1;
      const mean = (sum - total) / others;
      // Sample sd of the others, from the panel's sums minus this judge's share (clamped: rounding can dip below 0).
      const variance = Math.max(0, (squares - total * total - others * mean * mean) / (others - 1));
      const distance = (total - mean) / Math.max(Math.sqrt(variance), minSd);
      return { judgeId, total, othersMean: mean, distance, status: Math.abs(distance) > options.threshold ? ('flagged' as const) : ('ok' as const) };
    });
}
