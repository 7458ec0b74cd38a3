import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound, redirect } from 'next/navigation';
import { DateTime } from '@/app/_components/date-time';
import { getAwardPage } from '@/lib/adoption/team';
import { localeOf, signInPath } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';
import { localized, pick } from '@/lib/i18n/localized';
import { AdoptionDoneNotice } from './done-notice';
import { LinkForm } from './link-form';
import { SplitForm } from './split-form';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'adoption' }))('award.title') };
}

/** The winning team's page: adoption progress, the PR link form, and the prize split (captain declares, members see). */
export default async function AwardPage({ params, searchParams }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = localeOf(rawLocale);
  setRequestLocale(locale);
  const actor = await getActor();
  if (!actor) redirect(signInPath(locale, `/${locale}/events/${slug}/award`));
  const result = await getAwardPage(actor, slug);
  if (!result.ok) notFound();
  const { event, awards } = result.data;
  const t = await getTranslations('adoption');
  const { done } = await searchParams;
  return (
    <>
      <p>
        <Link href={`/events/${event.slug}`}>{t('award.backToEvent', { event: localized(locale, event.titleZh, event.titleEn) })}</Link>
      </p>
      <h1>{t('award.title')}</h1>
      <p>{t('award.intro')}</p>
      <AdoptionDoneNotice done={done} />
      {awards.map((a) => {
        const title = pick(a.award, 'title', locale);
        const adoption = a.adoption;
        const settled = adoption?.status === 'merged' || adoption?.status === 'waived';
        return (
          <section key={a.award.id} aria-labelledby={`award-${a.award.id}`}>
            <h2 id={`award-${a.award.id}`}>{title}</h2>
            <p>{t('award.project', { title: a.projectTitle })}</p>
            <p>{a.amount ? t('award.prize', { amount: a.amount }) : t('award.noAmount')}</p>

            <h3>{t('award.adoptionHeading')}</h3>
            <dl className="facts">
              <div>
                <dt>{t('award.status')}</dt>
                <dd>{t(`status.${adoption?.status ?? 'pending'}`)}</dd>
              </div>
              <div>
                <dt>{t('award.dueAt')}</dt>
                <dd>{adoption?.dueAt ? <DateTime value={adoption.dueAt} timeZone={event.timeZone} /> : t('award.notSet')}</dd>
              </div>
              <div>
                <dt>{t('award.targetRepository')}</dt>
                <dd>{adoption?.targetRepositoryUrl ? <a href={adoption.targetRepositoryUrl}>{adoption.targetRepositoryUrl}</a> : t('award.notSet')}</dd>
              </div>
              <div>
                <dt>{t('award.pullRequest')}</dt>
                <dd>{adoption?.pullRequestUrl ? <a href={adoption.pullRequestUrl}>{adoption.pullRequestUrl}</a> : t('award.notSet')}</dd>
              </div>
              {adoption?.mergedAt && (
                <div>
                  <dt>{t('award.mergedAt')}</dt>
                  <dd>
                    <DateTime value={adoption.mergedAt} timeZone={event.timeZone} />
                  </dd>
                </div>
              )}
              {adoption?.paidAt && (
                <div>
                  <dt>{t('award.paidAt')}</dt>
                  <dd>
                    <DateTime value={adoption.paidAt} timeZone={event.timeZone} />
                  </dd>
                </div>
              )}
            </dl>
            {!settled && (
              <>
                <h3>{t('award.linkHeading')}</h3>
                <LinkForm locale={locale} slug={event.slug} awardId={a.award.id} version={adoption?.version ?? 0} current={adoption?.pullRequestUrl ?? ''} />
              </>
            )}

            {a.amount ? (
              <>
                <h3>{t('award.splitHeading')}</h3>
                {a.isCaptain ? (
                  <SplitForm
                    locale={locale}
                    slug={event.slug}
                    awardId={a.award.id}
                    amount={a.amount}
                    members={a.members}
                    current={Object.fromEntries(a.split.map((s) => [s.userId, s.amount]))}
                  />
                ) : a.split.length === 0 ? (
                  <p>{t('award.splitNotDeclared')}</p>
                ) : (
                  <table>
                    <caption>{t('award.splitCaption')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('award.member')}</th>
                        <th scope="col">{t('award.amount')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {a.members.map((m) => (
                        <tr key={m.userId}>
                          <th scope="row">
                            {m.name}
                            {m.isCaptain && ` (${t('award.captain')})`}
                          </th>
                          <td>{a.split.find((s) => s.userId === m.userId)?.amount ?? 0}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </>
            ) : null}
          </section>
        );
      })}
    </>
  );
}
