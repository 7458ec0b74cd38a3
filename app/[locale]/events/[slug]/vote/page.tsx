import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { DateTime } from '@/app/_components/date-time';
import { localeOf } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';
import { pick } from '@/lib/i18n/localized';
import { getVotePage } from '@/lib/results/votes';
import { VoteForm } from './vote-form';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'results' }))('vote.countsHeading') };
}

/** People's choice for a published event: the window, the ballot, and the count once results are public. */
export default async function VotePage({ params }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = localeOf(rawLocale);
  setRequestLocale(locale);
  const actor = await getActor();
  const result = await getVotePage(actor, slug);
  if (!result.ok) notFound();
  const { event, window, phase, projects, myVote, ownSubmission, counts } = result.data;
  const t = await getTranslations('results');
  const title = pick(event, 'title', locale);
  const time = (value: Date) => function EventTime() {
    return <DateTime value={value} timeZone={event.timeZone} />;
  };
  const voted = projects.find((p) => p.id === myVote);
  return (
    <article>
      <p>
        <Link href={`/events/${event.slug}`}>{title}</Link>
      </p>
      <h1>{t('vote.title', { event: title })}</h1>
      <p>{t('vote.intro')}</p>
      <p>
        {phase === 'none'
          ? t('vote.windowNone')
          : phase === 'before'
            ? t.rich('vote.windowBefore', { time: time(window.opensAt!) })
            : phase === 'open'
              ? t.rich('vote.windowOpen', { time: time(window.closesAt!) })
              : t.rich('vote.windowAfter', { time: time(window.closesAt!) })}
      </p>
      {voted && (
        <p className="notice" role="status">
          {t('vote.voted', { title: voted.title })}
        </p>
      )}
      {projects.length === 0 && <p>{t('vote.noProjects')}</p>}
      {phase === 'open' && !voted && projects.length > 0 &&
        (actor ? (
          <VoteForm locale={locale} slug={event.slug} projects={projects} ownSubmission={ownSubmission} />
        ) : (
          <p>
            <Link href={`/sign-in?${new URLSearchParams({ callbackUrl: `/${locale}/events/${event.slug}/vote` })}`}>{t('vote.signIn')}</Link>
          </p>
        ))}
      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading">{t('vote.countsHeading')}</h2>
        {counts === null ? (
          <p>{t('vote.countsHidden')}</p>
        ) : (
          <table>
            <caption>{t('vote.countsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('vote.project')}</th>
                <th scope="col">{t('vote.team')}</th>
                <th scope="col">{t('vote.votes')}</th>
              </tr>
            </thead>
            <tbody>
              {[...projects]
                .sort((a, b) => (counts[b.id] ?? 0) - (counts[a.id] ?? 0))
                .map((p) => (
                  <tr key={p.id}>
                    <th scope="row">{p.title}</th>
                    <td>{p.teamName}</td>
                    <td>{counts[p.id] ?? 0}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        )}
      </section>
    </article>
  );
}
