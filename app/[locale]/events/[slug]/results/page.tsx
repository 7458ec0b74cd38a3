import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { localeOf } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';
import { Link, redirect } from '@/lib/i18n/navigation';
import { pick } from '@/lib/i18n/localized';
import { getTeamResults } from '@/lib/results/breakdown';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'results' }))('team.breakdownHeading') };
}

/** A team's own results: members only (anyone else gets 404), and nothing before publication. */
export default async function TeamResultsPage({ params }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = localeOf(rawLocale);
  setRequestLocale(locale);
  const actor = await getActor();
  if (!actor) return redirect({ href: `/sign-in?${new URLSearchParams({ callbackUrl: `/${locale}/events/${slug}/results` })}`, locale });
  const result = await getTeamResults(actor, slug);
  if (!result.ok) notFound();
  const { event, state, awards, rounds } = result.data;
  const [t, format] = await Promise.all([getTranslations('results'), getFormatter()]);
  const points = (value: number) => format.number(value, { maximumFractionDigits: 1 });
  const title = pick(event, 'title', locale);
  return (
    <article>
      <p>
        <Link href={`/events/${event.slug}`}>{title}</Link>
      </p>
      <h1>{t('team.title', { event: title })}</h1>
      {state === 'not_published' && <p>{t('team.notPublished')}</p>}
      {state === 'no_project' && <p>{t('team.noProject')}</p>}
      {(state === 'visible' || state === 'scores_hidden') && (
        <section aria-labelledby="awards-heading">
          <h2 id="awards-heading">{t('team.awardsHeading')}</h2>
          {awards.length === 0 ? (
            <p>{t('team.noAwards')}</p>
          ) : (
            <ul>
              {awards.map((a, i) => (
                <li key={i}>{t('team.award', { prize: pick(a, 'title', locale), place: a.placement ?? 1 })}</li>
              ))}
            </ul>
          )}
        </section>
      )}
      {state === 'scores_hidden' && <p>{t('team.scoresHidden')}</p>}
      {state === 'visible' && (
        <section aria-labelledby="breakdown-heading">
          <h2 id="breakdown-heading">{t('team.breakdownHeading')}</h2>
          {rounds.length === 0 && <p>{t('team.noRounds')}</p>}
          {rounds.map((round) => {
            const roundName = pick(round, 'name', locale);
            return (
              <section key={round.roundId} aria-labelledby={`round-${round.roundId}`}>
                <h3 id={`round-${round.roundId}`}>{roundName}</h3>
                <p>{t('team.meanTotal', { value: points(round.meanTotal) })}</p>
                <table>
                  <caption>{t('team.criteriaCaption', { round: roundName })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('team.criterion')}</th>
                      <th scope="col">{t('team.mean')}</th>
                      <th scope="col">{t('team.max')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {round.criteria.map((c) => (
                      <tr key={c.id}>
                        <th scope="row">{pick(c, 'name', locale)}</th>
                        <td>{points(c.mean)}</td>
                        <td>{points(c.maxPoints)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <table>
                  <caption>{t('team.judgesCaption', { round: roundName })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('team.judge')}</th>
                      {round.criteria.map((c) => (
                        <th key={c.id} scope="col">
                          {pick(c, 'name', locale)}
                        </th>
                      ))}
                      <th scope="col">{t('team.total')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {round.judges.map((j) => (
                      <tr key={j.label}>
                        <th scope="row">{t('team.judgeLabel', { label: j.label })}</th>
                        {round.criteria.map((c) => (
                          <td key={c.id}>{points(j.byCriterion[c.id] ?? 0)}</td>
                        ))}
                        <td>{points(j.total)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <h4>{t('team.commentsHeading')}</h4>
                {round.comments.length === 0 ? (
                  <p>{t('team.noComments')}</p>
                ) : (
                  <ul>
                    {round.comments.map((c) => (
                      <li key={c.label}>
                        <strong>{t('team.judgeLabel', { label: c.label })}</strong>: {c.text}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </section>
      )}
    </article>
  );
}
