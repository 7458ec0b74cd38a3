import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { teamMembers } from '@/db/schema';
import { isCheckViolation, isForeignKeyViolation, isUniqueViolation, violatedConstraint } from '@/lib/db-errors';
import { addMember, expectRefusal, insertEvent, insertTeam, insertTrack, insertUser } from './helpers/domain-rows';

describe('teams: the database says no', () => {
  it('refuses a second team with the same name in an event, whatever the case, but not in another event', async () => {
    const event = await insertEvent();
    const other = await insertEvent();
    const captain = await insertUser();
    await insertTeam(event.id, captain.id, { name: 'Data Divers' });

    const error = await expectRefusal(insertTeam(event.id, captain.id, { name: 'DATA divers' }), 'teams_event_name_unique');
    expect(isUniqueViolation(error, 'teams_event_name_unique')).toBe(true);
    await expect(insertTeam(other.id, captain.id, { name: 'Data Divers' })).resolves.toMatchObject({ name: 'Data Divers' });
  });

  it('puts a person in at most one team per event', async () => {
    const event = await insertEvent();
    const person = await insertUser();
    const first = await insertTeam(event.id, (await insertUser()).id);
    const second = await insertTeam(event.id, (await insertUser()).id);
    await addMember(first, person.id);

    const error = await expectRefusal(addMember(second, person.id), 'team_members_one_team_per_event');
    expect(isUniqueViolation(error)).toBe(true);
    // ...while the same person may join a team of another event.
    const elsewhere = await insertTeam((await insertEvent()).id, (await insertUser()).id);
    await expect(addMember(elsewhere, person.id)).resolves.toBeUndefined();
  });

  it("refuses a membership whose event is not the team's event (composite foreign key)", async () => {
    const team = await insertTeam((await insertEvent()).id, (await insertUser()).id);
    const otherEvent = await insertEvent();
    const person = await insertUser();
    await addMember(team, (await insertUser()).id);

    const error = await expectRefusal(
      db.insert(teamMembers).values({ teamId: team.id, eventId: otherEvent.id, userId: person.id }),
      'team_members_team_id_event_id_teams_id_event_id_fk',
    );
    expect(isForeignKeyViolation(error)).toBe(true);
  });

  it("refuses a team whose track belongs to another event", async () => {
    const event = await insertEvent();
    const foreignTrack = await insertTrack((await insertEvent()).id);
    const ownTrack = await insertTrack(event.id);
    const captain = await insertUser();
    await insertTeam(event.id, captain.id, { trackId: ownTrack.id });
    await expectRefusal(
      insertTeam(event.id, captain.id, { trackId: foreignTrack.id }),
      'teams_track_id_event_id_tracks_id_event_id_fk',
    );
  });

  it('refuses a member past the event maximum (trigger)', async () => {
    const event = await insertEvent({ teamSizeMin: 1, teamSizeMax: 2 });
    const team = await insertTeam(event.id, (await insertUser()).id);
    await addMember(team, (await insertUser()).id);
    await addMember(team, (await insertUser()).id);

    const error = await expectRefusal(addMember(team, (await insertUser()).id), 'team_members_team_size_max');
    expect(isCheckViolation(error)).toBe(true);
  });

  it('refuses moving a member into a full team (trigger fires on UPDATE too)', async () => {
    const event = await insertEvent({ teamSizeMin: 1, teamSizeMax: 2 });
    const full = await insertTeam(event.id, (await insertUser()).id);
    await addMember(full, (await insertUser()).id);
    await addMember(full, (await insertUser()).id);
    const other = await insertTeam(event.id, (await insertUser()).id);
    const mover = await insertUser();
    await addMember(other, mover.id);

    await expectRefusal(
      db.update(teamMembers).set({ teamId: full.id }).where(eq(teamMembers.userId, mover.id)),
      'team_members_team_size_max',
    );
  });

  it('lets exactly one of two people racing for the last free place in', async () => {
    const event = await insertEvent({ teamSizeMin: 1, teamSizeMax: 3 });
    const team = await insertTeam(event.id, (await insertUser()).id);
    await addMember(team, (await insertUser()).id);
    await addMember(team, (await insertUser()).id);
    const racers = [await insertUser(), await insertUser()];

    // Both transactions are open before either inserts, and each holds on after its insert, so the two
    // inserts really overlap: the trigger's row lock on the team is what has to serialise them.
    let arrived = 0;
    let release!: () => void;
    const bothStarted = new Promise<void>((resolve) => (release = resolve));
    const join = (userId: string) =>
      db.transaction(async (tx) => {
        await tx.execute('select 1');
        if (++arrived === 2) release();
        await bothStarted;
        await addMember(team, userId, tx);
        await tx.execute('select pg_sleep(0.1)');
      });
    const outcomes = await Promise.allSettled(racers.map((r) => join(r.id)));

    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const [refused] = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(violatedConstraint(refused!.reason)).toBe('team_members_team_size_max');
    const [{ n }] = (await db.select({ n: count() }).from(teamMembers).where(eq(teamMembers.teamId, team.id))) as [{ n: number }];
    expect(n).toBe(3);
  });

  it('refuses a second contact who is the captain', async () => {
    const event = await insertEvent();
    const captain = await insertUser();
    await expectRefusal(insertTeam(event.id, captain.id, { secondContactId: captain.id }), 'teams_contacts_differ');
  });
});
