import type { Tx } from '../client';
import { adoptions, awards, prizes } from '../schema';
import { daysFrom } from './random';
import { SPRING_PRIZES, SPRING_TRACKS, SPRING_TRACK_WINNERS } from './spring-event';
import type { SeededTeam } from './teams';

/**
 * The spring event's published results: gold, silver and bronze to the first three teams in
 * SPRING_TEAMS, a department award per track, and the gold winner's adoption, merged into the city's
 * repository and then paid (the order the adoptions_paid_after_merge check insists on).
 */
export async function seedSpringResults(
  tx: Tx,
  input: { eventId: string; now: Date; trackIds: Map<string, string>; teams: SeededTeam[]; organizerId: string },
): Promise<void> {
  const { eventId, now, trackIds, teams, organizerId } = input;
  const overall = await tx
    .insert(prizes)
    .values(SPRING_PRIZES.map(({ key: _key, ...prize }) => ({ eventId, ...prize, descriptionZh: '總成績排名', descriptionEn: 'Overall ranking' })))
    .returning({ id: prizes.id, position: prizes.position });
  const trackPrizes = await tx
    .insert(prizes)
    .values(
      SPRING_TRACKS.map((track, i) => ({
        eventId,
        trackId: trackIds.get(track.slug)!,
        nameZh: `部門特別獎：${track.nameZh}`,
        nameEn: `Department Award: ${track.nameEn}`,
        descriptionZh: `由${track.departmentZh}選出`,
        descriptionEn: `Chosen by the ${track.departmentEn}`,
        amount: 15000,
        position: 10 + i,
      })),
    )
    .returning({ id: prizes.id, trackId: prizes.trackId });

  const submissionOf = (name: string) => {
    const team = teams.find((t) => t.name === name);
    if (!team?.submission) throw new Error(`seed: spring team ${name} has no project`);
    return team.submission.id;
  };
  const awardedAt = daysFrom(now, -148);
  const citations = [
    ['讓共融遊具資訊第一次完整上線，公園處已採用。', 'Put inclusive playground data online in full for the first time; adopted by the Parks Office.'],
    ['避難路線避開淹水路段，設計周到。', 'Shelter routes that avoid flood-prone streets: thoughtful design.'],
    ['攤商真的會用的菜價回報方式。', 'A price-reporting flow stall holders actually use.'],
  ] as const;
  const overallAwards = overall
    .sort((a, b) => a.position - b.position)
    .map((prize, i) => ({
      eventId,
      prizeId: prize.id,
      submissionId: submissionOf(teams[i]!.name),
      placement: 1,
      titleZh: SPRING_PRIZES[i]!.nameZh,
      titleEn: SPRING_PRIZES[i]!.nameEn,
      citationZh: citations[i]![0],
      citationEn: citations[i]![1],
      awardedBy: organizerId,
      createdAt: awardedAt,
    }));
  const trackAwards = SPRING_TRACKS.map((track) => ({
    eventId,
    prizeId: trackPrizes.find((p) => p.trackId === trackIds.get(track.slug))!.id,
    submissionId: submissionOf(SPRING_TRACK_WINNERS[track.slug]!),
    placement: 1,
    titleZh: `部門特別獎：${track.nameZh}`,
    titleEn: `Department Award: ${track.nameEn}`,
    awardedBy: organizerId,
    createdAt: awardedAt,
  }));
  const inserted = await tx.insert(awards).values([...overallAwards, ...trackAwards]).returning({ id: awards.id, prizeId: awards.prizeId });

  const goldAward = inserted.find((a) => a.prizeId === overall[0]!.id)!;
  await tx.insert(adoptions).values({
    awardId: goldAward.id,
    targetRepositoryUrl: 'https://github.com/taipei-doit/park-finder',
    pullRequestUrl: 'https://github.com/taipei-doit/park-finder/pull/12',
    status: 'merged',
    dueAt: daysFrom(now, -88),
    mergedAt: daysFrom(now, -104),
    paidAt: daysFrom(now, -90),
    note: '已合併至公園處正式環境，獎金已撥付。 Merged into the Parks Office production site; prize paid.',
    createdAt: awardedAt,
    updatedAt: daysFrom(now, -90),
  });
}
