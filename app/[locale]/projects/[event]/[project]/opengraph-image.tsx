import { cachedProject } from '@/lib/showcase/cached';
import { latinOnly, ogCard, OG_SIZE } from '../../og-card';

export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = 'CodeFest project';

/** Only public projects get a card; anything else gets the generic one (nothing leaks through the image). */
export default async function Image({ params }: { params: Promise<{ event: string; project: string }> }) {
  const { event, project: slug } = await params;
  const project = await cachedProject(event, slug);
  if (!project) return ogCard({ kicker: 'Projects', title: 'CodeFest City Hackathons', subtitle: '' });
  const eventTitle = latinOnly(project.event.titleEn) || 'CodeFest';
  const award = project.awards.map((a) => latinOnly(a.titleEn)).find(Boolean);
  return ogCard({
    kicker: award ?? 'Project',
    title: latinOnly(project.title) || eventTitle,
    subtitle: `${latinOnly(project.teamName) || 'Team'} · ${eventTitle}`,
  });
}
