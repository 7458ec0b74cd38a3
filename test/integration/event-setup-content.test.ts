import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, customQuestions, eventRoles, prizes, registrations, tracks } from '@/db/schema';
import { loadActor, type Actor } from '@/lib/auth/actor';
import { createComplianceItem, deleteComplianceItem } from '@/lib/events/compliance';
import { grantOrganizer, listOrganizers, revokeOrganizer } from '@/lib/events/organizers';
import { createPrize } from '@/lib/events/prizes';
import { createQuestion, deleteQuestion, listQuestions, updateQuestion } from '@/lib/events/questions';
import { createTrack, deleteTrack, updateTrack } from '@/lib/events/tracks';
import { insertEvent, insertTrack, insertUser } from './helpers/domain-rows';

/* Tracks, prizes, questions, the compliance checklist and the organizer role, against the real database. */
const actorOf = async (user: { id: string }) => (await loadActor(user.id)) as Actor;

async function organizedEvent() {
  const event = await insertEvent({ isPublished: false });
  const organizer = await insertUser();
  await db.insert(eventRoles).values({ eventId: event.id, userId: organizer.id, role: 'organizer' });
  return { event, organizer, actor: await actorOf(organizer) };
}

const auditActions = async (eventId: string) =>
  (await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.eventId, eventId)).orderBy(auditLog.id)).map((r) => r.action);

describe('tracks and prizes', () => {
  it('creates a track with dataset links and a unique slug, edits and deletes it, each audited', async () => {
    const { event, actor } = await organizedEvent();
    const input = { nameZh: '交通', nameEn: 'Transport', departmentZh: '交通局', datasets: 'YouBike | https://data.taipei/youbike\nhttps://data.taipei/bus', position: '1' };
    const first = await createTrack(actor, event.id, input);
    const second = await createTrack(actor, event.id, input);
    expect(first.ok && second.ok).toBe(true);
    const rows = await db.select().from(tracks).where(eq(tracks.eventId, event.id)).orderBy(tracks.slug);
    expect(rows.map((r) => r.slug)).toEqual(['transport', 'transport-2']);
    expect(rows[0]!.datasetLinks).toEqual([{ title: 'YouBike', url: 'https://data.taipei/youbike' }, { title: 'https://data.taipei/bus', url: 'https://data.taipei/bus' }]);

    const id = first.ok ? first.data.id : '';
    expect((await updateTrack(actor, id, { ...input, nameEn: 'Mobility' })).ok).toBe(true);
    expect((await deleteTrack(actor, id)).ok).toBe(true);
    expect(await auditActions(event.id)).toEqual(['track.created', 'track.created', 'track.updated', 'track.deleted']);
  });

  it('refuses a dataset link that is not a web address, beside the datasets field', async () => {
    const { event, actor } = await organizedEvent();
    const result = await createTrack(actor, event.id, { nameEn: 'X', datasets: 'Bad | javascript:alert(1)' });
    expect(result).toEqual({ ok: false, error: { code: 'validation', fieldErrors: { datasets: ['eventSetup.errors.datasetsInvalid'] } } });
  });

  it('creates overall and track prizes; refuses a track of another event and a prize with neither amount nor description', async () => {
    const { event, actor } = await organizedEvent();
    const track = await insertTrack(event.id);
    const foreignTrack = await insertTrack((await insertEvent()).id);
    expect((await createPrize(actor, event.id, { nameEn: 'Grand prize', amount: '100000', count: '1' })).ok).toBe(true);
    expect((await createPrize(actor, event.id, { nameZh: '佳作', descriptionZh: '輔導資源', trackId: track.id, count: '3' })).ok).toBe(true);
    expect(await createPrize(actor, event.id, { nameEn: 'Stolen', amount: '1', trackId: foreignTrack.id })).toEqual({
      ok: false,
      error: { code: 'validation', fieldErrors: { trackId: ['eventSetup.errors.trackInvalid'] } },
    });
    expect(await createPrize(actor, event.id, { nameEn: 'Nothing' })).toEqual({
      ok: false,
      error: { code: 'validation', fieldErrors: { amount: ['eventSetup.errors.amountOrDescription'] } },
    });
    expect(await db.select().from(prizes).where(eq(prizes.eventId, event.id))).toHaveLength(2);
  });

  it('refuses a participant, a judge and an organizer of another event', async () => {
    const { event } = await organizedEvent();
    const judge = await insertUser();
    await db.insert(eventRoles).values({ eventId: event.id, userId: judge.id, role: 'judge' });
    const other = await organizedEvent();
    for (const actor of [await actorOf(await insertUser()), await actorOf(judge), other.actor]) {
      expect(await createTrack(actor, event.id, { nameEn: 'Sneaky' })).toEqual({ ok: false, error: { code: 'not_found' } });
      expect(await createPrize(actor, event.id, { nameEn: 'Sneaky', amount: '1' })).toEqual({ ok: false, error: { code: 'not_found' } });
      expect(await createQuestion(actor, event.id, { scope: 'registration', kind: 'short_text', labelEn: 'Sneaky' })).toEqual({ ok: false, error: { code: 'not_found' } });
      expect(await grantOrganizer(actor, event.id, { email: actor.email })).toEqual({ ok: false, error: { code: 'not_found' } });
    }
    expect(await auditActions(event.id)).toEqual([]);
  });
});

describe('custom questions', () => {
  async function answered(eventId: string, questionId: string, value: unknown) {
    const user = await insertUser();
    await db.insert(registrations).values({
      eventId,
      userId: user.id,
      displayName: 'Answerer',
      consentRulesAt: new Date(),
      consentDataAt: new Date(),
      answers: { [questionId]: value },
    });
  }

  it('creates a choice question with options; a choice kind needs two options', async () => {
    const { event, actor } = await organizedEvent();
    const tooFew = await createQuestion(actor, event.id, { scope: 'registration', kind: 'single_choice', labelEn: 'Shirt size', options: 'S | S' });
    expect(!tooFew.ok && tooFew.error.fieldErrors).toEqual({ options: ['eventSetup.errors.optionsTooFew'] });
    const ok = await createQuestion(actor, event.id, { scope: 'registration', kind: 'single_choice', labelEn: 'Shirt size', options: '小 | S\n中 | M', isRequired: 'on' });
    expect(ok.ok).toBe(true);
    const [row] = await db.select().from(customQuestions).where(eq(customQuestions.eventId, event.id));
    expect(row!.options).toEqual([{ value: 'option-1', labelZh: '小', labelEn: 'S' }, { value: 'option-2', labelZh: '中', labelEn: 'M' }]);
    expect(row!.isRequired).toBe(true);
  });

  it('changes the kind freely before anyone answers, and refuses it (and deletion, and dropping an answered option) after', async () => {
    const { event, actor } = await organizedEvent();
    const created = await createQuestion(actor, event.id, { scope: 'registration', kind: 'single_choice', labelEn: 'Diet', options: 'option-1 | 葷 | Meat\noption-2 | 素 | Vegetarian' });
    const id = created.ok ? created.data.id : '';
    const base = { scope: 'registration', kind: 'single_choice', labelEn: 'Diet', options: 'option-1 | 葷 | Meat\noption-2 | 素 | Vegetarian' };
    expect((await updateQuestion(actor, id, { ...base, kind: 'multi_choice' })).ok).toBe(true);
    expect((await updateQuestion(actor, id, base)).ok).toBe(true);

    await answered(event.id, id, 'option-2');
    await answered(event.id, id, 'option-1');
    const listed = await listQuestions(actor, event.slug);
    expect(listed.ok && listed.data.questions.map((q) => q.answers)).toEqual([2]);
    expect(await updateQuestion(actor, id, { ...base, kind: 'short_text' })).toEqual({ ok: false, error: { code: 'conflict', fieldErrors: { kind: ['eventSetup.errors.kindLocked'] } } });
    expect(await updateQuestion(actor, id, { ...base, options: 'option-1 | 葷 | Meat\noption-3 | 蛋奶素 | Lacto-ovo' })).toEqual({
      ok: false,
      error: { code: 'conflict', fieldErrors: { options: ['eventSetup.errors.optionInUse'] } },
    });
    expect(await deleteQuestion(actor, id)).toEqual({ ok: false, error: { code: 'conflict', fieldErrors: { form: ['eventSetup.errors.questionAnswered'] } } });
    // Labels, "required" and new options remain editable.
    const relabelled = await updateQuestion(actor, id, { ...base, labelZh: '飲食', isRequired: 'on', options: `${base.options}\noption-3 | 蛋奶素 | Lacto-ovo` });
    expect(relabelled.ok).toBe(true);
    const [row] = await db.select().from(customQuestions).where(eq(customQuestions.id, id));
    expect([row!.kind, row!.labelZh, row!.options.length]).toEqual(['single_choice', '飲食', 3]);
  });
});

describe('compliance checklist', () => {
  it('adds and removes items, audited', async () => {
    const { event, actor } = await organizedEvent();
    const created = await createComplianceItem(actor, event.id, { labelZh: '程式碼已公開', labelEn: 'Repository is public' });
    expect(created.ok).toBe(true);
    expect((await deleteComplianceItem(actor, created.ok ? created.data.id : '')).ok).toBe(true);
    expect(await auditActions(event.id)).toEqual(['compliance_item.created', 'compliance_item.deleted']);
  });
});

describe('organizer role', () => {
  it('grants by e-mail of an existing account (any case), restores a revoked role, refuses unknown addresses and duplicates', async () => {
    const { event, actor } = await organizedEvent();
    const colleague = await insertUser();
    expect(await grantOrganizer(actor, event.id, { email: colleague.email.toUpperCase() })).toEqual({ ok: true, data: { userId: colleague.id } });
    expect(await grantOrganizer(actor, event.id, { email: colleague.email })).toEqual({ ok: false, error: { code: 'conflict', fieldErrors: { email: ['eventSetup.errors.alreadyOrganizer'] } } });
    expect(await grantOrganizer(actor, event.id, { email: 'nobody@example.com' })).toEqual({ ok: false, error: { code: 'validation', fieldErrors: { email: ['eventSetup.errors.accountNotFound'] } } });

    // The new organizer can act at once, and revoke the one who granted them.
    expect((await revokeOrganizer(await actorOf(colleague), event.id, actor.userId)).ok).toBe(true);
    expect(await createTrack(actor, event.id, { nameEn: 'After revocation' })).toEqual({ ok: false, error: { code: 'not_found' } });
    expect((await grantOrganizer(await actorOf(colleague), event.id, { email: actor.email })).ok).toBe(true);
    const list = await listOrganizers(actor, event.slug);
    expect(list.ok && list.data.organizers.map((o) => o.userId).sort()).toEqual([actor.userId, colleague.id].sort());
    expect(await auditActions(event.id)).toEqual(['event_role.granted', 'event_role.revoked', 'event_role.granted']);
  });

  it('cannot revoke the last organizer, even a site admin; two organizers revoking each other at once leave one', async () => {
    const { event, actor } = await organizedEvent();
    const admin = await actorOf(await insertUser({ isSiteAdmin: true }));
    expect(await revokeOrganizer(admin, event.id, actor.userId)).toEqual({ ok: false, error: { code: 'conflict', fieldErrors: { form: ['eventSetup.errors.lastOrganizer'] } } });

    const colleague = await insertUser();
    await grantOrganizer(actor, event.id, { email: colleague.email });
    const both = await Promise.all([revokeOrganizer(actor, event.id, colleague.id), revokeOrganizer(await actorOf(colleague), event.id, actor.userId)]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    const live = await db.select().from(eventRoles).where(and(eq(eventRoles.eventId, event.id), eq(eventRoles.role, 'organizer'), isNull(eventRoles.revokedAt)));
    expect(live).toHaveLength(1);
  });
});
