import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { tracks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { runDomain } from '@/lib/result';
import { conflictedPairs } from './setup-conflict-sql';
import { listAssignments, liveJudges, roundScope } from './assignments';
import { lockRoundForOrganizer } from './setup-context';

/**
 * Everything the round's settings-and-assignment page shows, read in one transaction (organizers only):
 * the round, the projects in its scope, the live judges with their loads, the assignments, and which of
 * them are now conflicted (a conflict declared after the run), so the organizer can move those.
 */
export async function loadRoundDetail(actor: Actor | null, roundId: unknown) {
  return runDomain(() =>
    db.transaction(async (tx) => {
      const { event, round } = await lockRoundForOrganizer(tx, actor, roundId);
      const [scope, judges, assignments, conflicts, trackRows] = await Promise.all([
        roundScope(tx, round),
        liveJudges(tx, event.id),
        listAssignments(tx, round.id),
        conflictedPairs(tx, round.id),
        tx.select({ id: tracks.id, nameZh: tracks.nameZh, nameEn: tracks.nameEn }).from(tracks).where(eq(tracks.eventId, event.id)).orderBy(asc(tracks.position)),
      ]);
      const conflicted = new Set(conflicts.map((c) => `${c.judgeId}:${c.projectId}`));
      return {
        event,
        round,
        scopeCount: scope.length,
        tracks: trackRows,
        judges: judges.map((j) => ({ ...j, load: assignments.filter((a) => a.judgeId === j.id).length })),
        assignments: assignments.map((a) => ({ ...a, isConflicted: conflicted.has(`${a.judgeId}:${a.submissionId}`) })),
      };
    }),
  );
}
