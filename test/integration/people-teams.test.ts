import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, eventRoles, submissions, teamRemovals, teams } from '@/db/schema';
import { listTeams } from '@/lib/people/teams';
import { reinstateTeam, removeTeam } from '@/lib/people/team-status';
import { insertSubmission, insertTrack, insertUser } from './helpers/domain-rows';
import { actorOf, organizedEvent, registerPerson, teamOfPeople } from './helpers/people-fixture';

const teamRow = async (id: string) => (await db.select().from(teams).where(eq(teams.id, id)))[0]!;

describe('teams table', () => {
  it('lists contacts, members, track and submission state; searches and filters', async () => {
    const { event, organizer } = await organizedEvent();
    const track = await insertTrack(event.id);
    const [c1, s1, c2, c3] = await Promise.all([
      registerPerson(event.id, { displayName: '隊長甲' }),
      registerPerson(event.id, { displayName: 'Second B' }),
      registerPerson(event.id, { displayName: 'Captain C' }),
      registerPerson(event.id, { displayName: 'Captain D' }),
    ]);
    const alpha = await teamOfPeople(event.id, [c1, s1], { name: 'Alpha', trackId: track.id, secondContactId: s1.user.id, status: 'admitted' });
    const beta = await teamOfPeople(event.id, [c2], { name: 'Beta' });
    const gamma = await teamOfPeople(event.id, [c3], { name: 'Gamma' });
    await insertSubmission(alpha);
    const draft = await insertSubmission(beta);
    await db.update(submissions).set({ status: 'submitted', submittedAt: new Date() }).where(eq(submissions.id, draft.id));

    const list = async (q: Record<string, unknown>) => {
      const result = await listTeams(organizer, event.slug, q);
      if (!result.ok) throw new Error(result.error.code);
      return result.data;
    };
    const all = await list({});
    expect(all.rows.map((r) => r.name)).toEqual(['Alpha', 'Beta', 'Gamma']);
    const a = all.rows[0]!;
    expect(a).toMatchObject({ captainName: '隊長甲', secondName: 'Second B', submissionStatus: 'draft', status: 'admitted' });
    expect(a.members.map((m) => m.displayName)).toEqual(['隊長甲', 'Second B']);
    expect(a.lastSavedAt).toBeInstanceOf(Date);
    expect((await list({ q: '甲' })).rows.map((r) => r.name)).toEqual(['Alpha']);
    expect((await list({ q: 'gam' })).rows.map((r) => r.name)).toEqual(['Gamma']);
    expect((await list({ submission: 'none' })).rows.map((r) => r.name)).toEqual(['Gamma']);
    expect((await list({ submission: 'submitted' })).rows.map((r) => r.name)).toEqual(['Beta']);
    expect((await list({ track: track.id })).rows.map((r) => r.name)).toEqual(['Alpha']);
    expect((await list({ track: 'none' })).total).toBe(2);
    expect((await list({ status: 'admitted' })).rows.map((r) => r.name)).toEqual(['Alpha']);
    expect(gamma.id).toBeTruthy();
  });
});

describe('disqualify, withdraw, reinstate', () => {
  async function setup() {
    const { event, organizer } = await organizedEvent();
    const captain = await registerPerson(event.id);
    const team = await teamOfPeople(event.id, [captain], { status: 'admitted' });
    return { event, organizer, captain, team };
  }

  it('disqualifies with a reason (audited, shown), then reinstating restores the status it had', async () => {
    const { event, organizer, team } = await setup();
    expect(await removeTeam(organizer, { teamId: team.id, version: String(team.version), kind: 'disqualified', reason: '抄襲他隊作品' })).toEqual({ ok: true, data: { status: 'disqualified' } });
    const removed = await teamRow(team.id);
    expect(removed).toMatchObject({ status: 'disqualified', statusReason: '抄襲他隊作品' });
    const listed = await listTeams(organizer, event.slug, {});
    expect(listed.ok && listed.data.rows[0]).toMatchObject({ removalKind: 'disqualified', removalReason: '抄襲他隊作品' });

    expect(await reinstateTeam(organizer, { teamId: team.id, version: removed.version })).toEqual({ ok: true, data: { status: 'admitted' } });
    expect(await teamRow(team.id)).toMatchObject({ status: 'admitted', statusReason: null });
    const audits = await db.select({ action: auditLog.action, data: auditLog.data }).from(auditLog).where(and(eq(auditLog.eventId, event.id), eq(auditLog.entityId, team.id))).orderBy(auditLog.id);
    expect(audits.map((a) => a.action)).toEqual(['team.disqualified', 'team.reinstated']);
    expect(audits[0]!.data).toMatchObject({ from: 'admitted', reason: '抄襲他隊作品' });
    // The history stays: the removal row is closed, not deleted.
    expect((await db.select().from(teamRemovals).where(eq(teamRemovals.teamId, team.id)))[0]!.reinstatedAt).toBeInstanceOf(Date);
  });

  it('refuses a missing reason, a non-organizer, a stale page, a second removal and reinstating a team in good standing', async () => {
    const { event, organizer, captain, team } = await setup();
    expect(await removeTeam(organizer, { teamId: team.id, version: team.version, kind: '', reason: '   ' })).toEqual({
      ok: false,
      error: { code: 'validation', fieldErrors: { kind: ['people.errors.kindRequired'], reason: ['people.errors.reasonRequired'] } },
    });
    const judge = await insertUser();
    await db.insert(eventRoles).values({ eventId: event.id, userId: judge.id, role: 'judge' });
    for (const actor of [await actorOf(captain.user.id), await actorOf(judge.id)]) {
      const result = await removeTeam(actor, { teamId: team.id, version: team.version, kind: 'withdrawn', reason: 'x' });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(['not_found', 'forbidden']).toContain(result.error.code);
    }
    expect(await reinstateTeam(organizer, { teamId: team.id, version: team.version })).toMatchObject({ ok: false, error: { code: 'conflict', fieldErrors: { form: ['people.errors.notRemoved'] } } });
    expect(await removeTeam(organizer, { teamId: team.id, version: team.version, kind: 'withdrawn', reason: 'Asked to leave' })).toMatchObject({ ok: true });
    // The same page again (old version): the team is already withdrawn.
    expect(await removeTeam(organizer, { teamId: team.id, version: team.version, kind: 'disqualified', reason: 'x' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await reinstateTeam(organizer, { teamId: team.id, version: team.version })).toEqual({ ok: false, error: { code: 'stale_version', fieldErrors: { form: ['people.errors.stale'] } } });
    expect((await teamRow(team.id)).status).toBe('withdrawn');
    expect(await removeTeam(organizer, { teamId: '00000000-0000-4000-8000-000000000000', version: 1, kind: 'withdrawn', reason: 'x' })).toEqual({ ok: false, error: { code: 'not_found' } });
  });

  it('two organizers removing the same team at once: one lands, one open removal', async () => {
    const { event, organizer, team } = await setup();
    const other = await insertUser();
    await db.insert(eventRoles).values({ eventId: event.id, userId: other.id, role: 'organizer' });
    const results = await Promise.all([
      removeTeam(organizer, { teamId: team.id, version: team.version, kind: 'withdrawn', reason: 'A' }),
      removeTeam(await actorOf(other.id), { teamId: team.id, version: team.version, kind: 'disqualified', reason: 'B' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.select().from(teamRemovals).where(eq(teamRemovals.teamId, team.id))).toHaveLength(1);
  });
});
