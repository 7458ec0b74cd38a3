import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { isVoteOpen as voteIsOpen } from '@/lib/results/access';
import { isResultsPublic } from '@/lib/results/visibility';

type Props = { event: { id: string; slug: string; resultsPublishedAt: Date | null }; now: Date };

/*
 * Where the event's results and people's-choice vote live, from the event page: the pages exist on their own
 * URLs, and without these links a visitor (or a winning team) would have to know them. Nothing is shown
 * before publication, so the link list itself does not tell that results are coming.
 */
export async function ResultsLinks({ event, now }: Props) {
  const isPublic = isResultsPublic(event, now);
  const isVoteOpen = await voteIsOpen(event.id, now);
  if (!isPublic && !isVoteOpen) return null;
  const t = await getTranslations('events.resultsLinks');
  const base = `/events/${event.slug}`;
  return (
    <section aria-labelledby="results-links">
      <h2 id="results-links">{t('title')}</h2>
      <ul>
        {isVoteOpen && (
          <li>
            <Link href={`${base}/vote`}>{t('vote')}</Link>
          </li>
        )}
        {isPublic && (
          <>
            <li>
              <Link href={`${base}/winners`}>{t('winners')}</Link>
            </li>
            <li>
              <Link href={`${base}/transparency`}>{t('transparency')}</Link>
            </li>
            <li>
              <Link href={`${base}/results`}>{t('teamResults')}</Link>
            </li>
            <li>
              <Link href={`${base}/award`}>{t('award')}</Link>
            </li>
          </>
        )}
      </ul>
    </section>
  );
}
