import { count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import * as schema from '@/db/schema';
import { seedDemo, type SeedResult } from '@/db/seed';
import { DEMO_PASSWORD } from '@/db/seed/people';
import { verifyPassword } from '@/lib/auth/password';
import { eventPhase } from '@/lib/events/phase';
import { getPublicEventBySlug, listEventsForHome } from '@/lib/events/queries';

const AUTUMN = 'codefest-taipei-2026-autumn';
const SPRING = 'codefest-taipei-2026-spring';
const OPEN = 'codefest-taipei-2027-spring';
const counted = [
  schema.users,
  schema.events,
  schema.tracks,
  schema.prizes,
  schema.teams,
  schema.teamMembers,
  schema.registrations,
  schema.submissions,
  schema.submissionRevisions,
  schema.judgingRounds,
  schema.rubricCriteria,
  schema.judgeAssignments,
  schema.scoreSheets,
  schema.scores,
  schema.awards,
  schema.adoptions,
  schema.announcements,
  schema.eventRoles,
  schema.conflictsOfInterest,
] as const;
const rowCounts = () => Promise.all(counted.map(async (table) => (await db.select({ n: count() }).from(table))[0]!.n));

// The tests of this file run in order, on one database: the guard and the race need an empty database, the rest the demo.
describe('seedDemo', () => {
  it('leaves a database that already has a user alone', async () => {
    const [user] = await db.insert(schema.users).values({ email: 'someone@example.com' }).returning();
    expect(await seedDemo(db)).toEqual({ seeded: false, logins: [] });
    expect(await rowCounts()).toEqual(counted.map((t) => (t === schema.users ? 1 : 0)));
    await db.delete(schema.users).where(eq(schema.users.id, user!.id));
  });

  it('seeds an empty database exactly once when two seeders race', async () => {
    const results: SeedResult[] = await Promise.all([seedDemo(db), seedDemo(db)]);
    expect(results.map((r) => r.seeded).sort()).toEqual([false, true]);
    const logins = results.find((r) => r.seeded)!.logins;
    expect(logins.map((l) => l.email)).toEqual([
      'admin@codefest.example',
      'organizer@codefest.example',
      'judge1@codefest.example',
      'participant@codefest.example',
    ]);
  });

  it('creates the demo: three events, four tracks this autumn, ~20 teams within the size limits', async () => {
    const allEvents = await db.select().from(schema.events);
    expect(allEvents.map((e) => e.slug).sort()).toEqual([AUTUMN, SPRING, OPEN]);
    const autumn = allEvents.find((e) => e.slug === AUTUMN)!;

    const [{ tracks }] = (await db.select({ tracks: count() }).from(schema.tracks).where(eq(schema.tracks.eventId, autumn.id))) as [{ tracks: number }];
    expect(tracks).toBe(4);

    const sizes = await db
      .select({ eventId: schema.teams.eventId, size: count(schema.teamMembers.userId), min: schema.events.teamSizeMin, max: schema.events.teamSizeMax })
      .from(schema.teams)
      .innerJoin(schema.events, eq(schema.events.id, schema.teams.eventId))
      .leftJoin(schema.teamMembers, eq(schema.teamMembers.teamId, schema.teams.id))
      .groupBy(schema.teams.id, schema.events.teamSizeMin, schema.events.teamSizeMax, schema.teams.eventId);
    const autumnTeams = sizes.filter((s) => s.eventId === autumn.id);
    expect(autumnTeams.length).toBeGreaterThanOrEqual(18);
    expect(autumnTeams.length).toBeLessThanOrEqual(22);
    for (const team of sizes) {
      expect(team.size).toBeGreaterThanOrEqual(team.min);
      expect(team.size).toBeLessThanOrEqual(team.max);
    }

    // Every team member registered, with consent recorded, and members of admitted teams were admitted
    // (the 2027 event's teams are still under review, their members pending).
    const [{ unregistered }] = (await db.execute(sql`
      select count(*)::int as unregistered from team_members m
      join teams t on t.id = m.team_id
      left join registrations r on r.event_id = m.event_id and r.user_id = m.user_id
        and (r.status = 'admitted' or (t.status <> 'admitted' and r.status = 'pending'))
      where r.id is null`)) as unknown as [{ unregistered: number }];
    expect(unregistered).toBe(0);
  });

  it("puts the autumn event mid-hackathon by the database's clock", async () => {
    const page = await getPublicEventBySlug(AUTUMN);
    expect(page).not.toBeNull();
    expect(eventPhase(page!.event, page!.now)).toBe('hacking');
    expect(page!.tracks.map((t) => t.position)).toEqual([1, 2, 3, 4]);
    expect(page!.prizes[0]).toMatchObject({ nameEn: 'Gold Award', amount: 100000 });
    expect(page!.event).not.toHaveProperty('createdBy');

    const spring = await getPublicEventBySlug(SPRING);
    expect(eventPhase(spring!.event, spring!.now)).toBe('ended');
  });

  it('classifies the seeded events on the home page: autumn and 2027 spring current, 2026 spring past', async () => {
    const home = await listEventsForHome();
    expect(home.current.map((e) => e.slug)).toEqual([AUTUMN, OPEN]);
    expect(home.past.map((e) => e.slug)).toEqual([SPRING]);
    expect(home.upcoming).toEqual([]);
    expect(home.current[0]).toMatchObject({ trackCount: 4, teamCount: 20, timeZone: 'Asia/Taipei' });
  });

  it('signs every demo account in with the documented password', async () => {
    const [admin] = await db.select().from(schema.users).where(eq(schema.users.email, 'admin@codefest.example'));
    expect(admin!.isSiteAdmin).toBe(true);
    expect(await verifyPassword(admin!.passwordHash!, DEMO_PASSWORD)).toBe(true);
  });

  it('does nothing the second time', async () => {
    const before = await rowCounts();
    expect(await seedDemo(db)).toEqual({ seeded: false, logins: [] });
    expect(await rowCounts()).toEqual(before);
  });
});
