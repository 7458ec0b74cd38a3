import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { eventRoles, users } from '@/db/schema';
import { loadActor, type Actor } from '@/lib/auth/actor';
import { hasAnyRole, requireEventCapability, requireEventRole } from '@/lib/auth/guards';
import { DomainFailure } from '@/lib/result';
import { insertEvent, insertUser } from './helpers/domain-rows';

async function actorWithRole(eventId: string, role: 'organizer' | 'judge' | null, extra: Partial<typeof users.$inferInsert> = {}) {
  const user = await insertUser(extra);
  if (role) await db.insert(eventRoles).values({ eventId, userId: user.id, role });
  return (await loadActor(user.id))!;
}

const refusedWith = (code: string) => expect.objectContaining({ name: 'DomainFailure', code });

describe('guards, against the roles stored in the database', () => {
  it('lets an organizer act as organizer and use organizer capabilities', async () => {
    const event = await insertEvent({ isPublished: true });
    const organizer = await actorWithRole(event.id, 'organizer');
    await expect(requireEventRole(organizer, event.id, 'organizer')).resolves.toMatchObject({ id: event.id });
    await expect(requireEventCapability(organizer, event.id, 'results.publish')).resolves.toMatchObject({ id: event.id });
    expect(await hasAnyRole(organizer, 'organizer')).toBe(true);
    expect(await hasAnyRole(organizer, 'judge')).toBe(false);
  });

  it('refuses a judge an organizer capability, but grants scoring', async () => {
    const event = await insertEvent({ isPublished: true });
    const judge = await actorWithRole(event.id, 'judge');
    await expect(requireEventCapability(judge, event.id, 'event.manage')).rejects.toEqual(refusedWith('forbidden'));
    await expect(requireEventRole(judge, event.id, 'organizer')).rejects.toEqual(refusedWith('forbidden'));
    await expect(requireEventCapability(judge, event.id, 'judging.score')).resolves.toMatchObject({ id: event.id });
    expect(await hasAnyRole(judge, 'judge')).toBe(true);
  });

  it('stops honouring a revoked role at once', async () => {
    const event = await insertEvent({ isPublished: true });
    const judge = await actorWithRole(event.id, 'judge');
    await db.update(eventRoles).set({ revokedAt: new Date() }).where(eq(eventRoles.userId, judge.userId));
    await expect(requireEventRole(judge, event.id, 'judge')).rejects.toEqual(refusedWith('forbidden'));
    await expect(requireEventCapability(judge, event.id, 'judging.score')).rejects.toEqual(refusedWith('forbidden'));
    expect(await hasAnyRole(judge, 'judge')).toBe(false);
  });

  it('treats a site admin as organizer of every event, but not as its judge', async () => {
    const event = await insertEvent();
    const admin = await actorWithRole(event.id, null, { isSiteAdmin: true });
    await expect(requireEventRole(admin, event.id, 'organizer')).resolves.toMatchObject({ id: event.id });
    await expect(requireEventCapability(admin, event.id, 'judging.manage')).resolves.toMatchObject({ id: event.id });
    await expect(requireEventRole(admin, event.id, 'judge')).rejects.toEqual(refusedWith('not_found'));
    expect(await hasAnyRole(admin, 'organizer')).toBe(true);
  });

  it('answers not_found about an unpublished event to a stranger, forbidden about a published one', async () => {
    const draft = await insertEvent({ isPublished: false });
    const published = await insertEvent({ isPublished: true });
    const stranger = await actorWithRole(published.id, null);
    await expect(requireEventRole(stranger, draft.id, 'organizer')).rejects.toEqual(refusedWith('not_found'));
    await expect(requireEventCapability(stranger, draft.id, 'event.manage')).rejects.toEqual(refusedWith('not_found'));
    await expect(requireEventRole(stranger, published.id, 'organizer')).rejects.toEqual(refusedWith('forbidden'));
    await expect(requireEventCapability(stranger, published.id, 'event.manage')).rejects.toEqual(refusedWith('forbidden'));
  });

  it('answers not_found for an event that does not exist, and unauthenticated for no actor', async () => {
    const someone = (await loadActor((await insertUser()).id))!;
    await expect(requireEventRole(someone, crypto.randomUUID(), 'organizer')).rejects.toEqual(refusedWith('not_found'));
    await expect(requireEventRole(null, crypto.randomUUID(), 'organizer')).rejects.toBeInstanceOf(DomainFailure);
    await expect(requireEventRole(null, crypto.randomUUID(), 'organizer')).rejects.toEqual(refusedWith('unauthenticated'));
    expect(await hasAnyRole(null, 'organizer')).toBe(false);
  });

  it('loads no actor for a disabled or unknown account, and the current admin flag for a live one', async () => {
    const user = await insertUser({ name: '陳怡君', isSiteAdmin: true });
    expect(await loadActor(user.id)).toEqual<Actor>({ userId: user.id, email: user.email, name: '陳怡君', isSiteAdmin: true });
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    expect(await loadActor(user.id)).toBeNull();
    expect(await loadActor(crypto.randomUUID())).toBeNull();
  });
});
