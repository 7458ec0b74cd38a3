import { eq, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { adoptions, awards, events, prizes, showcaseNameChoices, showcaseOptOuts, submissions } from '@/db/schema';
import { addMember, insertEvent, insertTeam, insertTrack, insertUser } from './domain-rows';

const DAY = 24 * 3600 * 1000;
type Publication = 'public' | 'unpublished' | 'scheduled';

/*
 * A past event whose results are in one of three states: public (published yesterday), unpublished (never)
 * or scheduled (publishes tomorrow); `retract` turns a public one into "published, then unpublished".
 * It has two tracks, a gold-winning project (adopted, merged), a plain submitted project, a draft and a
 * project its captain withdrew from the gallery. Titles carry `label` so tests can tell events apart.
 */
export function showcaseEvent(label: string, publication: Publication, options: { year?: number } = {}) {
  // These rows model history (a past event): the deadline and team-freeze triggers guard live writes and
  // let this transaction through with the seed's transaction-local switch.
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('codefest.allow_late_project_writes', 'on', true)`);
    return buildEvent(tx, label, publication, options.year ?? 2025);
  });
}

async function buildEvent(tx: Tx, label: string, publication: Publication, year: number) {
  const start = new Date(Date.UTC(year, 3, 10, 1));
  const event = await insertEvent({
    titleEn: `${label} hackathon`,
    titleZh: `${label} 黑客松`,
    isPublished: true,
    registrationOpensAt: new Date(start.getTime() - 20 * DAY),
    registrationClosesAt: new Date(start.getTime() - 5 * DAY),
    hackingStartsAt: start,
    submissionDeadline: new Date(start.getTime() + DAY),
    judgingEndsAt: new Date(start.getTime() + 5 * DAY),
    resultsPublishedAt: publication === 'public' ? new Date(Date.now() - DAY) : publication === 'scheduled' ? new Date(Date.now() + DAY) : null,
  }, tx);
  const [parks, transit] = [await insertTrack(event.id, tx), await insertTrack(event.id, tx)];
  const project = async (title: string, trackId: string, status: 'draft' | 'submitted', technologies: string[]) => {
    const captain = await insertUser({ name: `${title} captain` }, tx);
    const member = await insertUser({ name: `${title} member` }, tx);
    const team = await insertTeam(event.id, captain.id, { name: `${title} team`, trackId }, tx);
    await addMember(team, captain.id, tx);
    await addMember(team, member.id, tx);
    const [row] = await tx
        .insert(submissions)
        .values({
          teamId: team.id,
          eventId: event.id,
          trackId,
          slug: title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
          title,
          tagline: `${title} tagline`,
          technologies,
          status,
          submittedAt: status === 'submitted' ? start : null,
        })
        .returning();
    return { submission: row!, team, captain, member };
  };
  const gold = await project(`${label} Gold Parks`, parks.id, 'submitted', ['Next.js', 'PostGIS']);
  const plain = await project(`${label} Plain Bus`, transit.id, 'submitted', ['Go']);
  const draft = await project(`${label} Draft`, parks.id, 'draft', ['Rust']);
  const withdrawn = await project(`${label} Withdrawn`, transit.id, 'submitted', ['Go']);
  await tx.insert(showcaseOptOuts).values({ submissionId: withdrawn.submission.id, optedOutBy: withdrawn.captain.id });

  const [prize] = await tx.insert(prizes).values({ eventId: event.id, nameEn: 'Gold', nameZh: '金獎', amount: 1000, position: 1 }).returning();
  const [award] = await tx
    .insert(awards)
    .values({ eventId: event.id, prizeId: prize!.id, submissionId: gold.submission.id, placement: 1, titleEn: `${label} Gold`, titleZh: `${label} 金獎` })
    .returning();
  await tx.insert(adoptions).values({ awardId: award!.id, status: 'merged', targetRepositoryUrl: 'https://github.com/city/repo', mergedAt: new Date() });
  // The gold captain shows their name; everyone else keeps the default (private), one says so explicitly.
  await tx.insert(showcaseNameChoices).values([
    { userId: gold.captain.id, isNamePublic: true },
    { userId: gold.member.id, isNamePublic: false },
  ]);
  return { event, tracks: { parks, transit }, gold, plain, draft, withdrawn, award: award! };
}

export async function retract(eventId: string) {
  await db.update(events).set({ resultsPublishedAt: null }).where(eq(events.id, eventId));
}
