import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { localeOf } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';
import { getTrackReview } from '@/lib/judging/topic-owner';
import { pick } from '@/lib/i18n/localized';
import { redirect } from '@/lib/i18n/navigation';
import { FeedbackForm } from './feedback-form';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'judgingResults' }))('track.title') };
}

/*
 * The topic owner's view of their track. Not behind the /judge area guard (that admits judges only): a
 * topic owner may hold no judge role; lib/judging/topic-owner checks the per-event topic_owner role.
 */
export default async function TrackReviewPage({ params }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = localeOf(rawLocale);
  setRequestLocale(locale);
  const actor = await getActor();
  if (!actor) return redirect({ href: { pathname: '/sign-in', query: { callbackUrl: `/${locale}/judge/events/${slug}/track` } }, locale });
  const result = await getTrackReview(actor, slug);
  if (!result.ok) notFound();
  const { event, track, projects, feedback } = result.data;
  const t = await getTranslations('judgingResults.track');
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{pick(event, 'title', locale)}</p>
      <p>{t('intro', { track: pick(track, 'name', locale) })}</p>
      {projects.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        projects.map((p) => (
          <article key={p.id} className="card" aria-labelledby={`project-${p.id}`}>
            <h2 id={`project-${p.id}`}>{p.title}</h2>
            {p.tagline && <p>{p.tagline}</p>}
            <p className="muted">{t('team', { team: p.teamName })}</p>
            <ul>
              {p.repositoryUrl && (
                <li>
                  <a href={p.repositoryUrl}>{t('repository')}</a>
                </li>
              )}
              {p.demoUrl && (
                <li>
                  <a href={p.demoUrl}>{t('demo')}</a>
                </li>
              )}
            </ul>
            <FeedbackForm locale={locale} slug={slug} submissionId={p.id} project={p.title} body={feedback[p.id] ?? ''} />
          </article>
        ))
      )}
    </>
  );
}
