import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { db, type DbOrTx } from '@/db/client';
import { adoptions, awards, events, showcaseNameChoices, submissionFiles, submissions, teamMembers, teams, tracks, users } from '@/db/schema';
import { eventYearSql, publicProjectSql } from './public-scope';
import { awardBadgesSql, type AwardBadge } from './project-parts';

export type PublicProject = {
  id: string;
  slug: string;
  title: string;
  tagline: string;
  description: string;
  technologies: string[];
  repositoryUrl: string | null;
  demoUrl: string | null;
  videoUrl: string | null;
  slidesUrl: string | null;
  event: { id: string; slug: string; titleZh: string; titleEn: string; year: number };
  track: { slug: string; nameZh: string; nameEn: string } | null;
  teamName: string;
  /** Only members who chose to show their name; the rest are counted, never named. */
  publicMembers: string[];
  privateMemberCount: number;
  files: { id: string; kind: 'cover' | 'screenshot' | 'banner'; altText: string }[];
  awards: AwardBadge[];
  adoption: { status: string; targetRepositoryUrl: string; pullRequestUrl: string | null; mergedAt: string | null } | null;
};

/**
 * One public project by its stable URL (event slug + project slug), or null: unknown, a draft, or an
 * event whose results are not public (yet, or any more) all look the same from outside.
 */
export async function getPublicProject(eventSlug: string, projectSlug: string, executor: DbOrTx = db): Promise<PublicProject | null> {
  const [row] = await executor
    .select({
      id: submissions.id,
      slug: submissions.slug,
      title: submissions.title,
      tagline: submissions.tagline,
      description: submissions.description,
      technologies: submissions.technologies,
      repositoryUrl: submissions.repositoryUrl,
      demoUrl: submissions.demoUrl,
      videoUrl: submissions.videoUrl,
      slidesUrl: submissions.slidesUrl,
      teamId: submissions.teamId,
      eventId: events.id,
      eventSlug: events.slug,
      eventTitleZh: events.titleZh,
      eventTitleEn: events.titleEn,
      year: eventYearSql(),
      trackSlug: tracks.slug,
      trackNameZh: tracks.nameZh,
      trackNameEn: tracks.nameEn,
      teamName: teams.name,
      awards: awardBadgesSql(),
    })
    .from(submissions)
    .innerJoin(events, eq(events.id, submissions.eventId))
    .innerJoin(teams, eq(teams.id, submissions.teamId))
    .leftJoin(tracks, eq(tracks.id, submissions.trackId))
    .where(and(eq(events.slug, eventSlug), eq(submissions.slug, projectSlug), publicProjectSql()))
    .limit(1);
  if (!row) return null;

  const [members, files, [adoption]] = await Promise.all([
    executor
      .select({ name: users.name, isNamePublic: sql<boolean>`coalesce(${showcaseNameChoices.isNamePublic}, false)` })
      .from(teamMembers)
      .innerJoin(users, eq(users.id, teamMembers.userId))
      .leftJoin(showcaseNameChoices, eq(showcaseNameChoices.userId, teamMembers.userId))
      .where(eq(teamMembers.teamId, row.teamId))
      .orderBy(asc(teamMembers.joinedAt)),
    executor
      .select({ id: submissionFiles.id, kind: submissionFiles.kind, altText: submissionFiles.altText })
      .from(submissionFiles)
      .where(eq(submissionFiles.submissionId, row.id))
      .orderBy(asc(submissionFiles.kind), asc(submissionFiles.position)),
    executor
      .select({
        status: adoptions.status,
        targetRepositoryUrl: adoptions.targetRepositoryUrl,
        pullRequestUrl: adoptions.pullRequestUrl,
        mergedAt: adoptions.mergedAt,
      })
      .from(adoptions)
      .innerJoin(awards, eq(awards.id, adoptions.awardId))
      .where(eq(awards.submissionId, row.id))
      .orderBy(sql`${adoptions.status} = 'merged' desc`)
      .limit(1),
  ]);
  const named = members.filter((m) => m.isNamePublic && m.name && m.name.trim());
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    tagline: row.tagline,
    description: row.description,
    technologies: row.technologies,
    repositoryUrl: row.repositoryUrl,
    demoUrl: row.demoUrl,
    videoUrl: row.videoUrl,
    slidesUrl: row.slidesUrl,
    event: { id: row.eventId, slug: row.eventSlug, titleZh: row.eventTitleZh, titleEn: row.eventTitleEn, year: row.year },
    track: row.trackSlug ? { slug: row.trackSlug, nameZh: row.trackNameZh ?? '', nameEn: row.trackNameEn ?? '' } : null,
    teamName: row.teamName,
    publicMembers: named.map((m) => m.name!.trim()),
    privateMemberCount: members.length - named.length,
    files,
    awards: row.awards,
    adoption: adoption ? { ...adoption, mergedAt: adoption.mergedAt?.toISOString() ?? null } : null,
  };
}
