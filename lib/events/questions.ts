import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { customQuestions, registrations, submissions } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { questionSchema } from '@/lib/validation/events';
import { isUuid, parseOrFail, requireManagedEvent } from './setup-access';

/*
 * Custom registration and submission questions. Answers are stored by question id (registrations.answers,
 * submissions.answers), so once anyone has answered, a question's MEANING is frozen: its kind and scope
 * cannot change (a text answer is not a choice) and an answered option cannot disappear. The organizer is
 * told why, beside the field, and can add a new question instead; labels, "required" and order stay editable.
 */
type QuestionRow = typeof customQuestions.$inferSelect;

export async function listQuestions(actor: Actor | null, slug: string) {
  return runDomain(async () => {
    const event = await requireManagedEvent(actor, { slug });
    const [rows, counts] = await Promise.all([
      db
        .select()
        .from(customQuestions)
        .where(eq(customQuestions.eventId, event.id))
        .orderBy(asc(customQuestions.scope), asc(customQuestions.position), asc(customQuestions.createdAt)),
      answerCounts(event.id),
    ]);
    return { event, questions: rows.map((q) => ({ ...q, answers: counts.get(`${q.scope}:${q.id}`) ?? 0 })) };
  });
}

/** How many registrations and submissions of the event answered each question, keyed "scope:questionId". */
async function answerCounts(eventId: string): Promise<Map<string, number>> {
  const count = (table: typeof registrations | typeof submissions, scope: string) =>
    db.execute<{ key: string; n: number }>(sql`
      select ${scope} || ':' || k as key, count(*)::int as n
      from ${table}, jsonb_object_keys(${table.answers}) as k
      where ${table.eventId} = ${eventId}
      group by k`);
  const [r, s] = await Promise.all([count(registrations, 'registration'), count(submissions, 'submission')]);
  return new Map([...r, ...s].map((row) => [row.key, Number(row.n)]));
}

/** The answers given to one question, for the frozen-meaning rule. */
async function answersOf(tx: Tx, question: QuestionRow): Promise<unknown[]> {
  const table = question.scope === 'registration' ? registrations : submissions;
  const rows = await tx
    .select({ value: sql<unknown>`${table.answers} -> ${question.id}::text` })
    .from(table)
    .where(and(eq(table.eventId, question.eventId), sql`${table.answers} -> ${question.id}::text is not null`));
  return rows.map((r) => r.value);
}

export async function createQuestion(actor: Actor | null, eventId: string, input: Record<string, unknown>): Promise<Result<{ id: string }>> {
  return runDomain(async () => {
    const data = parseOrFail(questionSchema, input);
    return db.transaction(async (tx) => {
      const event = await requireManagedEvent(actor, { id: eventId }, tx);
      const [row] = await tx.insert(customQuestions).values({ ...data, eventId: event.id }).returning({ id: customQuestions.id });
      await writeAudit(tx, { actorId: actor!.userId, eventId: event.id, action: 'question.created', entityType: 'custom_question', entityId: row!.id, data });
      return row!;
    });
  });
}

export async function updateQuestion(actor: Actor | null, questionId: unknown, input: Record<string, unknown>): Promise<Result<{ id: string }>> {
  return runDomain(async () => {
    const data = parseOrFail(questionSchema, input);
    return db.transaction(async (tx) => {
      const question = await managedQuestion(tx, actor, questionId);
      const answers = await answersOf(tx, question);
      if (answers.length > 0) {
        if (data.kind !== question.kind) throw new DomainFailure('conflict', { kind: ['eventSetup.errors.kindLocked'] });
        if (data.scope !== question.scope) throw new DomainFailure('conflict', { scope: ['eventSetup.errors.scopeLocked'] });
        const kept = new Set(data.options.map((o) => o.value));
        const used = new Set(answers.flatMap((a) => (Array.isArray(a) ? a : [a])).filter((v): v is string => typeof v === 'string'));
        if (question.options.some((o) => used.has(o.value) && !kept.has(o.value))) {
          throw new DomainFailure('conflict', { options: ['eventSetup.errors.optionInUse'] });
        }
      }
      await tx.update(customQuestions).set(data).where(eq(customQuestions.id, question.id));
      await writeAudit(tx, { actorId: actor!.userId, eventId: question.eventId, action: 'question.updated', entityType: 'custom_question', entityId: question.id, data: { before: question, after: data } });
      return { id: question.id };
    });
  });
}

/** An answered question is not deleted (the answers would lose their meaning); the organizer is told so. */
export async function deleteQuestion(actor: Actor | null, questionId: unknown): Promise<Result<{ id: string }>> {
  return runDomain(() =>
    db.transaction(async (tx) => {
      const question = await managedQuestion(tx, actor, questionId);
      if ((await answersOf(tx, question)).length > 0) throw new DomainFailure('conflict', { form: ['eventSetup.errors.questionAnswered'] });
      await tx.delete(customQuestions).where(eq(customQuestions.id, question.id));
      await writeAudit(tx, { actorId: actor!.userId, eventId: question.eventId, action: 'question.deleted', entityType: 'custom_question', entityId: question.id, data: { before: question } });
      return { id: question.id };
    }),
  );
}

/** The question row locked FOR UPDATE, so two organizers' edits of it apply one after the other. */
async function managedQuestion(tx: Tx, actor: Actor | null, questionId: unknown): Promise<QuestionRow> {
  if (!isUuid(questionId)) throw new DomainFailure('not_found');
  const [owner] = await tx.select({ eventId: customQuestions.eventId }).from(customQuestions).where(eq(customQuestions.id, questionId)).limit(1);
  if (!owner) throw new DomainFailure('not_found');
  await requireManagedEvent(actor, { id: owner.eventId }, tx);
  const [question] = await tx.select().from(customQuestions).where(eq(customQuestions.id, questionId)).for('update');
  if (!question) throw new DomainFailure('not_found');
  return question;
}
