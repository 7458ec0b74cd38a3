import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditLog, prizes, resultsSettings } from '@/db/schema';
import { saveResultsSettings } from '@/lib/results/settings';
import { asActor } from './helpers/judging-results-fixture';
import { awardsEvent } from './helpers/results-fixture';

const form = (over: Record<string, string> = {}) => ({ version: '1', voteOpensAt: '2026-12-01T10:00', voteClosesAt: '2026-12-01T18:00', showScoresToTeams: 'on', peoplesChoicePrizeId: '', ...over });

describe('results settings', () => {
  it('stores the window as instants in the event zone, the sharing flag and the prize, audited, version bumped', async () => {
    const fx = await awardsEvent();
    const result = await saveResultsSettings(fx.organizerActor, fx.event.id, form({ peoplesChoicePrizeId: fx.prizes.peoples.id }));
    expect(result).toEqual({ ok: true, data: { version: 2 } });
    const [row] = await db.select().from(resultsSettings).where(eq(resultsSettings.eventId, fx.event.id));
    expect(row).toMatchObject({
      voteOpensAt: new Date('2026-12-01T02:00:00Z'), // 10:00 in Asia/Taipei
      voteClosesAt: new Date('2026-12-01T10:00:00Z'),
      showScoresToTeams: true,
      peoplesChoicePrizeId: fx.prizes.peoples.id,
      version: 2,
    });
    expect(await db.select().from(auditLog).where(and(eq(auditLog.eventId, fx.event.id), eq(auditLog.action, 'results.settings_saved')))).toHaveLength(1);
    // Unticked box and empty window: no public vote, no sharing.
    expect(await saveResultsSettings(fx.organizerActor, fx.event.id, { version: '2', voteOpensAt: '', voteClosesAt: '' })).toEqual({ ok: true, data: { version: 3 } });
    const [cleared] = await db.select().from(resultsSettings).where(eq(resultsSettings.eventId, fx.event.id));
    expect(cleared).toMatchObject({ voteOpensAt: null, voteClosesAt: null, showScoresToTeams: false, peoplesChoicePrizeId: null });
  });

  it('refuses a stale version, keeping the newer save', async () => {
    const fx = await awardsEvent();
    expect((await saveResultsSettings(fx.organizerActor, fx.event.id, form())).ok).toBe(true);
    expect(await saveResultsSettings(fx.organizerActor, fx.event.id, form({ showScoresToTeams: '' }))).toMatchObject({ ok: false, error: { code: 'stale_version' } });
    const [row] = await db.select().from(resultsSettings).where(eq(resultsSettings.eventId, fx.event.id));
    expect(row!.showScoresToTeams).toBe(true);
  });

  it('reports every window problem beside its field and refuses another event\'s prize', async () => {
    const fx = await awardsEvent();
    const other = await awardsEvent();
    expect(await saveResultsSettings(fx.organizerActor, fx.event.id, form({ voteOpensAt: '2026-02-30T10:00' }))).toMatchObject({ ok: false, error: { fieldErrors: { voteOpensAt: ['results.errors.dateInvalid'] } } });
    expect(await saveResultsSettings(fx.organizerActor, fx.event.id, form({ voteClosesAt: '' }))).toMatchObject({ ok: false, error: { fieldErrors: { voteClosesAt: ['results.errors.windowBoth'] } } });
    expect(await saveResultsSettings(fx.organizerActor, fx.event.id, form({ voteClosesAt: '2026-12-01T09:00' }))).toMatchObject({ ok: false, error: { fieldErrors: { voteClosesAt: ['results.errors.windowOrder'] } } });
    const [foreign] = await db.select({ id: prizes.id }).from(prizes).where(eq(prizes.eventId, other.event.id)).limit(1);
    expect(await saveResultsSettings(fx.organizerActor, fx.event.id, form({ peoplesChoicePrizeId: foreign!.id }))).toMatchObject({ ok: false, error: { fieldErrors: { peoplesChoicePrizeId: ['results.errors.prizeInvalid'] } } });
    expect(await db.select().from(resultsSettings).where(eq(resultsSettings.eventId, fx.event.id))).toHaveLength(0);
  });

  it('answers not found to a judge, a team member and another event\'s organizer', async () => {
    const fx = await awardsEvent();
    const other = await awardsEvent();
    for (const actor of [asActor(fx.judges[0]!), asActor(fx.byTitle.A1.captain), other.organizerActor]) {
      expect(await saveResultsSettings(actor, fx.event.id, form())).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
    expect(await db.select().from(resultsSettings).where(eq(resultsSettings.eventId, fx.event.id))).toHaveLength(0);
  });
});
