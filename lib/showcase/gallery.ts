import 'server-only';
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { db, type DbOrTx } from '@/db/client';
import { events, submissions, teams, tracks } from '@/db/schema';
import type { GalleryQuery } from '@/lib/validation/showcase';
import { eventYearSql, publicEventSql, publicProjectSql } from './public-scope';
import { likePattern } from './like-pattern';
import { adoptedSql, awardBadgesSql, coverFileSql, hasAwardSql, type AwardBadge } from './project-parts';

export const GALLERY_PAGE_SIZE = 12;

export type GalleryItem = {
  id: string;
  slug: string;
  title: string;
  tagline: string;
  technologies: string[];
  eventSlug: string;
  eventTitleZh: string;
  eventTitleEn: string;
  year: number;
  trackSlug: string | null;
  trackNameZh: string | null;
  trackNameEn: string | null;
  teamName: string;
  coverFileId: string | null;
  awards: AwardBadge[];
  isAdopted: boolean;
};
export type GalleryPage = { items: GalleryItem[]; total: number; page: number; pageCount: number };


function filtersSql(query: GalleryQuery): SQL[] {
  const where: SQL[] = [publicProjectSql()];
  if (query.event) where.push(eq(events.slug, query.event));
  if (query.year) where.push(sql`${eventYearSql()} = ${query.year}`);
  if (query.track) where.push(eq(tracks.slug, query.track));
  if (query.tech) where.push(sql`${submissions.technologies} @> array[${query.tech}]::text[]`);
  if (query.award === 'awarded') where.push(hasAwardSql());
  if (query.award === 'adopted') where.push(adoptedSql());
  // The same expression as the trigram index (migration 0017), so the planner can use it.
  if (query.q) where.push(sql`(${submissions.title} || ' ' || ${submissions.tagline}) ilike ${likePattern(query.q)}`);
  return where;
}

/**
 * One page of the public gallery: newest event first, awarded projects first within it, then by title.
 * The page and the total are two queries run side by side: a window count over the same query would make
 * Postgres build every row's badges and cover before the LIMIT (about a second at 20,000 projects).
 */
export async function listGallery(query: GalleryQuery, executor: DbOrTx = db): Promise<GalleryPage> {
  const page = query.page ?? 1;
  const [items, total] = await Promise.all([
    executor
      .select({
        id: submissions.id,
        slug: submissions.slug,
        title: submissions.title,
        tagline: submissions.tagline,
        technologies: submissions.technologies,
        eventSlug: events.slug,
        eventTitleZh: events.titleZh,
        eventTitleEn: events.titleEn,
        year: eventYearSql(),
        trackSlug: tracks.slug,
        trackNameZh: tracks.nameZh,
        trackNameEn: tracks.nameEn,
        teamName: teams.name,
        coverFileId: coverFileSql(),
        awards: awardBadgesSql(),
        isAdopted: adoptedSql(),
      })
      .from(submissions)
      .innerJoin(events, eq(events.id, submissions.eventId))
      .innerJoin(teams, eq(teams.id, submissions.teamId))
      .leftJoin(tracks, eq(tracks.id, submissions.trackId))
      .where(and(...filtersSql(query)))
      .orderBy(desc(events.hackingStartsAt), desc(hasAwardSql()), asc(submissions.title), asc(submissions.id))
      .limit(GALLERY_PAGE_SIZE)
      .offset((page - 1) * GALLERY_PAGE_SIZE),
    countGallery(query, executor),
  ]);
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / GALLERY_PAGE_SIZE)) };
}

async function countGallery(query: GalleryQuery, executor: DbOrTx): Promise<number> {
  const [row] = await executor
    .select({ n: sql<number>`count(*)::int` })
    .from(submissions)
    .innerJoin(events, eq(events.id, submissions.eventId))
    .leftJoin(tracks, eq(tracks.id, submissions.trackId))
    .where(and(...filtersSql(query)));
  return row?.n ?? 0;
}

export type GalleryFacets = {
  events: { slug: string; titleZh: string; titleEn: string; year: number }[];
  years: number[];
  tracks: { slug: string; nameZh: string; nameEn: string }[];
  technologies: string[];
};

/** The choices the filter form offers: only values that occur in public projects. */
export async function listGalleryFacets(executor: DbOrTx = db): Promise<GalleryFacets> {
  const [eventRows, trackRows, techRows] = await Promise.all([
    executor
      .select({ slug: events.slug, titleZh: events.titleZh, titleEn: events.titleEn, year: eventYearSql() })
      .from(events)
      .where(publicEventSql())
      .orderBy(desc(events.hackingStartsAt)),
    executor
      .selectDistinctOn([tracks.slug], { slug: tracks.slug, nameZh: tracks.nameZh, nameEn: tracks.nameEn })
      .from(tracks)
      .innerJoin(submissions, eq(submissions.trackId, tracks.id))
      .innerJoin(events, eq(events.id, submissions.eventId))
      .where(publicProjectSql())
      .orderBy(tracks.slug, desc(events.hackingStartsAt)),
    executor
      .selectDistinct({ tech: sql<string>`unnest(${submissions.technologies})` })
      .from(submissions)
      .innerJoin(events, eq(events.id, submissions.eventId))
      .where(publicProjectSql()),
  ]);
  return {
    events: eventRows,
    years: [...new Set(eventRows.map((e) => e.year))],
    tracks: trackRows,
    technologies: techRows.map((r) => r.tech).sort((a, b) => a.localeCompare(b)),
  };
}
