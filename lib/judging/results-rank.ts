import type { Panel } from '@/lib/scoring/panel';
import type { MethodScores } from '@/lib/scoring/raw-mean';
import { rankProjects, type Ranking } from '@/lib/scoring/ranking';
import type { RankingMethod, ResolvedRule } from '@/lib/scoring/tie-break';

/*
 * Adapter over lib/scoring's rankProjects for one track's projects. A track's ranking must use the same
 * figures as the overall one (a project's z-score does not change because the organizer looks at one
 * track), so the panel stays whole and the projects outside the track are masked out: rankProjects lists
 * keyless projects last and unranked, and positions count only the ranked ones, so the positions that
 * come back are positions within the track.
 */
export function rankSubset(panel: Panel, method: RankingMethod, scores: MethodScores, ladder: readonly ResolvedRule[], include: ReadonlySet<number>): Ranking {
  const key = scores.key.map((k, p) => (include.has(p) ? k : NaN));
  const { ranking } = rankProjects(panel, method, { ...scores, key }, ladder);
  const ids = new Set([...include].map((p) => panel.projectIds[p]!));
  return { ...ranking, entries: ranking.entries.filter((e) => ids.has(e.projectId)) };
}
