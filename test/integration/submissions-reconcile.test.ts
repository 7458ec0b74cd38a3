import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { eventRoles, submissionConflicts, submissions, teams } from '@/db/schema';
import { loadActor, type Actor } from '@/lib/auth/actor';
import { grantExtension } from '@/lib/submissions/extensions';
import { saveSubmission } from '@/lib/submissions/save';
import { zonedLocalToInstant } from '@/lib/time/zoned-time';
import { insertHackingTeam, insertUser } from './helpers/domain-rows';

const actorOf = async (user: { id: string }) => (await loadActor(user.id)) as Actor;
const input = (version: number, title: string, resolvesConflictId?: string) => ({ fields: { title }, answers: {}, compliance: [], version, resolvesConflictId });

describe('reconciling a kept conflict by merging in the form', () => {
  it('a save on top of the latest that names the conflict settles it; a stale one keeps it open', async () => {
    const { event, members } = await insertHackingTeam();
    const [a, b] = [await actorOf(members[0]!), await actorOf(members[1]!)];
    await saveSubmission(a, event.id, input(0, 'v1'));
    await saveSubmission(a, event.id, input(1, 'A wrote v2'));
    const stale = await saveSubmission(b, event.id, input(1, 'B from v1'));
    if (!('conflictId' in stale)) throw new Error('expected a conflict');

    // B merges, but A saves again in between: refused as stale, the first conflict stays open.
    await saveSubmission(a, event.id, input(2, 'A wrote v3'));
    const again = await saveSubmission(b, event.id, input(2, 'merged', stale.conflictId));
    expect(again).toMatchObject({ ok: false, error: { code: 'stale_version' } });
    const [open] = await db.select().from(submissionConflicts).where(eq(submissionConflicts.id, stale.conflictId));
    expect(open!.resolvedAt).toBeNull();

    expect(await saveSubmission(b, event.id, input(3, 'merged', stale.conflictId))).toMatchObject({ ok: true, data: { version: 4 } });
    const [settled] = await db.select().from(submissionConflicts).where(eq(submissionConflicts.id, stale.conflictId));
    expect(settled!.resolvedAt).not.toBeNull();
    const [row] = await db.select().from(submissions).where(eq(submissions.eventId, event.id));
    expect(row!.title).toBe('merged');
  });
});

describe('an extension typed as the event zone’s wall clock', () => {
  it('is stored as the instant of that wall clock in the event’s zone', async () => {
    const { event, team } = await insertHackingTeam({ eventOverrides: { timeZone: 'Asia/Taipei' } });
    const organizer = await insertUser();
    await db.insert(eventRoles).values({ eventId: event.id, userId: organizer.id, role: 'organizer' });
    const local = '2099-01-01T09:30';
    const granted = await grantExtension(await actorOf(organizer), { teamId: team.id, until: local, reason: '停電' });
    expect(granted.ok).toBe(true);
    const [row] = await db.select().from(teams).where(eq(teams.id, team.id));
    expect(row!.deadlineExtendedUntil!.toISOString()).toBe('2099-01-01T01:30:00.000Z');
    expect(zonedLocalToInstant(local, 'Asia/Taipei')!.toISOString()).toBe('2099-01-01T01:30:00.000Z');
    expect(await grantExtension(await actorOf(organizer), { teamId: team.id, until: '2099-02-30T09:30', reason: 'x' })).toEqual({
      ok: false,
      error: { code: 'validation', fieldErrors: { until: ['submissions.errors.untilInvalid'] } },
    });
  });
});
