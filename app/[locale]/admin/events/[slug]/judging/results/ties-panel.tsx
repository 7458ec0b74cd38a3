import { getTranslations } from 'next-intl/server';
import type { RoundResults } from '@/lib/judging/results-compute';
import { TieDecisionForm } from './tie-decision-form';

/** Ties the ladder left under the chosen method: listed for the panel, never broken silently. */
export async function TiesPanel({ slug, locale, roundId, results }: { slug: string; locale: string; roundId: string; results: RoundResults }) {
  const t = await getTranslations('judgingResults.results.ties');
  const ranking = results.overall[results.chosen];
  const title = (id: string) => results.projects[id]?.title ?? id;
  return (
    <section aria-labelledby="ties-title">
      <h3 id="ties-title">{t('title')}</h3>
      {ranking.ties.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul>
          {ranking.ties.map((tie, i) => (
            <li key={tie.projectIds.join()}>
              {t('group', { position: tie.position, projects: tie.projectIds.map(title).join('、') })}
              {ranking.decisions[i] && <p>{t('decided', { order: ranking.decisions[i]!.map(title).join(' > ') })}</p>}
              <TieDecisionForm
                locale={locale}
                slug={slug}
                roundId={roundId}
                method={results.chosen}
                index={i}
                projects={tie.projectIds.map((id) => ({ id, title: title(id) }))}
                decided={ranking.decisions[i] ?? null}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
