import { latinOnly, ogCard, OG_SIZE } from '@/app/[locale]/projects/og-card';
import { cachedWinners } from '@/lib/showcase/cached';

export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = 'CodeFest winners';

/** English only (see og-card.tsx); before the results are public the card names no winner. */
export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const data = await cachedWinners(slug);
  if (!data) return ogCard({ kicker: 'Winners', title: 'CodeFest City Hackathons', subtitle: '' });
  const top = data.winners[0];
  return ogCard({
    kicker: 'Winners',
    title: latinOnly(data.event.titleEn) || 'CodeFest',
    subtitle: top ? `${latinOnly(top.titleEn)}: ${latinOnly(top.projectTitle) || latinOnly(top.teamName)}` : '',
  });
}
