import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { db, type DbOrTx } from '@/db/client';
import { events, showcaseNameChoices, showcaseOptOuts, submissions, teams } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { requireActor } from '@/lib/auth/guards';
import { writeAudit } from '@/lib/audit';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { fieldErrorsOf } from '@/lib/validation/auth';
import { nameChoiceSchema, projectListingSchema } from '@/lib/validation/showcase';

/*
 * The two showcase choices people make about themselves: whether their name shows on public project pages
 * (everyone, for themselves), and whether a project is listed in the public gallery (the team's captain,
 * for the team). Each is one transaction with its audit row; the caller revalidates the showcase cache.
 */
export type ShowcaseChoices = {
  isNamePublic: boolean;
  projects: { submissionId: string; title: string; eventSlug: string; slug: string; isListed: boolean }[];
};

export async function getShowcaseChoices(actor: Actor, executor: DbOrTx = db): Promise<ShowcaseChoices> {
  const [[choice], projects] = await Promise.all([
    executor.select({ isNamePublic: showcaseNameChoices.isNamePublic }).from(showcaseNameChoices).where(eq(showcaseNameChoices.userId, actor.userId)),
    executor
      .select({
        submissionId: submissions.id,
        title: submissions.title,
        eventSlug: events.slug,
        slug: submissions.slug,
        isListed: sql<boolean>`not exists (select 1 from ${showcaseOptOuts} where ${showcaseOptOuts.submissionId} = ${submissions.id})`,
      })
      .from(submissions)
      .innerJoin(teams, eq(teams.id, submissions.teamId))
      .innerJoin(events, eq(events.id, submissions.eventId))
      .where(and(eq(teams.captainId, actor.userId), eq(submissions.status, 'submitted')))
      .orderBy(asc(events.hackingStartsAt)),
  ]);
  return { isNamePublic: choice?.isNamePublic ?? false, projects };
}

export async function setNameVisibility(actor: Actor | null, input: Record<string, unknown>): Promise<Result<{ isNamePublic: boolean }>> {
  return runDomain(async () => {
    const a = requireActor(actor);
    const parsed = nameChoiceSchema.safeParse(input);
    if (!parsed.success) throw new DomainFailure('validation', fieldErrorsOf(parsed.error));
    const { isNamePublic } = parsed.data;
    return db.transaction(async (tx) => {
      await tx
        .insert(showcaseNameChoices)
        .values({ userId: a.userId, isNamePublic })
        .onConflictDoUpdate({ target: showcaseNameChoices.userId, set: { isNamePublic, updatedAt: sql`now()` } });
      await writeAudit(tx, { actorId: a.userId, action: 'showcase.name_visibility', entityType: 'user', entityId: a.userId, data: { isNamePublic } });
      return { isNamePublic };
    });
  });
}

/** Lists or withdraws a project; only its team's captain may, anyone else is told it does not exist. */
export async function setProjectListed(actor: Actor | null, input: Record<string, unknown>): Promise<Result<{ submissionId: string; isListed: boolean }>> {
  return runDomain(async () => {
    const a = requireActor(actor);
    const parsed = projectListingSchema.safeParse(input);
    if (!parsed.success) throw new DomainFailure('validation', fieldErrorsOf(parsed.error));
    const { submissionId, listed } = parsed.data;
    return db.transaction(async (tx) => {
      // Locks the submission so a concurrent captain change or second click serialises behind this one.
      const [row] = await tx
        .select({ eventId: submissions.eventId, captainId: teams.captainId })
        .from(submissions)
        .innerJoin(teams, eq(teams.id, submissions.teamId))
        .where(eq(submissions.id, submissionId))
        .for('update', { of: submissions });
      if (!row || row.captainId !== a.userId) throw new DomainFailure('not_found');
      if (listed) await tx.delete(showcaseOptOuts).where(eq(showcaseOptOuts.submissionId, submissionId));
      else await tx.insert(showcaseOptOuts).values({ submissionId, optedOutBy: a.userId }).onConflictDoNothing();
      await writeAudit(tx, { actorId: a.userId, eventId: row.eventId, action: 'showcase.project_listing', entityType: 'submission', entityId: submissionId, data: { listed } });
      return { submissionId, isListed: listed };
    });
  });
}
