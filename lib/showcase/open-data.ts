import 'server-only';
import { asc, desc, eq } from 'drizzle-orm';
import { db, type DbOrTx } from '@/db/client';
import { events, submissions, teams, tracks } from '@/db/schema';
import { csvDocument } from '@/lib/csv';
import { eventYearSql, publicProjectSql } from './public-scope';
import { adoptedSql, awardBadgesSql } from './project-parts';
import { listPublicAwards } from './winners';

/*
 * Open data: the public results and the gallery as JSON and CSV at stable URLs (app/api/open-data). The
 * field names below are the published schema (README, "Open data"): add fields, never rename or remove.
 * Everything goes through the same public scope as the pages, so an unpublished event is never exported.
 */
export const OPEN_DATA_LICENCE = { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;
export const OPEN_DATA_SCHEMA_VERSION = 1;

export const RESULT_FIELDS = [
  'event_slug', 'event_title_zh', 'event_title_en', 'year', 'prize_name_zh', 'prize_name_en', 'placement',
  'award_title_zh', 'award_title_en', 'project_slug', 'project_title', 'team_name', 'track_name_zh', 'track_name_en', 'became_city_service',
] as const;
export const PROJECT_FIELDS = [
  'event_slug', 'year', 'project_slug', 'project_title', 'tagline', 'track_slug', 'team_name', 'technologies',
  'repository_url', 'demo_url', 'video_url', 'award_titles_en', 'became_city_service',
] as const;
type ResultRecord = Record<(typeof RESULT_FIELDS)[number], string | number | boolean | null>;
type ProjectRecord = Record<(typeof PROJECT_FIELDS)[number], string | number | boolean | null | string[]>;

export async function resultRecords(executor: DbOrTx = db): Promise<ResultRecord[]> {
  const rows = await listPublicAwards(undefined, executor);
  return rows.map((w) => ({
    event_slug: w.eventSlug,
    event_title_zh: w.eventTitleZh,
    event_title_en: w.eventTitleEn,
    year: w.year,
    prize_name_zh: w.prizeNameZh,
    prize_name_en: w.prizeNameEn,
    placement: w.placement,
    award_title_zh: w.titleZh,
    award_title_en: w.titleEn,
    project_slug: w.projectSlug,
    project_title: w.projectTitle,
    team_name: w.teamName,
    track_name_zh: w.trackNameZh,
    track_name_en: w.trackNameEn,
    became_city_service: w.isAdopted,
  }));
}

export async function projectRecords(executor: DbOrTx = db): Promise<ProjectRecord[]> {
  const rows = await executor
    .select({
      eventSlug: events.slug,
      year: eventYearSql(),
      slug: submissions.slug,
      title: submissions.title,
      tagline: submissions.tagline,
      trackSlug: tracks.slug,
      teamName: teams.name,
      technologies: submissions.technologies,
      repositoryUrl: submissions.repositoryUrl,
      demoUrl: submissions.demoUrl,
      videoUrl: submissions.videoUrl,
      awards: awardBadgesSql(),
      isAdopted: adoptedSql(),
    })
    .from(submissions)
    .innerJoin(events, eq(events.id, submissions.eventId))
    .innerJoin(teams, eq(teams.id, submissions.teamId))
    .leftJoin(tracks, eq(tracks.id, submissions.trackId))
    .where(publicProjectSql())
    .orderBy(desc(events.hackingStartsAt), asc(submissions.slug));
  return rows.map((r) => ({
    event_slug: r.eventSlug,
    year: r.year,
    project_slug: r.slug,
    project_title: r.title,
    tagline: r.tagline,
    track_slug: r.trackSlug,
    team_name: r.teamName,
    technologies: r.technologies,
    repository_url: r.repositoryUrl,
    demo_url: r.demoUrl,
    video_url: r.videoUrl,
    award_titles_en: r.awards.map((a) => a.titleEn || a.titleZh),
    became_city_service: r.isAdopted,
  }));
}

export type Dataset = 'results' | 'projects';

/** The JSON document: licence and schema version first, so a consumer can check them before the rows. */
export function openDataJson(dataset: Dataset, records: readonly object[]): string {
  return JSON.stringify({ dataset, schemaVersion: OPEN_DATA_SCHEMA_VERSION, licence: OPEN_DATA_LICENCE, count: records.length, records });
}

/** CSV: lists (technologies, award titles) become one cell joined with "; ". The licence goes in a Link header. */
export function openDataCsv(dataset: Dataset, records: readonly Record<string, unknown>[]): string {
  const header = dataset === 'results' ? RESULT_FIELDS : PROJECT_FIELDS;
  return csvDocument(header, records.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Array.isArray(v) ? v.join('; ') : v]))));
}
