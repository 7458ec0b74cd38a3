import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { events, judgingRounds, scoreSheets, submissions, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { requireEventCapability } from '@/lib/auth/guards';
import { DomainFailure, runDomain } from '@/lib/result';

/**
 * The organizer's list of submitted sheets per round, for reopening, with each judge's private note (it is
 * written for the organizers). Scores are deliberately not part of it: reopening is about letting a judge
 * fix a sheet; the results console is where organizers read scores.
 */
export async function listSubmittedSheets(actor: Actor | null, eventSlug: string) {
  return runDomain(async () => {
    const [found] = await db.select({ id: events.id }).from(events).where(eq(events.slug, eventSlug));
    if (!found) throw new DomainFailure('not_found');
    const event = await requireEventCapability(actor, found.id, 'judging.manage');
    const rows = await db
      .select({
        sheetId: scoreSheets.id,
        roundId: judgingRounds.id,
        roundNameZh: judgingRounds.nameZh,
        roundNameEn: judgingRounds.nameEn,
        judgeName: users.name,
        judgeEmail: users.email,
        title: submissions.title,
        submittedAt: scoreSheets.submittedAt,
        version: scoreSheets.version,
        privateNote: scoreSheets.privateNote,
        isAbsent: scoreSheets.isAbsent,
      })
      .from(scoreSheets)
      .innerJoin(judgingRounds, eq(judgingRounds.id, scoreSheets.roundId))
      .innerJoin(users, eq(users.id, scoreSheets.judgeId))
      .innerJoin(submissions, eq(submissions.id, scoreSheets.submissionId))
      .where(and(eq(judgingRounds.eventId, event.id), eq(scoreSheets.status, 'submitted')))
      .orderBy(asc(judgingRounds.position), asc(submissions.title), asc(users.name));
    return { event, rows };
  });
}
