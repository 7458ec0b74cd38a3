import 'server-only';
import { and, asc, desc, eq, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { submissionFiles, submissionRevisions, submissions, teams } from '@/db/schema';

export type JudgedProject = {
  title: string;
  tagline: string;
  description: string;
  links: { kind: 'repositoryUrl' | 'demoUrl' | 'videoUrl' | 'slidesUrl'; url: string }[];
  technologies: string[];
  teamName: string;
  revisionVersion: number | null;
  images: { id: string; kind: string; altText: string }[];
};

const LINKS = ['repositoryUrl', 'demoUrl', 'videoUrl', 'slidesUrl'] as const;

/**
 * The project as it stood at its team's deadline (the event's, or the team's extension): the last revision
 * saved before it. The live row is the fallback for projects without revisions (seeded history). Images
 * cannot change after the deadline (a trigger refuses it), so the current files are the deadline's files.
 */
export async function loadProjectAtDeadline(tx: DbOrTx, submissionId: string): Promise<JudgedProject | null> {
  const [row] = await tx
    .select({ submission: submissions, teamName: teams.name })
    .from(submissions)
    .innerJoin(teams, eq(teams.id, submissions.teamId))
    .where(eq(submissions.id, submissionId));
  if (!row) return null;
  const [revision] = await tx
    .select({ version: submissionRevisions.version, snapshot: submissionRevisions.snapshot })
    .from(submissionRevisions)
    .where(
      and(
        eq(submissionRevisions.submissionId, submissionId),
        lt(submissionRevisions.createdAt, sql`submission_deadline_of(${row.submission.teamId}, ${row.submission.eventId})`),
      ),
    )
    .orderBy(desc(submissionRevisions.version))
    .limit(1);
  const source = (revision?.snapshot ?? row.submission) as Record<string, unknown>;
  const text = (key: string) => (typeof source[key] === 'string' ? (source[key] as string) : '');
  const images = await tx
    .select({ id: submissionFiles.id, kind: submissionFiles.kind, altText: submissionFiles.altText })
    .from(submissionFiles)
    .where(eq(submissionFiles.submissionId, submissionId))
    .orderBy(asc(submissionFiles.kind), asc(submissionFiles.position));
  return {
    title: text('title') || row.submission.title,
    tagline: text('tagline'),
    description: text('description'),
    links: LINKS.flatMap((kind) => (text(kind) ? [{ kind, url: text(kind) }] : [])),
    technologies: Array.isArray(source.technologies) ? (source.technologies as string[]) : [],
    teamName: row.teamName,
    revisionVersion: revision?.version ?? null,
    images,
  };
}
