import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { seedDemo } from '@/db/seed';
import { listGallery } from '@/lib/showcase/gallery';
import { getTransparency } from '@/lib/showcase/transparency';
import { getHallOfFame, getPublicWinners } from '@/lib/showcase/winners';

/* The demo as a visitor sees it: spring 2026 is public, autumn 2026 (judging under way) is not. */
const SPRING = 'codefest-taipei-2026-spring';
const AUTUMN = 'codefest-taipei-2026-autumn';

beforeAll(async () => {
  await seedDemo(db);
});

describe('showcase over the demo seed', () => {
  it('lists the 8 spring projects and none of autumn; Chinese search finds a substring', async () => {
    const all = await listGallery({});
    expect(all.total).toBe(8);
    expect(all.items.every((i) => i.eventSlug === SPRING)).toBe(true);
    expect((await listGallery({ q: '公園' })).items.map((i) => i.title).sort()).toEqual(['公園好好玩 Park Finder', '公園設施通報']);
    expect((await listGallery({ track: 'disaster-preparedness', year: 2026 })).items.map((i) => i.title)).toEqual(['SafeHaven Taipei', '防災演練小幫手']);
  });

  it('spring has seven winners, gold adopted; autumn has no public results', async () => {
    const spring = (await getPublicWinners(SPRING))!;
    expect(spring.winners).toHaveLength(7);
    expect(spring.winners[0]).toMatchObject({ titleEn: 'Gold Award', projectTitle: '公園好好玩 Park Finder', isAdopted: true });
    expect(await getPublicWinners(AUTUMN)).toBeNull();
    expect(await getTransparency(AUTUMN)).toBeNull();
    expect((await getHallOfFame()).adopted.map((a) => a.projectTitle)).toEqual(['公園好好玩 Park Finder']);
  });

  it('spring transparency: 3 judges, 3 sheets for each of 8 projects, two criteria of 24 scores, z-scores', async () => {
    const t = (await getTransparency(SPRING))!;
    expect(t.rounds).toHaveLength(1);
    const [round] = t.rounds;
    expect(round).toMatchObject({ judgeCount: 3, projectCount: 8, rankingMethod: 'z_score', sheetsPerProject: [{ sheets: 3, projects: 8 }] });
    expect(round!.criteria.map((c) => c.total)).toEqual([24, 24]);
    expect(round!.criteria[0]!.bins.reduce((n, b) => n + b.count, 0)).toBe(24);
    // Aggregates only: no judge id or e-mail, no per-sheet rows.
    expect(JSON.stringify(t)).not.toMatch(/judgeId|submissionId|@/);
  });
});
