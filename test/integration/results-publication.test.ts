import { afterEach, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditLog, events, resultsSettings, submissions } from '@/db/schema';
import { getAwardsPage, saveAwards } from '@/lib/results/awards';
import { getTeamResults } from '@/lib/results/breakdown';
import { publishResults, unpublishResults } from '@/lib/results/publication';
import { getVotePage } from '@/lib/results/votes';
import { publishedResultsOf } from '@/lib/results/visibility';
import { revalidated } from '@/test/support/next-cache';
import { asActor } from './helpers/judging-results-fixture';
import { awardsEvent, picksForm } from './helpers/results-fixture';

async function dbNow(): Promise<Date> {
  const [row] = await db.execute<{ now: string }>(sql`select statement_timestamp() as now`);
  return new Date(row!.now);
}

async function withAwards() {
  const fx = await awardsEvent();
  const saved = await saveAwards(fx.organizerActor, fx.event.id, picksForm(1, { [fx.prizes.overall.id]: [fx.byTitle.A1.id, fx.byTitle.B1.id] }));
  expect(saved.ok).toBe(true);
  return fx;
}

const publishedAtOf = async (eventId: string) => (await db.select({ at: events.resultsPublishedAt }).from(events).where(eq(events.id, eventId)))[0]!.at;

/** Every results reader a member of the public or a team can reach, as seen by `viewer`. */
async function leaks(fx: Awaited<ReturnType<typeof withAwards>>) {
  const team = await getTeamResults(asActor(fx.byTitle.A1.captain), fx.event.slug);
  const vote = await getVotePage(null, fx.event.slug);
  return {
    guard: await publishedResultsOf(fx.event.id),
    teamAwards: team.ok ? team.data.awards : 'refused',
    teamState: team.ok ? team.data.state : 'refused',
    teamRounds: team.ok ? team.data.rounds : 'refused',
    voteCounts: vote.ok ? vote.data.counts : 'refused',
  };
}

describe('publication', () => {
  afterEach(async () => {
    await db.execute(sql`drop trigger if exists fail_publish on audit_log`);
  });

  it('publishes now: event row, audit and cache tags; every reader sees results only from then on', async () => {
    const fx = await withAwards();
    await db.insert(resultsSettings).values({ eventId: fx.event.id, showScoresToTeams: true }).onConflictDoUpdate({ target: resultsSettings.eventId, set: { showScoresToTeams: true } });
    expect(await leaks(fx)).toEqual({ guard: null, teamAwards: [], teamState: 'not_published', teamRounds: [], voteCounts: null });

    revalidated.length = 0;
    const result = await publishResults(fx.organizerActor, fx.event.id, { mode: 'now' });
    expect(result.ok).toBe(true);
    expect(revalidated).toContain(`tag:event-results:${fx.event.id}`);
    const after = await leaks(fx);
    expect(after.guard).not.toBeNull();
    expect(after.teamState).toBe('visible');
    expect(after.teamAwards).toEqual([{ titleZh: '首獎', titleEn: 'Grand prize', placement: 1 }]);
    expect(after.voteCounts).not.toBeNull();
    expect(await db.select().from(auditLog).where(and(eq(auditLog.eventId, fx.event.id), eq(auditLog.action, 'results.published')))).toHaveLength(1);

    expect(await publishResults(fx.organizerActor, fx.event.id, { mode: 'now' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('a failure in the middle of publishing leaves nothing published (one transaction)', async () => {
    const fx = await withAwards();
    // The event row is updated before the audit row is written; make the audit insert fail.
    await db.execute(sql`
      create or replace function fail_publish() returns trigger language plpgsql as $$
      begin
        if new.action in ('results.published', 'results.scheduled') then raise exception 'injected failure'; end if;
        return new;
      end $$`);
    await db.execute(sql`create trigger fail_publish before insert on audit_log for each row execute function fail_publish()`);
    await expect(publishResults(fx.organizerActor, fx.event.id, { mode: 'now' })).rejects.toThrow();
    expect(await publishedAtOf(fx.event.id)).toBeNull();
    expect(await publishedResultsOf(fx.event.id)).toBeNull();
  });

  it('refuses to publish without awards or with a winner that is no longer submitted, and publishes nothing', async () => {
    const bare = await awardsEvent();
    expect(await publishResults(bare.organizerActor, bare.event.id, { mode: 'now' })).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { form: ['results.errors.noAwards'] } } });
    expect(await publishedAtOf(bare.event.id)).toBeNull();

    const fx = await withAwards();
    await db.update(submissions).set({ status: 'draft' }).where(eq(submissions.id, fx.byTitle.B1.id));
    expect(await publishResults(fx.organizerActor, fx.event.id, { mode: 'now' })).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { form: ['results.errors.awardsInvalid'] } } });
    expect(await publishedAtOf(fx.event.id)).toBeNull();
  });

  it('a scheduled publication is stored, invisible until its time, and visible exactly from its time by the DB clock', async () => {
    const fx = await withAwards();
    const scheduled = await publishResults(fx.organizerActor, fx.event.id, { mode: 'schedule', at: '2099-01-01T09:00' });
    expect(scheduled).toEqual({ ok: true, data: { publishedAt: new Date('2099-01-01T01:00:00Z') } }); // Asia/Taipei is UTC+8
    expect(await leaks(fx)).toMatchObject({ guard: null, teamState: 'not_published', voteCounts: null });
    expect(await db.select().from(auditLog).where(and(eq(auditLog.eventId, fx.event.id), eq(auditLog.action, 'results.scheduled')))).toHaveLength(1);

    // Bring the stored time to 1.5 s from the DB's now and watch the boundary.
    await db.update(events).set({ resultsPublishedAt: sql`statement_timestamp() + interval '1.5 seconds'` }).where(eq(events.id, fx.event.id));
    const at = (await publishedAtOf(fx.event.id))!;
    for (;;) {
      const before = await dbNow();
      const visible = await publishedResultsOf(fx.event.id);
      const after = await dbNow();
      if (visible) {
        expect(after.getTime()).toBeGreaterThanOrEqual(at.getTime());
        break;
      }
      expect(before.getTime()).toBeLessThan(at.getTime());
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect((await leaks(fx)).teamState).toBe('scores_hidden');
  });

  it('refuses a schedule in the past and an impossible date, beside the field', async () => {
    const fx = await withAwards();
    expect(await publishResults(fx.organizerActor, fx.event.id, { mode: 'schedule', at: '2020-01-01T09:00' })).toMatchObject({ ok: false, error: { fieldErrors: { at: ['results.errors.scheduleInPast'] } } });
    expect(await publishResults(fx.organizerActor, fx.event.id, { mode: 'schedule', at: '2099-02-30T09:00' })).toMatchObject({ ok: false, error: { fieldErrors: { at: ['results.errors.dateInvalid'] } } });
    expect(await publishedAtOf(fx.event.id)).toBeNull();
  });

  it('unpublish needs a reason, is audited, and hides every reader again', async () => {
    const fx = await withAwards();
    await db.insert(resultsSettings).values({ eventId: fx.event.id, showScoresToTeams: true }).onConflictDoUpdate({ target: resultsSettings.eventId, set: { showScoresToTeams: true } });
    expect((await publishResults(fx.organizerActor, fx.event.id, { mode: 'now' })).ok).toBe(true);

    expect(await unpublishResults(fx.organizerActor, fx.event.id, { reason: '  ' })).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { reason: ['results.errors.reasonRequired'] } } });
    expect(await publishedAtOf(fx.event.id)).not.toBeNull();

    expect(await unpublishResults(fx.organizerActor, fx.event.id, { reason: 'Wrong winner in track B' })).toEqual({ ok: true, data: { eventId: fx.event.id } });
    expect(await leaks(fx)).toEqual({ guard: null, teamAwards: [], teamState: 'not_published', teamRounds: [], voteCounts: null });
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.eventId, fx.event.id), eq(auditLog.action, 'results.unpublished')));
    expect(audit!.data).toMatchObject({ reason: 'Wrong winner in track B' });
    // Unfrozen again: the organizer can correct the awards.
    const page = await getAwardsPage(fx.organizerActor, fx.event.slug);
    expect(page.ok).toBe(true);
  });

  it('answers not found to anyone but the event\'s organizers', async () => {
    const fx = await withAwards();
    const other = await awardsEvent();
    for (const actor of [asActor(fx.judges[0]!), asActor(fx.byTitle.A1.captain), other.organizerActor]) {
      expect(await publishResults(actor, fx.event.id, { mode: 'now' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(await unpublishResults(actor, fx.event.id, { reason: 'not mine to do' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
    expect(await publishedAtOf(fx.event.id)).toBeNull();
  });
});
