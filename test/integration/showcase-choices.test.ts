import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, showcaseNameChoices, showcaseOptOuts } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { getShowcaseChoices, setNameVisibility, setProjectListed } from '@/lib/showcase/choices';
import { getPublicProject } from '@/lib/showcase/project';
import { listGallery } from '@/lib/showcase/gallery';
import { showcaseEvent } from './helpers/showcase-fixture';

let fx: Awaited<ReturnType<typeof showcaseEvent>>;
const actorOf = (user: { id: string; email: string; name: string | null }): Actor => ({ userId: user.id, email: user.email, name: user.name, isSiteAdmin: false });

beforeAll(async () => {
  fx = await showcaseEvent('Choices', 'public');
});

describe('name visibility', () => {
  it('a member shows and hides their own name on public project pages, audited', async () => {
    const member = actorOf(fx.plain.member);
    const before = (await getPublicProject(fx.event.slug, fx.plain.submission.slug))!;
    expect(before.publicMembers).toEqual([]);

    expect(await setNameVisibility(member, { isNamePublic: 'on' })).toEqual({ ok: true, data: { isNamePublic: true } });
    expect((await getPublicProject(fx.event.slug, fx.plain.submission.slug))!.publicMembers).toEqual(['Choices Plain Bus member']);
    expect((await getShowcaseChoices(member)).isNamePublic).toBe(true);

    // An unticked checkbox posts nothing: that means private again.
    expect(await setNameVisibility(member, {})).toEqual({ ok: true, data: { isNamePublic: false } });
    expect((await getPublicProject(fx.event.slug, fx.plain.submission.slug))!.publicMembers).toEqual([]);
    const audits = await db.select().from(auditLog).where(and(eq(auditLog.actorId, member.userId), eq(auditLog.action, 'showcase.name_visibility')));
    expect(audits.map((a) => a.data)).toEqual(expect.arrayContaining([{ isNamePublic: true }, { isNamePublic: false }]));
  });

  it('refuses an anonymous caller', async () => {
    expect(await setNameVisibility(null, { isNamePublic: 'on' })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });
});

describe('project listing', () => {
  it('the captain withdraws and relists a project; the gallery follows', async () => {
    const captain = actorOf(fx.plain.captain);
    const listed = async () => (await listGallery({ event: fx.event.slug })).items.map((i) => i.title);
    expect(await listed()).toContain('Choices Plain Bus');
    expect(await setProjectListed(captain, { submissionId: fx.plain.submission.id, listed: 'false' })).toMatchObject({ ok: true });
    expect(await listed()).not.toContain('Choices Plain Bus');
    expect(await getPublicProject(fx.event.slug, fx.plain.submission.slug)).toBeNull();
    const choices = await getShowcaseChoices(captain);
    expect(choices.projects).toEqual([expect.objectContaining({ submissionId: fx.plain.submission.id, isListed: false })]);
    // Twice in a row is harmless (the second is a no-op insert), and relisting brings it back.
    expect(await setProjectListed(captain, { submissionId: fx.plain.submission.id, listed: 'false' })).toMatchObject({ ok: true });
    expect(await setProjectListed(captain, { submissionId: fx.plain.submission.id, listed: 'true' })).toMatchObject({ ok: true });
    expect(await listed()).toContain('Choices Plain Bus');
  });

  it('a team member who is not captain, or another team, is told the project does not exist', async () => {
    for (const user of [fx.plain.member, fx.gold.captain]) {
      expect(await setProjectListed(actorOf(user), { submissionId: fx.plain.submission.id, listed: 'false' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
    expect((await listGallery({ event: fx.event.slug })).items.map((i) => i.title)).toContain('Choices Plain Bus');
  });

  it('rejects malformed input per field', async () => {
    const result = await setProjectListed(actorOf(fx.plain.captain), { submissionId: 'nope', listed: 'maybe' });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { submissionId: ['showcase.errors.projectUnknown'], listed: ['showcase.errors.listedInvalid'] } } });
  });
});

describe('races', () => {
  it('two withdrawals of one project at once: both answer ok, one opt-out row, two audit rows', async () => {
    const captain = actorOf(fx.gold.captain);
    const results = await Promise.all([0, 1].map(() => setProjectListed(captain, { submissionId: fx.gold.submission.id, listed: 'false' })));
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect(await db.select().from(showcaseOptOuts).where(eq(showcaseOptOuts.submissionId, fx.gold.submission.id))).toHaveLength(1);
    const audits = await db.select().from(auditLog).where(and(eq(auditLog.entityId, fx.gold.submission.id), eq(auditLog.action, 'showcase.project_listing')));
    expect(audits).toHaveLength(2);
  });

  it('first-time name choices at once from two tabs: one row, no unique violation', async () => {
    const member = actorOf(fx.gold.member);
    await db.delete(showcaseNameChoices).where(eq(showcaseNameChoices.userId, member.userId));
    const results = await Promise.all([setNameVisibility(member, { isNamePublic: 'on' }), setNameVisibility(member, {})]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db.select().from(showcaseNameChoices).where(eq(showcaseNameChoices.userId, member.userId))).toHaveLength(1);
  });
});
