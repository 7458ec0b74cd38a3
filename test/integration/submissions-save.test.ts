import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, complianceItems, customQuestions, eventRoles, submissionConflicts, submissionRevisions, submissions, teams } from '@/db/schema';
import { loadActor, type Actor } from '@/lib/auth/actor';
import { listRevisions } from '@/lib/submissions/queries';
import { resolveConflict, saveSubmission, type SubmissionInput } from '@/lib/submissions/save';
import { submitProject, unsubmitProject } from '@/lib/submissions/status';
import { insertHackingTeam, insertUser } from './helpers/domain-rows';

const actorOf = async (user: { id: string }) => (await loadActor(user.id)) as Actor;

const input = (version: number, fields: Record<string, unknown> = {}, extra: Partial<SubmissionInput> = {}): SubmissionInput => ({
  fields: {
    title: '公車轉乘通',
    tagline: '低地板公車何時到，一看就知道',
    description: '## 功能\n- 即時到站',
    repositoryUrl: 'https://github.com/example/bus',
    technologies: 'Next.js, next.js ,PostgreSQL,, ',
    ...fields,
  },
  answers: {},
  compliance: [],
  version,
  ...extra,
});

async function savedOrThrow(actor: Actor, eventId: string, body: SubmissionInput) {
  const result = await saveSubmission(actor, eventId, body);
  if (!result.ok) throw new Error(`save refused: ${JSON.stringify(result.error)}`);
  return result.data;
}

describe('saveSubmission', () => {
  it('lets a member create and then edit the project, one revision and one audit row per save', async () => {
    const { event, team, members } = await insertHackingTeam();
    const [a, b] = [await actorOf(members[0]!), await actorOf(members[1]!)];
    const first = await savedOrThrow(a, event.id, input(0));
    expect(first.version).toBe(1);
    const second = await savedOrThrow(b, event.id, input(1, { title: '公車轉乘通 2.0' }));
    expect(second).toEqual({ submissionId: first.submissionId, version: 2 });

    const [row] = await db.select().from(submissions).where(eq(submissions.teamId, team.id));
    expect(row).toMatchObject({ title: '公車轉乘通 2.0', technologies: ['Next.js', 'PostgreSQL'], status: 'draft', updatedBy: b.userId });
    const revisions = await db.select().from(submissionRevisions).where(eq(submissionRevisions.submissionId, first.submissionId));
    expect(revisions.map((r) => [r.version, r.editedBy, r.snapshot.title])).toEqual(
      expect.arrayContaining([
        [1, a.userId, '公車轉乘通'],
        [2, b.userId, '公車轉乘通 2.0'],
      ]),
    );
    const audits = await db.select().from(auditLog).where(and(eq(auditLog.entityId, first.submissionId), eq(auditLog.action, 'submission.save')));
    expect(audits).toHaveLength(2);
  });

  it('answers not_found to someone outside the team and unauthenticated to nobody', async () => {
    const { event } = await insertHackingTeam();
    const outsider = await actorOf(await insertUser());
    expect(await saveSubmission(outsider, event.id, input(0))).toEqual({ ok: false, error: { code: 'not_found' } });
    expect(await saveSubmission(null, event.id, input(0))).toEqual({ ok: false, error: { code: 'unauthenticated' } });
    expect(await db.select().from(submissions).where(eq(submissions.eventId, event.id))).toHaveLength(0);
  });

  it('reports every bad field with its catalog key and writes nothing', async () => {
    const { event, members } = await insertHackingTeam();
    const result = await saveSubmission(await actorOf(members[0]!), event.id, input(0, { title: ' ', repositoryUrl: 'javascript:alert(1)', demoUrl: 'ftp://x.example' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation');
    expect(result.error.fieldErrors).toMatchObject({
      title: ['submissions.errors.titleRequired'],
      repositoryUrl: ['submissions.errors.urlInvalid'],
      demoUrl: ['submissions.errors.urlInvalid'],
    });
    expect(await db.select().from(submissions).where(eq(submissions.eventId, event.id))).toHaveLength(0);
  });

  it('refuses a track of another event, and answers that are not among the options', async () => {
    const { event, members } = await insertHackingTeam();
    const other = await insertHackingTeam();
    const [question] = await db
      .insert(customQuestions)
      .values({ eventId: event.id, scope: 'submission', kind: 'single_choice', labelEn: 'Stage', options: [{ value: 'a', labelZh: 'A', labelEn: 'A' }] })
      .returning();
    const [track] = await db.execute<{ id: string }>(
      sql`insert into tracks (event_id, slug, name_en) values (${other.event.id}, 'elsewhere', 'Elsewhere') returning id`,
    );
    const result = await saveSubmission(await actorOf(members[0]!), event.id, input(0, { trackId: track!.id }, { answers: { [question!.id]: 'zzz' } }));
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { [`answer.${question!.id}`]: ['submissions.errors.choiceInvalid'] } } });
    const trackOnly = await saveSubmission(await actorOf(members[0]!), event.id, input(0, { trackId: track!.id }));
    expect(trackOnly).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { trackId: ['submissions.errors.trackInvalid'] } } });
  });

  it('refuses a withdrawn team, and any team before hacking starts', async () => {
    const { event, team, members } = await insertHackingTeam();
    await db.update(teams).set({ status: 'withdrawn' }).where(eq(teams.id, team.id));
    expect(await saveSubmission(await actorOf(members[0]!), event.id, input(0))).toEqual({ ok: false, error: { code: 'closed' } });

    const early = await insertHackingTeam({ eventOverrides: { hackingStartsAt: new Date(Date.now() + 3600_000) } });
    expect(await saveSubmission(await actorOf(early.members[0]!), early.event.id, input(0))).toEqual({ ok: false, error: { code: 'closed' } });
  });
});

describe('two members saving the same version at once', () => {
  it('saves one, keeps the other whole in submission_conflicts, and "keep mine" puts it on top of the latest', async () => {
    const { event, members } = await insertHackingTeam({ size: 3 });
    const [a, b, c] = await Promise.all(members.map(actorOf));
    const { submissionId } = await savedOrThrow(a!, event.id, input(0));

    const results = await Promise.all([
      saveSubmission(b!, event.id, input(1, { title: 'B 的版本' })),
      saveSubmission(c!, event.id, input(1, { title: 'C 的版本' })),
    ]);
    const winners = results.filter((r) => r.ok);
    const losers = results.filter((r) => !r.ok);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const loser = losers[0]!;
    expect(loser.ok === false && loser.error.code).toBe('stale_version');
    const conflictId = 'conflictId' in loser ? loser.conflictId : '';
    const [conflict] = await db.select().from(submissionConflicts).where(eq(submissionConflicts.id, conflictId));
    const loserTitle = results[0]!.ok ? 'C 的版本' : 'B 的版本';
    expect(conflict).toMatchObject({ submissionId, baseVersion: 1, resolvedAt: null });
    expect(conflict!.snapshot).toMatchObject({ title: loserTitle, technologies: ['Next.js', 'PostgreSQL'] });
    const [row] = await db.select().from(submissions).where(eq(submissions.id, submissionId));
    expect(row!.version).toBe(2);
    expect(row!.title).not.toBe(loserTitle);

    // The slower member reconciles against version 2: their content becomes version 3.
    const loserActor = results[0]!.ok ? c! : b!;
    expect(await resolveConflict(loserActor, conflictId, 'mine', 1)).toMatchObject({ ok: false, error: { code: 'stale_version' } });
    const kept = await resolveConflict(loserActor, conflictId, 'mine', 2);
    expect(kept).toEqual({ ok: true, data: { submissionId, version: 3 } });
    const [after] = await db.select().from(submissions).where(eq(submissions.id, submissionId));
    expect(after!.title).toBe(loserTitle);
    const [resolved] = await db.select().from(submissionConflicts).where(eq(submissionConflicts.id, conflictId));
    expect(resolved!.resolvedAt).not.toBeNull();
    expect(await resolveConflict(loserActor, conflictId, 'theirs', 3)).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('two members creating the project at once: one creates it, the other gets stale_version', async () => {
    const { event, team, members } = await insertHackingTeam();
    const [a, b] = await Promise.all(members.map(actorOf));
    const results = await Promise.all([saveSubmission(a!, event.id, input(0, { title: 'A' })), saveSubmission(b!, event.id, input(0, { title: 'B' }))]);
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code)).sort()).toEqual(['ok', 'stale_version']);
    expect(await db.select().from(submissions).where(eq(submissions.teamId, team.id))).toHaveLength(1);
  });

  it('an outsider cannot resolve a team’s conflict', async () => {
    const { event, members } = await insertHackingTeam();
    const [a, b] = await Promise.all(members.map(actorOf));
    await savedOrThrow(a!, event.id, input(0));
    await savedOrThrow(a!, event.id, input(1, { title: 'newer' }));
    const stale = await saveSubmission(b!, event.id, input(1, { title: 'older' }));
    const conflictId = 'conflictId' in stale ? stale.conflictId : '';
    expect(conflictId).not.toBe('');
    const outsider = await actorOf(await insertUser());
    expect(await resolveConflict(outsider, conflictId, 'mine', 2)).toEqual({ ok: false, error: { code: 'not_found' } });
  });
});

describe('submitProject', () => {
  it('refuses a team below the event minimum, though its draft is saved', async () => {
    const { event, members } = await insertHackingTeam({ size: 1 });
    const a = await actorOf(members[0]!);
    const { submissionId, version } = await savedOrThrow(a, event.id, input(0));
    expect(await submitProject(a, submissionId, version)).toEqual({
      ok: false,
      error: { code: 'validation', fieldErrors: { team: ['submissions.errors.teamTooSmall'] } },
    });
  });

  it('needs every checklist item and required answer, then submits and unsubmits with the version', async () => {
    const { event, members } = await insertHackingTeam();
    const a = await actorOf(members[0]!);
    const [item] = await db.insert(complianceItems).values({ eventId: event.id, labelEn: 'Repository is public' }).returning();
    const [question] = await db
      .insert(customQuestions)
      .values({ eventId: event.id, scope: 'submission', kind: 'short_text', labelEn: 'Team motto', isRequired: true })
      .returning();
    const draft = await savedOrThrow(a, event.id, input(0));
    expect(await submitProject(a, draft.submissionId, draft.version)).toEqual({
      ok: false,
      error: {
        code: 'validation',
        fieldErrors: { [`answer.${question!.id}`]: ['submissions.errors.answerRequired'], [`compliance.${item!.id}`]: ['submissions.errors.complianceRequired'] },
      },
    });
    const complete = await savedOrThrow(a, event.id, input(draft.version, {}, { answers: { [question!.id]: '一起讓城市更好' }, compliance: [item!.id] }));
    expect(await submitProject(a, complete.submissionId, complete.version - 1)).toEqual({ ok: false, error: { code: 'stale_version' } });
    const submitted = await submitProject(a, complete.submissionId, complete.version);
    expect(submitted).toMatchObject({ ok: true, data: { status: 'submitted', version: complete.version + 1 } });
    const [row] = await db.select().from(submissions).where(eq(submissions.id, complete.submissionId));
    expect(row!.submittedAt).not.toBeNull();

    // A submitted project stays complete: unticking the checklist is refused.
    const untick = await saveSubmission(a, event.id, input(complete.version + 1, {}, { answers: { [question!.id]: 'x' }, compliance: [] }));
    expect(untick).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { [`compliance.${item!.id}`]: ['submissions.errors.complianceRequired'] } } });

    const back = await unsubmitProject(a, complete.submissionId, complete.version + 1);
    expect(back).toMatchObject({ ok: true, data: { status: 'draft' } });
    const outsider = await actorOf(await insertUser());
    expect(await submitProject(outsider, complete.submissionId, complete.version + 2)).toEqual({ ok: false, error: { code: 'not_found' } });
  });
});

describe('listRevisions', () => {
  it('shows the history to members and organizers, and not_found to anyone else', async () => {
    const { event, members } = await insertHackingTeam();
    const a = await actorOf(members[0]!);
    const first = await savedOrThrow(a, event.id, input(0));
    await savedOrThrow(a, event.id, input(1, { title: 'second' }));
    const own = await listRevisions(a, first.submissionId);
    expect(own.ok && own.data.map((r) => [r.version, r.editorName])).toEqual([
      [2, 'Member 1'],
      [1, 'Member 1'],
    ]);
    const organizer = await insertUser();
    await db.insert(eventRoles).values({ eventId: event.id, userId: organizer.id, role: 'organizer' });
    expect((await listRevisions(await actorOf(organizer), first.submissionId)).ok).toBe(true);
    expect(await listRevisions(await actorOf(await insertUser()), first.submissionId)).toEqual({ ok: false, error: { code: 'not_found' } });
  });
});
