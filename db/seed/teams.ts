import type { Tx } from '../client';
import { registrations, submissionRevisions, submissions, teamMembers, teams } from '../schema';
import type { TeamSeed } from './autumn-teams';
import type { PersonSeed } from './people';
import type { Random } from './random';

export type SeededUser = PersonSeed & { id: string };
export type EventWindow = {
  id: string;
  registrationOpensAt: Date;
  registrationClosesAt: Date;
  hackingStartsAt: Date;
  submissionDeadline: Date;
};
export type SeededTeam = {
  id: string;
  name: string;
  trackSlug: string;
  captainId: string;
  memberIds: string[];
  submission?: { id: string; status: 'draft' | 'submitted' };
};

const between = (random: Random, from: Date, to: Date) =>
  new Date(from.getTime() + Math.floor(random.next() * Math.max(0, to.getTime() - from.getTime())));

/** Registration rows for people admitted to the event, with consent given during the registration window. */
export async function insertRegistrations(
  tx: Tx,
  event: EventWindow,
  people: SeededUser[],
  random: Random,
  options: { status?: 'admitted' | 'waitlisted'; lookingForTeam?: boolean } = {},
): Promise<void> {
  if (people.length === 0) return;
  const status = options.status ?? 'admitted';
  await tx.insert(registrations).values(
    people.map((person, i) => {
      const consentAt = between(random, event.registrationOpensAt, event.registrationClosesAt);
      return {
        eventId: event.id,
        userId: person.id,
        status,
        displayName: person.name,
        affiliation: person.affiliation,
        skills: person.skills,
        dateOfBirth: person.dateOfBirth ?? null,
        consentRulesAt: consentAt,
        consentDataAt: consentAt,
        guardianName: person.guardian?.name ?? null,
        guardianContact: person.guardian?.contact ?? null,
        guardianConsentAt: person.guardian ? consentAt : null,
        isLookingForTeam: options.lookingForTeam ?? false,
        lookingForNote: options.lookingForTeam ? `擅長 ${person.skills.join('、')}，想找需要這些技能的隊伍。` : '',
        waitlistPosition: status === 'waitlisted' ? i + 1 : null,
        createdAt: consentAt,
      };
    }),
  );
}

/**
 * Teams of the event, their members (taken in order from `pool`, so the demo participant can be placed
 * first and become the first team's captain), their registrations, and their projects with a first revision.
 * Submitted projects were submitted during the hacking window and before `now`.
 */
export async function insertTeams(
  tx: Tx,
  input: { event: EventWindow; now: Date; trackIds: Map<string, string>; teams: TeamSeed[]; pool: SeededUser[]; random: Random },
): Promise<SeededTeam[]> {
  const { event, now, trackIds, random } = input;
  const needed = input.teams.reduce((sum, t) => sum + t.size, 0);
  if (needed > input.pool.length) throw new Error(`seed: ${needed} team members needed, ${input.pool.length} people available`);

  let next = 0;
  const rosters = input.teams.map((seed) => {
    const members = input.pool.slice(next, next + seed.size);
    next += seed.size;
    return { seed, members };
  });
  await insertRegistrations(tx, event, rosters.flatMap((r) => r.members), random);

  const inserted = await tx
    .insert(teams)
    .values(
      rosters.map(({ seed, members }) => ({
        eventId: event.id,
        name: seed.name,
        trackId: trackIds.get(seed.track) ?? null,
        pitch: seed.pitch,
        captainId: members[0]!.id,
        // Most teams name a second contact, as CodeFest asks; a few have not got round to it yet.
        secondContactId: members.length > 1 && random.chance(0.85) ? members[1]!.id : null,
        inviteCode: random.code(8),
        isLookingForMembers: Boolean(seed.rolesNeeded),
        rolesNeeded: seed.rolesNeeded ?? '',
        status: 'admitted' as const,
        createdAt: between(random, event.registrationOpensAt, event.registrationClosesAt),
      })),
    )
    .returning({ id: teams.id, name: teams.name });
  const teamIdByName = new Map(inserted.map((t) => [t.name, t.id]));

  await tx.insert(teamMembers).values(
    rosters.flatMap(({ seed, members }) =>
      members.map((member, i) => ({
        teamId: teamIdByName.get(seed.name)!,
        eventId: event.id,
        userId: member.id,
        role: i === 0 ? ('captain' as const) : ('member' as const),
      })),
    ),
  );

  const withProjects = rosters.filter((r) => r.seed.project);
  const hackingEnd = now < event.submissionDeadline ? now : event.submissionDeadline;
  const submissionRows = withProjects.map(({ seed, members }) => {
    const project = seed.project!;
    const savedAt = between(random, event.hackingStartsAt, hackingEnd);
    return {
      teamId: teamIdByName.get(seed.name)!,
      eventId: event.id,
      trackId: trackIds.get(seed.track) ?? null,
      slug: project.repo.split('/').at(-1)!,
      title: project.title,
      tagline: project.tagline,
      description: project.description,
      repositoryUrl: project.repo,
      technologies: project.technologies,
      status: project.status,
      submittedAt: project.status === 'submitted' ? savedAt : null,
      updatedBy: members[0]!.id,
      createdAt: savedAt,
      updatedAt: savedAt,
    };
  });
  const savedSubmissions = submissionRows.length
    ? await tx.insert(submissions).values(submissionRows).returning({ id: submissions.id, teamId: submissions.teamId, status: submissions.status })
    : [];
  const submissionByTeam = new Map(savedSubmissions.map((s) => [s.teamId, s]));

  // Every save keeps a snapshot; the seed's projects were each saved once.
  if (submissionRows.length) {
    await tx.insert(submissionRevisions).values(
      submissionRows.map((row) => ({
        submissionId: submissionByTeam.get(row.teamId)!.id,
        version: 1,
        snapshot: {
          title: row.title,
          tagline: row.tagline,
          description: row.description,
          repositoryUrl: row.repositoryUrl,
          technologies: row.technologies,
          status: row.status,
        },
        editedBy: row.updatedBy,
        createdAt: row.updatedAt,
      })),
    );
  }

  return rosters.map(({ seed, members }) => {
    const id = teamIdByName.get(seed.name)!;
    const submission = submissionByTeam.get(id);
    return {
      id,
      name: seed.name,
      trackSlug: seed.track,
      captainId: members[0]!.id,
      memberIds: members.map((m) => m.id),
      submission: submission && { id: submission.id, status: submission.status },
    };
  });
}
