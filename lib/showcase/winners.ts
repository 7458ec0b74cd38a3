import 'server-only';
import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import { db, type DbOrTx } from '@/db/client';
import { adoptions, awards, events, prizes, submissions, teams, tracks } from '@/db/schema';
import { eventYearSql, publicEventSql, publicProjectSql } from './public-scope';
import { adoptedSql } from './project-parts';

export type WinnerRow = {
  awardId: string;
  prizeId: string | null;
  prizeNameZh: string | null;
  prizeNameEn: string | null;
  amount: number | null;
  currency: string | null;
  placement: number | null;
  titleZh: string;
  titleEn: string;
  citationZh: string;
  citationEn: string;
  projectSlug: string;
  projectTitle: string;
  tagline: string;
  teamName: string;
  trackNameZh: string | null;
  trackNameEn: string | null;
  isAdopted: boolean;
  eventSlug: string;
  eventTitleZh: string;
  eventTitleEn: string;
  year: number;
};

export type PublicEventHeader = { id: string; slug: string; titleZh: string; titleEn: string; year: number; resultsPublishedAt: string };

/** The event, only when its results are public; every showcase page of one event starts here. */
export async function getPublicResultsEvent(slug: string, executor: DbOrTx = db): Promise<PublicEventHeader | null> {
  const [row] = await executor
    .select({
      id: events.id,
      slug: events.slug,
      titleZh: events.titleZh,
      titleEn: events.titleEn,
      year: eventYearSql(),
      resultsPublishedAt: events.resultsPublishedAt,
    })
    .from(events)
    .where(and(eq(events.slug, slug), publicEventSql()))
    .limit(1);
  return row ? { ...row, resultsPublishedAt: row.resultsPublishedAt!.toISOString() } : null;
}

/** Awards within the public scope, in prize order then placement; `where` narrows (one event, adopted only). */
export async function listPublicAwards(where: SQL | undefined, executor: DbOrTx = db): Promise<WinnerRow[]> {
  return executor
    .select({
      awardId: awards.id,
      prizeId: awards.prizeId,
      prizeNameZh: prizes.nameZh,
      prizeNameEn: prizes.nameEn,
      amount: prizes.amount,
      currency: prizes.currency,
      placement: awards.placement,
      titleZh: awards.titleZh,
      titleEn: awards.titleEn,
      citationZh: awards.citationZh,
      citationEn: awards.citationEn,
      projectSlug: submissions.slug,
      projectTitle: submissions.title,
      tagline: submissions.tagline,
      teamName: teams.name,
      trackNameZh: tracks.nameZh,
      trackNameEn: tracks.nameEn,
      isAdopted: adoptedSql(),
      eventSlug: events.slug,
      eventTitleZh: events.titleZh,
      eventTitleEn: events.titleEn,
      year: eventYearSql(),
    })
    .from(awards)
    .innerJoin(submissions, eq(submissions.id, awards.submissionId))
    .innerJoin(events, eq(events.id, awards.eventId))
    .innerJoin(teams, eq(teams.id, submissions.teamId))
    .leftJoin(tracks, eq(tracks.id, submissions.trackId))
    .leftJoin(prizes, eq(prizes.id, awards.prizeId))
    .where(and(publicProjectSql(), where))
    .orderBy(desc(events.hackingStartsAt), asc(prizes.position), asc(awards.placement), asc(submissions.title));
}

export type PublicWinners = { event: PublicEventHeader; winners: WinnerRow[] };

export async function getPublicWinners(slug: string, executor: DbOrTx = db): Promise<PublicWinners | null> {
  const event = await getPublicResultsEvent(slug, executor);
  if (!event) return null;
  return { event, winners: await listPublicAwards(eq(events.id, event.id), executor) };
}

export type HallOfFame = {
  /** Projects whose award was adopted and merged: they became real city services. */
  adopted: (WinnerRow & { mergedAt: string | null; targetRepositoryUrl: string })[];
  /** Every public event, newest first, with its winners. */
  events: { slug: string; titleZh: string; titleEn: string; year: number; winners: WinnerRow[] }[];
};

export async function getHallOfFame(executor: DbOrTx = db): Promise<HallOfFame> {
  const [winners, merged] = await Promise.all([
    listPublicAwards(undefined, executor),
    executor
      .select({ awardId: adoptions.awardId, mergedAt: adoptions.mergedAt, targetRepositoryUrl: adoptions.targetRepositoryUrl })
      .from(adoptions)
      .where(eq(adoptions.status, 'merged')),
  ]);
  const mergedBy = new Map(merged.map((m) => [m.awardId, m]));
  const adopted = winners
    .filter((w) => mergedBy.has(w.awardId))
    .map((w) => ({ ...w, mergedAt: mergedBy.get(w.awardId)!.mergedAt?.toISOString() ?? null, targetRepositoryUrl: mergedBy.get(w.awardId)!.targetRepositoryUrl }));
  const byEvent = new Map<string, HallOfFame['events'][number]>();
  for (const w of winners) {
    const entry = byEvent.get(w.eventSlug) ?? { slug: w.eventSlug, titleZh: w.eventTitleZh, titleEn: w.eventTitleEn, year: w.year, winners: [] };
    entry.winners.push(w);
    byEvent.set(w.eventSlug, entry);
  }
  return { adopted, events: [...byEvent.values()] };
}
