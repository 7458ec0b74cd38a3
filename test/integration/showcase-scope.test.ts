import { beforeAll, describe, expect, it } from 'vitest';
import { getPublicProject } from '@/lib/showcase/project';
import { listGallery, listGalleryFacets } from '@/lib/showcase/gallery';
import { getHallOfFame, getPublicWinners } from '@/lib/showcase/winners';
import { getTransparency } from '@/lib/showcase/transparency';
import { openDataCsv, openDataJson, projectRecords, resultRecords } from '@/lib/showcase/open-data';
import { retract, showcaseEvent } from './helpers/showcase-fixture';

/*
 * The showcase's promise: nothing of an event whose results are not public by the database clock appears
 * anywhere public. Four events: public, never published, scheduled for tomorrow, and published-then-retracted;
 * every loader and export is asked about all of them and must only ever mention the public one.
 */
let pub: Awaited<ReturnType<typeof showcaseEvent>>;
let hidden: Awaited<ReturnType<typeof showcaseEvent>>[];

beforeAll(async () => {
  pub = await showcaseEvent('Visible', 'public');
  const retracted = await showcaseEvent('Retracted', 'public');
  await retract(retracted.event.id);
  hidden = [await showcaseEvent('Unpublished', 'unpublished'), await showcaseEvent('Scheduled', 'scheduled'), retracted];
});

const HIDDEN_LABELS = ['Unpublished', 'Scheduled', 'Retracted'];
const mentionsHidden = (text: string) => HIDDEN_LABELS.some((label) => text.includes(label));

describe('public scope', () => {
  it('the gallery lists only the public event: submitted projects, not drafts, not withdrawn ones', async () => {
    const page = await listGallery({});
    expect(page.items.map((i) => i.title).sort()).toEqual(['Visible Gold Parks', 'Visible Plain Bus']);
    expect(page.total).toBe(2);
    expect(mentionsHidden(JSON.stringify(page))).toBe(false);
  });

  it('facets offer only values from public projects', async () => {
    const facets = await listGalleryFacets();
    expect(facets.events.map((e) => e.slug)).toEqual([pub.event.slug]);
    expect(facets.technologies).toEqual(['Go', 'Next.js', 'PostGIS']); // not Rust: that is the draft's
    expect(facets.tracks.map((t) => t.slug).sort()).toEqual([pub.tracks.parks.slug, pub.tracks.transit.slug].sort());
  });

  it('project pages answer null for hidden events, drafts and withdrawn projects', async () => {
    expect(await getPublicProject(pub.event.slug, pub.plain.submission.slug)).not.toBeNull();
    expect(await getPublicProject(pub.event.slug, pub.draft.submission.slug)).toBeNull();
    expect(await getPublicProject(pub.event.slug, pub.withdrawn.submission.slug)).toBeNull();
    for (const h of hidden) {
      expect(await getPublicProject(h.event.slug, h.gold.submission.slug)).toBeNull();
      expect(await getPublicProject(h.event.slug, h.plain.submission.slug)).toBeNull();
    }
  });

  it('winners and transparency exist only for the public event; the hall of fame names only its winners', async () => {
    expect((await getPublicWinners(pub.event.slug))?.winners.map((w) => w.titleEn)).toEqual(['Visible Gold']);
    for (const h of hidden) {
      expect(await getPublicWinners(h.event.slug)).toBeNull();
      expect(await getTransparency(h.event.slug)).toBeNull();
    }
    const fame = await getHallOfFame();
    expect(fame.events.map((e) => e.slug)).toEqual([pub.event.slug]);
    expect(fame.adopted.map((a) => a.projectTitle)).toEqual(['Visible Gold Parks']);
    expect(mentionsHidden(JSON.stringify(fame))).toBe(false);
  });

  it('open data (JSON and CSV, results and projects) carries only the public event', async () => {
    const results = await resultRecords();
    const projects = await projectRecords();
    expect(results.map((r) => r.project_title)).toEqual(['Visible Gold Parks']);
    expect(projects.map((p) => p.project_title).sort()).toEqual(['Visible Gold Parks', 'Visible Plain Bus']);
    for (const body of [openDataJson('results', results), openDataJson('projects', projects), openDataCsv('results', results), openDataCsv('projects', projects)]) {
      expect(mentionsHidden(body)).toBe(false);
      expect(body).toContain('Visible Gold Parks');
    }
  });

  it('an awarded project stays listed even if its captain withdrew it', async () => {
    const { db } = await import('@/db/client');
    const { showcaseOptOuts } = await import('@/db/schema');
    await db.insert(showcaseOptOuts).values({ submissionId: pub.gold.submission.id });
    expect(await getPublicProject(pub.event.slug, pub.gold.submission.slug)).not.toBeNull();
    const { eq } = await import('drizzle-orm');
    await db.delete(showcaseOptOuts).where(eq(showcaseOptOuts.submissionId, pub.gold.submission.id));
  });
});

describe('project page', () => {
  it('names only members who chose to be named, counts the rest, and shows awards and the adoption', async () => {
    const project = (await getPublicProject(pub.event.slug, pub.gold.submission.slug))!;
    expect(project.publicMembers).toEqual(['Visible Gold Parks captain']);
    expect(project.privateMemberCount).toBe(1);
    expect(JSON.stringify(project)).not.toContain('Visible Gold Parks member');
    expect(project.awards.map((a) => a.titleEn)).toEqual(['Visible Gold']);
    expect(project.adoption?.status).toBe('merged');
    const plain = (await getPublicProject(pub.event.slug, pub.plain.submission.slug))!;
    expect(plain.publicMembers).toEqual([]);
    expect(plain.privateMemberCount).toBe(2);
    expect(plain.adoption).toBeNull();
  });
});
